// @ts-check
/**
 * A request as the simulator records it, and the answer it sends: reading the body, parsing
 * it when it is JSON, and writing the answer's status, time and JSON into the record.
 */

/**
 * @typedef {object} RecordedRequest
 * @property {string} method
 * @property {string} path
 * @property {import('node:http').IncomingHttpHeaders} headers
 * @property {string} rawBody
 * @property {any} body the parsed body, or undefined when it was not JSON
 * @property {number} status the status answered, or 0 when none was
 * @property {any} response the JSON answered, when there was one
 * @property {number} arrivedMs when the request arrived (performance.now())
 * @property {number} answeredMs when the answer was sent, or 0
 */

/** @param {import('node:http').IncomingMessage} req */
export async function readText(req) {
  const chunks = []
  for await (const chunk of req) chunks.push(chunk)
  return Buffer.concat(chunks).toString('utf8')
}

/**
 * @param {import('node:http').IncomingMessage} req
 * @param {string} rawBody
 * @returns {RecordedRequest}
 */
export function recordRequest(req, rawBody) {
  let body
  try {
    body = JSON.parse(rawBody)
  } catch {
    body = undefined
  }
  return {
    method: req.method ?? '',
    path: req.url ?? '',
    headers: req.headers,
    rawBody,
    body,
    status: 0,
    response: undefined,
    arrivedMs: performance.now(),
    answeredMs: 0
  }
}

/**
 * Sends an answer (HTML when the text starts with <, else JSON) and records it.
 * @param {import('node:http').ServerResponse} res
 * @param {RecordedRequest} record
 * @param {number} status
 * @param {string} text
 * @param {Record<string, string>} [headers]
 */
export function send(res, record, status, text, headers = {}) {
  record.status = status
  record.answeredMs = performance.now()
  try {
    record.response = JSON.parse(text)
  } catch {
    record.response = undefined
  }
  const type = text.trimStart().startsWith('<') ? 'text/html' : 'application/json'
  res.writeHead(status, { 'content-type': type, ...headers })
  res.end(text)
}
