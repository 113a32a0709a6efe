/**
 * The one place that prints, and only the sink's rules: log groups, annotations within GitHub's
 * caps, outputs and the summary each written once, secrets masked. It forms no text and decides
 * nothing: the presenters beside it (one per phase of the run) say what to print, from lines the
 * pure formatters form, and every line passes `inertLine` once more on its way out.
 */
import { inertLine, type DisplayText, type TrustBoundary } from '../trust.js'
import { SHORT_SECRET_LINE, moreFailuresLine, sinkFailureLine } from './lines.js'
import type { Outputs } from './outputs.js'
import { gatherLogLines, type Sink } from './sink.js'

/** An error annotation to make, and how many failures it stands for. */
export interface Failure {
  line: DisplayText
  count: number
  title: string
}

/** A secret this short is masked wherever its characters appear, dates and codes included. */
const SHORT_SECRET_LENGTH = 4

/**
 * GitHub shows at most 10 error annotations per step: past that, 9 and a last one that says
 * how many more there are and where they are.
 */
const MAX_ANNOTATIONS = 10

export class Printer {
  private groupOpen = false
  private outputsWritten = false
  private summaryWritten = false
  private warnedShortSecret = false
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
      this.sink.warning(SHORT_SECRET_LINE)
    }
  }

  info(line: DisplayText): void {
    this.sink.info(inertLine(line))
  }

  debug(line: DisplayText): void {
    this.sink.debug(inertLine(line))
  }

  notice(line: DisplayText): void {
    this.sink.notice(inertLine(line))
  }

  warning(line: DisplayText): void {
    this.sink.warning(inertLine(line))
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
    this.sink.error(inertLine(line), { title })
    this.sink.fail()
  }

  /** Error annotations within GitHub's ten: the last says how many more and where. */
  annotate(failures: readonly Failure[]): void {
    const shown =
      failures.length > MAX_ANNOTATIONS ? failures.slice(0, MAX_ANNOTATIONS - 1) : failures
    shown.forEach(failure => this.fail(failure.line, failure.title))
    const rest = failures.slice(shown.length)
    const first = rest[0]
    if (!first) return
    const more = rest.reduce((sum, failure) => sum + failure.count, 0)
    this.fail(moreFailuresLine(more), first.title)
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
