import { describe, expect, it, jest } from '@jest/globals'
import fc from 'fast-check'
import {
  failedVerdict,
  interpretReply as interpretWith,
  type HttpReply
} from '../../src/platform/verdict.js'
import { display, TrustBoundary } from '../../src/trust.js'
import '../support/fast-check-setup.js'
import { runs } from '../support/property-runs.js'

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

describe('interpretReply: the HTTP status', () => {
  it.each([200, 201, 204, 299])('accepts the documented success with HTTP %i', status => {
    expect(interpretReply(json(accepted, status))).toMatchObject({ succeeded: true, reason: null })
  })

  it.each([100, 199, 304, 400, 404, 429, 500, 503, 599])(
    'fails HTTP %i, whatever the body says, naming the status',
    status => {
      expect(interpretReply(json(accepted, status))).toMatchObject({
        succeeded: false,
        reason: `HTTP ${status} (code 200)`
      })
    }
  )

  it('names only the status of a non-2xx answer without errorMsg or code', () => {
    expect(interpretReply(json({ succeed: false }, 500)).reason).toBe('HTTP 500')
  })

  describe('a 404 names the URL called and what to do about the host', () => {
    const TRIGGER = '/anymetrics/api/v1/scheduler/task/trigger'
    const notFound = { succeed: false, code: '404', errorMsg: 'no such endpoint' }
    const at = (url: string, body = JSON.stringify(notFound)) => ({ status: 404, body, url })

    it('says to drop the API path pasted into the host', () => {
      const url = `http://h:8083/anymetrics/api/v1${TRIGGER}`
      expect(interpretReply(at(url)).reason).toBe(
        `HTTP 404 from ${url}: no such endpoint; the host input should be scheme://host:port (with a gateway prefix only if there is one): drop /anymetrics/api/v1`
      )
    })

    it('asks to check any other path of the host, a gateway prefix perhaps', () => {
      const url = 'https://gw.example.com/am/anymetrics/api/v1/token/create'
      expect(interpretReply(at(url, '{}')).reason).toBe(
        `HTTP 404 from ${url}; check the host's path /am: the host input should be scheme://host:port, with a gateway prefix only if there is one`
      )
    })

    it('asks whether a host without a path is the platform, also for a page that is not JSON', () => {
      const url = 'http://h:8080/anymetrics/api/v1/accelerate/latestTime'
      expect(interpretReply(at(url, '<h1>Not Found</h1>')).reason).toBe(
        `HTTP 404 from ${url} with a body that is not a JSON object: Not Found; check that the host input is the AnyMetrics platform's scheme://host:port (it usually listens on 8083)`
      )
    })

    it('never shows credentials, in the URL or echoed in its path', () => {
      const reason = interpretReply(
        at(`https://user:pw@gw.example.com/s3cr3t/anymetrics/api/v1${TRIGGER}`)
      ).reason
      expect(reason).toBe(
        `HTTP 404 from https://gw.example.com/***/anymetrics/api/v1/anymetrics/api/v1/scheduler/task/trigger: no such endpoint; the host input should be scheme://host:port (with a gateway prefix only if there is one): drop /anymetrics/api/v1`
      )
    })

    it('names no URL for other statuses, nor when none is known', () => {
      const url = `http://h:8083${TRIGGER}`
      expect(interpretReply({ ...json(notFound, 500), url }).reason).toBe(
        'HTTP 500: no such endpoint'
      )
      expect(interpretReply(json(notFound, 404)).reason).toBe('HTTP 404: no such endpoint')
    })
  })

  it.each([300, 301, 302, 307, 308, 399])(
    'fails HTTP %i as a redirect it does not follow, naming where it pointed',
    status => {
      const reply = { ...json(accepted, status), location: 'https://new.example.com/am' }
      expect(interpretReply(reply)).toEqual({
        succeeded: false,
        code: null,
        traceId: null,
        data: null,
        reason: `HTTP ${status} redirect to https://new.example.com/am: the action does not follow redirects, set host to the final address`,
        warning: null
      })
    }
  )

  it('says so when a redirect names no address', () => {
    expect(interpretReply({ status: 302, body: '' }).reason).toBe(
      'HTTP 302 redirect to an address it did not give: the action does not follow redirects, set host to the final address'
    )
  })

  it('fails an empty body, or one of white space, as an empty body', () => {
    for (const body of ['', ' \n ']) {
      expect(interpretReply({ status: 200, body })).toEqual({
        succeeded: false,
        code: null,
        traceId: null,
        data: null,
        reason: 'HTTP 200 with an empty body',
        warning: null
      })
    }
  })
})

