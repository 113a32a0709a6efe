/**
 * The sink for a terminal or a scheduler's log (the command line): plain lines on stderr, no
 * runner command anywhere; outputs kept for `--json`, the summary written to a file when asked.
 */
import type { Sink } from './sink.js'

/** What the terminal sink writes to, and how; all from cli.ts. */
export interface TerminalOptions {
  /** Writes to stderr. */
  write(text: string): void
  /** stderr is a terminal: progress is rewritten in place. */
  tty: boolean
  /** Its width, to keep a rewritten line on one row. */
  columns: number | undefined
  colour: boolean
  debug: boolean
  /** Where `--summary-file` asked for the markdown summary, and how to replace a file whole. */
  summaryFile: string | undefined
  writeFile(path: string, text: string): void
}

const STYLES = {
  error: '\x1b[31m',
  warning: '\x1b[33m',
  notice: '\x1b[36m',
  heading: '\x1b[1m',
  debug: '\x1b[2m'
} as const
const RESET = '\x1b[0m'
const CLEAR_LINE = '\r\x1b[2K'

/**
 * Colour only on a terminal, and never when NO_COLOR is set to anything (no-color.org) or the
 * terminal says it is dumb.
 */
export function wantsColour(tty: boolean, env: Readonly<Record<string, string | undefined>>) {
  return tty && !env.NO_COLOR && env.TERM !== 'dumb'
}

/**
 * One line as a terminal may show it: no control character but tab (a `\r` or an escape in
 * outside text could rewrite what is shown), no `::` at its start (the log may be read by a
 * runner after all). The printer already made every line inert; this holds it for the sink.
 */
function plain(line: string): string {
  // eslint-disable-next-line no-control-regex
  return line.replace(/[\x00-\x08\x0a-\x1f\x7f\x9b]/g, ' ').replace(/^::/, ': :')
}

// Arrow functions: the printer hands the sink's methods around on their own.
export class TerminalSink implements Sink {
  /** The outputs the run set, by name, for `--json`. */
  readonly outputs: Record<string, string> = {}
  /** Set when the run failed (exit code 1). */
  failed = false
  private progressShown = false

  constructor(private readonly options: TerminalOptions) {}

  /** Masking is the trust boundary's: everything printed crossed it, so there is nothing to do. */
  setSecret = (_value: string): void => undefined

  debug = (line: string): void => {
    if (this.options.debug) this.lines(line, 'debug')
  }

  info = (text: string): void => {
    this.lines(text)
  }

  /** On a terminal, the latest line rewritten in place; elsewhere, lines like any other. */
  progress = (text: string): void => {
    if (!this.options.tty) return this.lines(text)
    const last = plain(text.split('\n').at(-1) ?? '')
    const width = this.options.columns ?? 80
    const shown = last.length >= width ? `${last.slice(0, Math.max(0, width - 2))}…` : last
    this.options.write(`${CLEAR_LINE}${shown}`)
    this.progressShown = true
  }

  notice = (line: string): void => {
    this.lines(line, 'notice', 'notice: ')
  }

  warning = (line: string): void => {
    this.lines(line, 'warning', 'warning: ')
  }

  // The annotation's title says what the line says: a terminal shows the line alone.
  error = (line: string, _properties?: { title: string }): void => {
    this.lines(line, 'error', 'error: ')
  }

  /** A group is a heading line: a terminal has nothing to fold. */
  startGroup = (line: string): void => {
    this.lines(line, 'heading')
  }

  endGroup = (): void => undefined

  setOutput = (name: string, value: string): void => {
    this.outputs[name] = value
  }

  writeSummary = async (markdown: string): Promise<void> => {
    if (this.options.summaryFile) this.options.writeFile(this.options.summaryFile, markdown)
  }

  fail = (): void => {
    this.failed = true
  }

  /** Ends a progress line left on screen, so that what follows starts on a line of its own. */
  close = (): void => {
    if (this.progressShown) this.options.write('\n')
    this.progressShown = false
  }

  private lines(text: string, style?: keyof typeof STYLES, label = ''): void {
    const colour = style && this.options.colour ? STYLES[style] : ''
    const shown = text
      .split('\n')
      .map(line => `${colour}${label}${plain(line)}${colour ? RESET : ''}\n`)
      .join('')
    this.options.write(`${this.progressShown ? CLEAR_LINE : ''}${shown}`)
    this.progressShown = false
  }
}
