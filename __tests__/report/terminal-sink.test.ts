/** The terminal sink: plain lines, no runner command ever, colour and progress only on a TTY. */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import '../support/fast-check-setup.js'
import { TerminalSink, wantsColour, type TerminalOptions } from '../../src/report/terminal-sink.js'
import { Printer } from '../../src/report/printer.js'
import { TrustBoundary } from '../../src/trust.js'

function terminal(options: Partial<TerminalOptions> = {}) {
  let written = ''
  const files: Record<string, string> = {}
  const sink = new TerminalSink({
    write: text => void (written += text),
    tty: false,
    columns: 80,
    colour: false,
    debug: false,
    summaryFile: undefined,
    writeFile: (path, text) => void (files[path] = text),
    ...options
  })
  return { sink, written: () => written, files }
}

/** Text that tries to be a runner command or to move the cursor. */
const hostile = fc
  .array(
    fc.oneof(
      fc.string(),
      fc.constantFrom('::error::x', '::add-mask::s', '\n::group::g', '\r::debug::', '\x1b[2K', '\n')
    ),
    { maxLength: 6 }
  )
  .map(parts => parts.join(''))

describe('TerminalSink', () => {
  it('never writes a runner command at the start of a line, nor a control character but its own', () => {
    fc.assert(
      fc.property(hostile, fc.boolean(), (text, tty) => {
        const { sink, written } = terminal({ tty })
        sink.info(text)
        sink.error(text)
        sink.warning(text)
        sink.notice(text)
        sink.startGroup(text)
        sink.progress(text)
        sink.debug(text)
        sink.close()
        const lines = written()
          // eslint-disable-next-line no-control-regex
          .replace(/\r\x1b\[2K/g, '\n') // the sink's own rewrite of a progress line
          .split('\n')
        expect(lines.filter(line => line.startsWith('::'))).toEqual([])
        // eslint-disable-next-line no-control-regex
        expect(lines.filter(line => /[\x00-\x08\x0b-\x1f\x7f]/.test(line))).toEqual([])
      })
    )
  })

  it('writes errors, warnings and notices as labelled lines, groups as headings, no masking command', () => {
    const { sink, written } = terminal()
    sink.setSecret('s3cret')
    sink.startGroup('Triggering 2 data updates')
    sink.info('one\ntwo')
    sink.error('it failed', { title: 'AnyMetrics refresh failed' })
    sink.warning('careful')
    sink.notice('note')
    sink.endGroup()
    expect(written()).toBe(
      'Triggering 2 data updates\none\ntwo\nerror: it failed\nwarning: careful\nnotice: note\n'
    )
  })

  it('writes debug lines only with --debug', () => {
    const quiet = terminal()
    quiet.sink.debug('body')
    expect(quiet.written()).toBe('')
    const loud = terminal({ debug: true })
    loud.sink.debug('body')
    expect(loud.written()).toBe('body\n')
  })

  it('colours only when asked, and resets after each line', () => {
    const plain = terminal()
    plain.sink.error('x')
    expect(plain.written()).not.toContain('\x1b[')
    const coloured = terminal({ colour: true, tty: true })
    coloured.sink.error('x')
    expect(coloured.written()).toBe('\x1b[31merror: x\x1b[0m\n')
  })

  it('colours on a TTY only, never with NO_COLOR or a dumb terminal', () => {
    expect(wantsColour(true, {})).toBe(true)
    expect(wantsColour(false, {})).toBe(false)
    expect(wantsColour(true, { NO_COLOR: '1' })).toBe(false)
    expect(wantsColour(true, { NO_COLOR: '' })).toBe(true) // no-color.org: set and not empty
    expect(wantsColour(true, { TERM: 'dumb' })).toBe(false)
  })

  it('rewrites progress in place on a TTY, within its width; elsewhere prints each line', () => {
    const tty = terminal({ tty: true, columns: 20 })
    tty.sink.progress('[1/3] a')
    tty.sink.progress('[2/3] b\n[3/3] a line far longer than twenty columns')
    tty.sink.info('done')
    expect(tty.written()).toBe('\r\x1b[2K[1/3] a\r\x1b[2K[3/3] a line far l…\r\x1b[2Kdone\n')
    const pipe = terminal()
    pipe.sink.progress('[1/2] a\n[2/2] b')
    expect(pipe.written()).toBe('[1/2] a\n[2/2] b\n')
  })

  it('ends a progress line left on screen when closed', () => {
    const tty = terminal({ tty: true })
    tty.sink.progress('[1/1] a')
    tty.sink.close()
    expect(tty.written()).toBe('\r\x1b[2K[1/1] a\n')
  })

  it('keeps outputs for --json, the failure for the exit code, and writes the summary file', async () => {
    const { sink, files } = terminal({ summaryFile: 'out/summary.md' })
    sink.setOutput('success', 'false')
    sink.fail()
    await sink.writeSummary('# summary')
    expect(sink.outputs).toEqual({ success: 'false' })
    expect(sink.failed).toBe(true)
    expect(files).toEqual({ 'out/summary.md': '# summary' })
    const none = terminal()
    await none.sink.writeSummary('# summary')
    expect(none.files).toEqual({})
  })

  it('works through the printer, whose sink methods are handed around on their own', async () => {
    const { sink, written } = terminal()
    const boundary = new TrustBoundary()
    const printer = new Printer(sink, boundary)
    printer.mask('a-long-secret-value')
    printer.info(boundary.text('said a-long-secret-value'))
    printer.fail(boundary.text('no'), 'title')
    await new Promise(resolve => setImmediate(resolve))
    expect(written()).toBe('said ***\nerror: no\n')
    expect(sink.failed).toBe(true)
  })
})
