import { describe, expect, it } from '@jest/globals'
import { endpointsAt, hostPathOf } from '../../src/platform/endpoints.js'

const TRIGGER_PATH = '/anymetrics/api/v1/scheduler/task/trigger'

describe('endpointsAt', () => {
  it('puts each documented endpoint under the host', () => {
    const endpoints = endpointsAt('http://anymetrics.internal:8083')
    expect(Object.fromEntries(Object.entries(endpoints).map(([k, v]) => [k, String(v)]))).toEqual({
      host: 'http://anymetrics.internal:8083',
      trigger: 'http://anymetrics.internal:8083/anymetrics/api/v1/scheduler/task/trigger',
      token: 'http://anymetrics.internal:8083/anymetrics/api/v1/token/create',
      planStatus: 'http://anymetrics.internal:8083/anymetrics/api/v1/accelerate/latestTime',
      planList:
        'http://anymetrics.internal:8083/anymetrics/api/v1/accelerate/plan/queryAccelerateResultPlanList'
    })
  })

  it('keeps a gateway prefix before every path', () => {
    const endpoints = endpointsAt('https://gw.example.com/am')
    expect(endpoints.token.href).toBe('https://gw.example.com/am/anymetrics/api/v1/token/create')
    expect(endpoints.trigger.href).toBe(`https://gw.example.com/am${TRIGGER_PATH}`)
  })

  it('does not append the trigger path twice when the full endpoint URL was given', () => {
    const endpoints = endpointsAt(`https://gw.example.com/am${TRIGGER_PATH}`)
    expect(endpoints.host).toBe('https://gw.example.com/am')
    expect(endpoints.trigger.href).toBe(`https://gw.example.com/am${TRIGGER_PATH}`)
    expect(endpoints.planList.href).toBe(
      'https://gw.example.com/am/anymetrics/api/v1/accelerate/plan/queryAccelerateResultPlanList'
    )
  })
})

describe('hostPathOf: the host’s own path, when an endpoint is not found', () => {
  it.each([
    ['http://h:8083', { prefix: '', pastedApiPath: undefined }],
    ['https://gw.example.com/am', { prefix: '/am', pastedApiPath: undefined }],
    [
      'http://h:8083/anymetrics/api/v1',
      { prefix: '/anymetrics/api/v1', pastedApiPath: '/anymetrics/api/v1' }
    ],
    [
      'https://gw.example.com/am/AnyMetrics/api',
      { prefix: '/am/AnyMetrics/api', pastedApiPath: '/AnyMetrics/api' }
    ],
    ['http://h:8083/anymetrics', { prefix: '/anymetrics', pastedApiPath: '/anymetrics' }],
    ['http://h:8083/anymetrics-gw', { prefix: '/anymetrics-gw', pastedApiPath: undefined }]
  ])('under %s, for every endpoint', (base, expected) => {
    const { host: _host, ...urls } = endpointsAt(base)
    for (const url of Object.values(urls)) expect(hostPathOf(url)).toEqual(expected)
  })

  it('takes the pasted token path for what it is: part of the host', () => {
    const { token } = endpointsAt('http://h:8083/anymetrics/api/v1/token/create')
    expect(hostPathOf(token)).toEqual({
      prefix: '/anymetrics/api/v1/token/create',
      pastedApiPath: '/anymetrics/api/v1/token/create'
    })
  })
})
