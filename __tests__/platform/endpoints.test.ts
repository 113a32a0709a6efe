import { describe, expect, it } from '@jest/globals'
import { endpointsAt } from '../../src/platform/endpoints.js'

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