describe('interpretReply: the fields of an answer', () => {
  it('keeps a code of 32 characters and a traceId of 128 whole, and cuts longer ones', () => {
    const verdict = (code: string, traceId: string) =>
      interpretReply(json({ ...accepted, code, traceId }))
    expect(verdict('c'.repeat(32), 't'.repeat(128))).toMatchObject({
      code: 'c'.repeat(32),
      traceId: 't'.repeat(128)
    })
    expect(verdict('c'.repeat(33), 't'.repeat(129))).toMatchObject({
      code: `${'c'.repeat(32)}…`,
      traceId: `${'t'.repeat(128)}…`
    })
  })

  it('takes a traceId sent as a number, and none sent as an object or a list', () => {
    expect(interpretReply(json({ ...accepted, traceId: 42 })).traceId).toBe('42')
    expect(interpretReply(json({ ...accepted, traceId: { id: 1 } })).traceId).toBeNull()
    expect(interpretReply(json({ ...accepted, code: ['200'] }))).toMatchObject({
      succeeded: false,
      code: null,
      reason: 'the platform answered code null'
    })
  })

  it('ignores an errorMsg of white space', () => {
    expect(interpretReply(json({ ...accepted, errorMsg: '  ' }))).toMatchObject({
      succeeded: true,
      reason: null
    })
  })

  it('gives detailErrorMsg alone when errorMsg is empty, and once when they are the same', () => {
    const failed = { code: '500', succeed: false }
    expect(interpretReply(json({ ...failed, detailErrorMsg: 'why' })).reason).toBe('why')
    expect(
      interpretReply(json({ ...failed, errorMsg: 'boom', detailErrorMsg: 'boom' })).reason
    ).toBe('boom')
  })

  it('reads succeed before success when both are sent', () => {
    expect(interpretReply(json({ ...accepted, succeed: false, success: true })).reason).toBe(
      'the platform answered succeed: false (code 200)'
    )
    const { succeed: _omitted, ...rest } = accepted
    expect(interpretReply(json({ ...rest, success: false })).reason).toBe(
      'the platform answered success: false (code 200)'
    )
  })

  it('shows a flag that is not true as JSON, cut at 60 characters', () => {
    expect(interpretReply(json({ ...accepted, succeed: 'x'.repeat(100) })).reason).toBe(
      `the platform answered succeed: "${'x'.repeat(59)}… (code 200)`
    )
    expect(interpretReply(json({ ...accepted, succeed: null })).reason).toBe(
      'the platform answered succeed: null (code 200)'
    )
  })

  it('shows a value nested in data as JSON, at most 8 levels deep', () => {
    const data = { a: [1, 'x', null, { b: true }] }
    expect(interpretReply(json({ ...accepted, data })).data).toBe('{"a":[1,"x",null,{"b":true}]}')
    const nested = (depth: number): unknown => (depth === 0 ? 1 : [nested(depth - 1)])
    expect(interpretReply(json({ ...accepted, data: nested(8) })).data).toBe(
      `${'['.repeat(8)}1${']'.repeat(8)}`
    )
    expect(interpretReply(json({ ...accepted, data: nested(9) })).data).toBe(
      `${'['.repeat(8)}…${']'.repeat(8)}`
    )
  })

  it('warns about data "false" only on a success', () => {
    const failed = interpretReply(json({ ...accepted, code: '500', data: 'false' }))
    expect(failed).toMatchObject({ succeeded: false, data: 'false', warning: null })
  })
})

describe('failedVerdict', () => {
  it('is a failure with the reason and no platform fields', () => {
    expect(failedVerdict(display`no answer`)).toEqual({
      succeeded: false,
      code: null,
      traceId: null,
      data: null,
      reason: 'no answer',
      warning: null
    })
  })
})

describe('a long answer', () => {
  it('does not give a body that is no JSON object to JSON.parse (its SyntaxError holds the body)', () => {
    const parse = jest.spyOn(JSON, 'parse')
    try {
      const page = `<html><body><h1>502 Bad Gateway</h1>${'<p>x</p>'.repeat(20_000)}</body></html>`
      const verdict = interpretReply({ status: 502, body: page })
      expect(verdict.reason).toMatch(
        /^HTTP 502 with a body that is not a JSON object: 502 Bad Gateway x x/
      )
      for (const body of ['[1,2]', '"text"', '  \n 42']) interpretReply({ status: 200, body })
      expect(parse).not.toHaveBeenCalled()
      interpretReply({ status: 200, body: ' \r\n\t{"code":"200","succeed":true}' })
      expect(parse).toHaveBeenCalledTimes(1)
    } finally {
      parse.mockRestore()
    }
  })

  it('shows a 100 KB errorMsg, padded or not, as the boundary shows the whole of it', () => {
    const secret = 'sk-0123456789abcdef'
    const withSecret = new TrustBoundary([secret])
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.string({ maxLength: 20 }),
            fc.constantFrom(' '.repeat(500), '\n\t', '\u3000', secret, `${secret}  `, '"\\\u2028')
          ),
          { minLength: 100, maxLength: 3000 }
        ),
        fc.constantFrom(200, 400),
        (parts, status) => {
          const errorMsg = parts.join('')
          const body = JSON.stringify({ code: '500', succeed: false, traceId: 't', errorMsg })
          const shown = withSecret.text(errorMsg)
          const reason = interpretWith({ status, body }, withSecret).reason
          expect(reason).toBe(status === 200 ? shown : `HTTP 400: ${shown}`)
        }
      ),
      { numRuns: runs(40) }
    )
  })
})
