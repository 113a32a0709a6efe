// The memory baseline: the same number of POSTs as the action's long run, through one
// keep-alive node:http agent at the same concurrency, and nothing else. BENCH_TRIGGERS and
// BENCH_CONCURRENCY say how many; INPUT_HOST where.
const http = require('node:http')

const env = process.env
const total = Number(env.BENCH_TRIGGERS ?? 2000)
const concurrency = Number(env.BENCH_CONCURRENCY ?? 32)
const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency })
const url = `${env.INPUT_HOST}/anymetrics/api/v1/scheduler/task/trigger`
let next = 0

function post(/** @type {number} */ index) {
  return new Promise((resolve, reject) => {
    const body = JSON.stringify({
      tableName: env['INPUT_TABLE-NAME'],
      tenantId: env['INPUT_TENANT-ID'],
      tablePartition: new Date(Date.UTC(2020, 0, 1) + index * 86_400_000).toISOString().slice(0, 10)
    })
    const request = http.request(url, {
      method: 'POST',
      agent,
      headers: {
        'content-type': 'application/json',
        'tenant-id': env['INPUT_TENANT-ID'],
        'auth-type': env['INPUT_AUTH-TYPE'],
        'auth-value': env['INPUT_AUTH-VALUE']
      }
    })
    request.on('response', response => {
      response.resume()
      response.on('end', resolve)
    })
    request.on('error', reject)
    request.end(body)
  })
}

async function worker() {
  while (next < total) await post(next++)
}

Promise.all(Array.from({ length: concurrency }, worker)).then(() => agent.destroy())
