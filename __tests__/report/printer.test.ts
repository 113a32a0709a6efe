/**
 * The printer's sink rules, against a recording sink: annotations within GitHub's ten of each
 * kind a step, the rest in the log; outputs and the summary written once.
 */
import { describe, expect, it } from '@jest/globals'
import { Printer } from '../../src/report/printer.js'
import type { Sink } from '../../src/report/sink.js'
import { display, TrustBoundary, type DisplayText } from '../../src/trust.js'

/** A sink that records each call as `kind: text`, in order. */
function recordingSink() {
  const calls: string[] = []
  const sink: Sink = {
    setSecret: () => undefined,
    debug: line => calls.push(`debug: ${line}`),
    info: line => calls.push(...line.split('\n').map(part => `info: ${part}`)),
    progress: line => calls.push(...line.split('\n').map(part => `info: ${part}`)),
    notice: line => calls.push(`notice: ${line}`),
    warning: line => calls.push(`warning: ${line}`),
    error: line => calls.push(`error: ${line}`),
    startGroup: line => calls.push(`group: ${line}`),
    endGroup: () => calls.push('endgroup'),
    setOutput: (name, value) => calls.push(`output: ${name}=${value}`),
    writeSummary: async markdown => void calls.push(`summary: ${markdown}`),
    fail: () => calls.push('fail')
  }
  const of = (kind: string) => calls.filter(call => call.startsWith(`${kind}: `))
  return { sink, calls, of }
}

const lines = (count: number, word: string) =>
  Array.from({ length: count }, (_, i) => `${word} ${i + 1}` as DisplayText)

describe('Printer: warnings', () => {
  it('makes at most ten warning annotations a step; the tenth says how many more, and the log has each', () => {
    const { sink, of } = recordingSink()
    new Printer(sink, new TrustBoundary()).warnings(lines(100, 'plan'))
    const warnings = of('warning')
    expect(warnings).toHaveLength(10)
    expect(warnings.slice(0, 9)).toEqual(lines(9, 'warning: plan'))
    expect(warnings[9]).toBe(
      'warning: 91 more warnings: see the job summary, and the log, where each is a line starting with "warning:"'
    )
    expect(of('info')).toEqual(lines(91, 'plan').map((_, i) => `info: warning: plan ${i + 10}`))
  })

  it('counts every warning of the step towards the ten, whichever call made it', async () => {
    const { sink, of } = recordingSink()
    const printer = new Printer(sink, new TrustBoundary())
    printer.mask('2') // a short credential: one warning
    printer.warnings(lines(8, 'dbt'))
    printer.warnings(lines(5, 'plan'))
    printer.warning(display`the summary could not be written`)
    await new Promise(resolve => setImmediate(resolve)) // log lines are written a turn later
    expect(of('warning')).toHaveLength(10)
    expect(of('warning')[9]).toMatch(/^warning: 5 more warnings/)
    expect(of('info')).toEqual([
      'info: warning: plan 1',
      'info: warning: plan 2',
      'info: warning: plan 3',
      'info: warning: plan 4',
      'info: warning: plan 5',
      'info: warning: the summary could not be written'
    ])
  })

  it('makes ten warnings when there are exactly ten', () => {
    const { sink, of } = recordingSink()
    new Printer(sink, new TrustBoundary()).warnings(lines(10, 'plan'))
    expect(of('warning')).toEqual(lines(10, 'warning: plan'))
    expect(of('info')).toEqual([])
  })
})

describe('Printer: errors', () => {
  it('makes at most ten error annotations a step, the last counting the failures behind the rest', () => {
    const { sink, of, calls } = recordingSink()
    const printer = new Printer(sink, new TrustBoundary())
    printer.annotate(lines(12, 'failed').map(line => ({ line, count: 2, title: 't' })))
    expect(of('error')).toHaveLength(10)
    expect(of('error')[9]).toMatch(/^error: 6 more failures/)
    expect(calls.at(-1)).toBe('fail')
  })

  it('keeps the cap across calls: a failure after ten is counted, not annotated', () => {
    const { sink, of } = recordingSink()
    const printer = new Printer(sink, new TrustBoundary())
    printer.annotate(lines(10, 'failed').map(line => ({ line, count: 1, title: 't' })))
    printer.fail(display`one more`, 't')
    expect(of('error')).toHaveLength(10)
  })
})

describe('Printer: runner files', () => {
  it('writes outputs and the summary once', async () => {
    const { sink, of } = recordingSink()
    const printer = new Printer(sink, new TrustBoundary())
    printer.setOutputs({ success: 'true' } as never, 't')
    printer.setOutputs({ success: 'false' } as never, 't')
    await printer.writeSummary('first')
    await printer.writeSummary('second')
    expect(of('output')).toEqual(['output: success=true'])
    expect(of('summary')).toEqual(['summary: first'])
  })
})
