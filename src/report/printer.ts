/**
 * The one place that prints, and only the sink's rules: log groups, annotations within GitHub's
 * caps, outputs and the summary each written once, secrets masked. It forms no text and decides
 * nothing: the presenters beside it (one per phase of the run) say what to print, from lines the
 * pure formatters form, and every line passes `inertLine` once more on its way out.
 */
import {
  SHORT_SECRET_LENGTH,
  display,
  inertLine,
  type DisplayText,
  type TrustBoundary
} from '../trust.js'
import { SHORT_SECRET_LINE, moreFailuresLine, moreWarningsLine, sinkFailureLine } from './lines.js'
import type { Outputs } from './outputs.js'
import { gatherLogLines, type Sink } from './sink.js'

/** An error annotation to make, and how many failures it stands for. */
export interface Failure {
  line: DisplayText
  count: number
  title: string
}

/**
 * GitHub shows at most 10 annotations of each kind per step: past that, 9 and a last one that
 * says how many more there are and where they are.
 */
const MAX_ANNOTATIONS = 10

/** What of `items` fits in `room` annotations, keeping the last for "N more", and what does not. */
function withinCap<T>(items: readonly T[], room: number): { shown: T[]; rest: T[] } {
  if (items.length <= room) return { shown: [...items], rest: [] }
  const shown = items.slice(0, Math.max(0, room - 1))
  return { shown, rest: items.slice(shown.length) }
}

export class Printer {
  private groupOpen = false
  private outputsWritten = false
  private summaryWritten = false
  private warnedShortSecret = false
  private warningsMade = 0
  private errorsMade = 0
  private readonly sink: Sink

  constructor(
    sink: Sink,
    readonly boundary: TrustBoundary
  ) {
    this.sink = gatherLogLines(sink)
  }

  /** Registers a secret and its encoded forms with the runner's mask and the boundary. */
  mask(secret: string): void {
    this.boundary.addSecret(secret).forEach(form => this.sink.setSecret(form))
    if (secret.length < SHORT_SECRET_LENGTH && !this.warnedShortSecret) {
      this.warnedShortSecret = true
      this.warning(SHORT_SECRET_LINE)
    }
  }

  info(line: DisplayText): void {
    this.sink.info(inertLine(line))
  }

  /** How far a long run is: a log line, which a terminal rewrites in place. */
  progress(line: DisplayText): void {
    this.sink.progress(inertLine(line))
  }

  debug(line: DisplayText): void {
    this.sink.debug(inertLine(line))
  }

  notice(line: DisplayText): void {
    this.sink.notice(inertLine(line))
  }

  warning(line: DisplayText): void {
    this.warnings([line])
  }

  /**
   * Warning annotations within GitHub's ten a step: past that, the rest go to the log as lines
   * and one last warning says how many there are and where.
   */
  warnings(lines: readonly DisplayText[]): void {
    const room = MAX_ANNOTATIONS - this.warningsMade
    const { shown, rest } = withinCap(lines, room)
    shown.forEach(line => this.sink.warning(inertLine(line)))
    this.warningsMade += shown.length
    if (rest.length === 0) return
    rest.forEach(line => this.sink.info(inertLine(display`warning: ${line}`)))
    if (room <= 0) return
    this.sink.warning(inertLine(moreWarningsLine(rest.length)))
    this.warningsMade = MAX_ANNOTATIONS
  }

  /** Opens a log group, closing the one open. */
  startGroup(line: DisplayText): void {
    this.endGroup()
    this.sink.startGroup(inertLine(line))
    this.groupOpen = true
  }

  endGroup(): void {
    if (!this.groupOpen) return
    this.sink.endGroup()
    this.groupOpen = false
  }

  /** One error annotation, and the step fails. */
  fail(line: DisplayText, title: string): void {
    this.annotate([{ line, count: 1, title }])
  }

  /**
   * Error annotations within GitHub's ten a step: the last says how many more failures there
   * are and where (the summary, the error-message output and the log hold them all).
   */
  annotate(failures: readonly Failure[]): void {
    const room = MAX_ANNOTATIONS - this.errorsMade
    const { shown, rest } = withinCap(failures, room)
    shown.forEach(failure => this.sink.error(inertLine(failure.line), { title: failure.title }))
    this.errorsMade += shown.length
    const first = rest[0]
    if (first && room > 0) {
      const more = rest.reduce((sum, failure) => sum + failure.count, 0)
      this.sink.error(inertLine(moreFailuresLine(more)), { title: first.title })
      this.errorsMade = MAX_ANNOTATIONS
    }
    if (failures.length > 0) this.sink.fail()
  }

  /**
   * Writes every output once: what a sink already holds is never rewritten (a crash after the
   * outputs were set leaves them as they are). A sink that fails says so in one line and fails
   * the step (later steps read outputs); the other sinks still get their record.
   */
  setOutputs(outputs: Outputs, failTitle: string): void {
    if (this.outputsWritten) return
    this.outputsWritten = true
    try {
      for (const [name, value] of Object.entries(outputs)) this.sink.setOutput(name, value)
    } catch (error) {
      this.fail(sinkFailureLine('outputs', this.boundary.text(errorCode(error))), failTitle)
    }
  }

  /** Writes the job summary once; a summary that cannot be written is one warning. */
  async writeSummary(markdown: string): Promise<void> {
    if (this.summaryWritten) return
    this.summaryWritten = true
    try {
      await this.sink.writeSummary(markdown)
    } catch (error) {
      this.warning(sinkFailureLine('summary', this.boundary.text(errorCode(error))))
    }
  }
}

/** The code of a failed write (ENOENT, ENOSPC…), or its message when it has none. */
function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code
  if (typeof code === 'string') return code
  return error instanceof Error ? error.message : String(error)
}
