import { describe, expect, it } from '@jest/globals'
import { interpretReply as interpretWith, type HttpReply } from '../../src/platform/verdict.js'
import { TrustBoundary } from '../../src/trust.js'

const boundary = new TrustBoundary(['s3cr3t'])
const interpretReply = (reply: HttpReply) => interpretWith(reply, boundary)

const json = (body: unknown, status = 200) => ({ status, body: JSON.stringify(body) })
const accepted = { code: '200', succeed: true, traceId: 't-1', data: 'true', errorMsg: null }

describe('interpretReply: what counts as success', () => {
  it('accepts the documented success', () => {
    expect(interpretReply(json(accepted))).toEqual({
      succeeded: true,
      code: '200',
      traceId: 't-1',
      data: 'true',
      reason: null,
      warning: null
    })
  })

  it('accepts code 200 sent as a number, and `success` when `succeed` is absent', () => {
    expect(interpretReply(json({ ...accepted, code: 200 })).succeeded).toBe(true)
    const { succeed: _omitted, ...rest } = accepted
    expect(interpretReply(json({ ...rest, success: true })).succeeded).toBe(true)
  })

  it('fails the documented failure that says success: true but carries an errorMsg', () => {
    const verdict = interpretReply(
      json({ code: '200', success: true, traceId: 't-2', errorMsg: 'table not bound' })
    )
    expect(verdict).toMatchObject({ succeeded: false, reason: 'table not bound', traceId: 't-2' })
  })

  it('fails succeed: false sent with HTTP 200, keeping errorMsg, detailErrorMsg and traceId', () => {
    const verdict = interpretReply(
      json({ code: '500', succeed: false, traceId: 't-3', errorMsg: 'boom', detailErrorMsg: 'why' })
    )
    expect(verdict).toMatchObject({ succeeded: false, code: '500', traceId: 't-3' })
    expect(verdict.reason).toBe('boom: why')
  })

  it.each([
    [{ ...accepted, succeed: 'true' }, 'the platform answered succeed: "true"'],
    [{ ...accepted, succeed: false }, 'the platform answered succeed: false'],
    [{ ...accepted, code: '500' }, 'the platform answered code "500"'],
    [{ ...accepted, code: undefined }, 'the platform answered code null'],
    [{ code: '200', traceId: 'x' }, 'the response has neither "succeed" nor "success"']
  ])('fails %j: %s', (body, reason) => {
    const verdict = interpretReply(json(body))
    expect(verdict.succeeded).toBe(false)
    expect(verdict.reason).toContain(reason)
  })

  it('fails a non-2xx answer even when its body claims success', () => {
    const verdict = interpretReply(json(accepted, 500))
    expect(verdict.succeeded).toBe(false)
    expect(verdict.reason).toBe('HTTP 500 (code 200)')
  })

  it('names the HTTP status in front of a platform errorMsg on a non-2xx answer', () => {
    expect(interpretReply(json({ succeed: false, errorMsg: 'busy' }, 503)).reason).toBe(
      'HTTP 503: busy'
    )
  })

  it('fails a gateway HTML page with the status and a short, tag-free excerpt', () => {
    const page = '<html><head><style>x{}</style></head><body><h1>502 Bad Gateway</h1></body></html>'
    const verdict = interpretReply({ status: 502, body: page })
    expect(verdict.succeeded).toBe(false)
    expect(verdict.reason).toBe('HTTP 502 with a body that is not a JSON object: 502 Bad Gateway')
  })

  it.each(['', '[]', '"ok"', 'null', 'true'])(
    'fails a body that is not a JSON object: %j',
    body => {
      expect(interpretReply({ status: 200, body }).succeeded).toBe(false)
    }
  )

  it('warns, without failing, when a success carries data "false"', () => {
    for (const data of ['false', false]) {
      const verdict = interpretReply(json({ ...accepted, data }))
      expect(verdict.succeeded).toBe(true)
      expect(verdict.warning).toBe('the platform answered data "false"')
    }
  })
})

describe('gateway pages', () => {
  it('say their status once, not once for the title and again for the heading', () => {
    const page =
      '<html><head><title>503 Service Temporarily Unavailable</title></head><body><center><h1>503 Service Temporarily Unavailable</h1></center><hr><center>nginx</center></body></html>'
    expect(interpretReply({ status: 503, body: page }).reason).toBe(
      'HTTP 503 with a body that is not a JSON object: 503 Service Temporarily Unavailable nginx'
    )
  })
})

describe('hostile answers', () => {
  it('keeps one line of at most 200 characters from an error page', () => {
    const verdict = interpretReply({ status: 502, body: `line one\r\nline two ${'x'.repeat(300)}` })
    expect(verdict.reason).not.toMatch(/[\r\n]/)
    expect(verdict.reason!.endsWith('…')).toBe(true)
  })

  it('renders a value nested thousands of levels deep without throwing', () => {
    const depth = 50_000
    const body = `{"succeed":false,"errorMsg":${'['.repeat(depth)}${']'.repeat(depth)}}`
    const verdict = interpretReply({ status: 200, body })
    expect(verdict.succeeded).toBe(false)
    expect(verdict.reason).toMatch(/^\[\[\[.*…/)
  })

  it('redacts a secret echoed in any field, and makes a traceId one inert line', () => {
    const verdict = interpretReply(
      json({ succeed: false, code: '401', traceId: 'a\n::error::forged', errorMsg: 'bad s3cr3t' })
    )
    expect(verdict.traceId).toBe('a ::error::forged')
    expect(verdict.traceId).not.toMatch(/\n/)
    expect(verdict.reason).toBe('bad ***')
  })
})
