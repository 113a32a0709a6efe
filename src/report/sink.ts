/**
 * Where the printer's lines go: @actions/core's commands (action.ts) or a terminal
 * (terminal-sink.ts), handed to main.ts by its host.
 */
import { statSync } from 'node:fs'

/** What the reporter needs from its host: a runner's commands or a terminal, and the exit code. */
export interface Sink {
  setSecret(value: string): void
  debug(line: string): void
  info(line: string): void
  /** A line that says how far a long run is (lines joined by \n); a terminal may rewrite it. */
  progress(lines: string): void
  notice(line: string): void
  warning(line: string): void
  error(line: string, properties: { title: string }): void
  startGroup(line: string): void
  endGroup(): void
  setOutput(name: string, value: string): void
  writeSummary(markdown: string): Promise<void>
  /** Marks the step failed (exit code 1) without ending the process. */
  fail(): void
}

/**
 * The sink with log lines gathered per event-loop turn and written at once: triggers that finish
 * together cost one write to the runner's pipe, not one each. Anything else printed writes the
 * gathered lines first, so the order is kept.
 */
export function gatherLogLines(sink: Sink): Sink {
  const lines: { text: string; progress: boolean }[] = []
  // Consecutive lines of one kind go out in one call, in order.
  const flush = (): void => {
    let run: string[] = []
    let progress = false
    const send = (): void => {
      if (run.length === 0) return
      if (progress) sink.progress(run.join('\n'))
      else sink.info(run.join('\n'))
      run = []
    }
    for (const line of lines.splice(0)) {
      if (line.progress !== progress) send()
      progress = line.progress
      run.push(line.text)
    }
    send()
  }
  const gather = (text: string, progress: boolean): void => {
    if (lines.push({ text, progress }) === 1) setImmediate(flush)
  }
  const flushingFirst =
    <A extends unknown[], R>(call: (...args: A) => R) =>
    (...args: A): R => {
      flush()
      return call(...args)
    }
  return {
    info: line => gather(line, false),
    progress: line => gather(line, true),
    setSecret: flushingFirst(sink.setSecret),
    debug: flushingFirst(sink.debug),
    notice: flushingFirst(sink.notice),
    warning: flushingFirst(sink.warning),
    error: flushingFirst(sink.error),
    startGroup: flushingFirst(sink.startGroup),
    endGroup: flushingFirst(sink.endGroup),
    setOutput: flushingFirst(sink.setOutput),
    writeSummary: flushingFirst(sink.writeSummary),
    fail: flushingFirst(sink.fail)
  }
}

/**
 * Refuses a runner file that writing would hang on or cannot hold a record: a FIFO (opening it
 * waits for a reader), a socket or a folder. A missing file is left to the writer, which says so.
 */
export function requireWritableFile(path: string | undefined): void {
  if (!path) return
  let stats
  try {
    stats = statSync(path)
  } catch {
    return
  }
  if (stats.isFile() || stats.isCharacterDevice()) return
  throw Object.assign(new Error(`${path} is not a regular file`), { code: 'ENOTFILE' })
}
