// @ts-check
/**
 * The action's log for `npm run local`, as the run page shows it and as it comes: each line of
 * the action's stdout and stderr is printed once it is whole, workflow commands rendered and
 * secrets masked from the moment the action registers them (`::add-mask::`, as the runner
 * does). It also keeps what the one-line result needs, so that nothing of the log is held.
 */

export class LiveLog {
  /** @type {string[]} */
  #secrets = []
  /** What came after the last line break of each stream: a line not yet whole. */
  #partial = { stdout: '', stderr: '' }
  /** @type {string | undefined} */
  #firstError
  /** @type {string | undefined} */
  #lastSaid
  /** @type {string | undefined} */
  #lastStderr

  /**
   * @param {boolean} debug show the ::debug:: lines
   * @param {(line: string) => void} print
   */
  constructor(debug, print) {
    this.debug = debug
    this.print = print
  }

  /**
   * A piece of the action's output, as it came (whole characters, any part of a line).
   * @param {'stdout' | 'stderr'} stream
   * @param {string} text
   */
  write(stream, text) {
    const lines = (this.#partial[stream] + text).split('\n')
    this.#partial[stream] = lines.pop() ?? ''
    for (const line of lines) this.#line(stream, line)
  }

  /** The action has ended: its last lines, when they had no line break. */
  end() {
    for (const stream of /** @type {const} */ (['stdout', 'stderr'])) {
      const rest = this.#partial[stream]
      this.#partial[stream] = ''
      if (rest) this.#line(stream, rest)
    }
  }

  /**
   * Text with every secret the action has registered so far replaced by ***.
   * @param {string} text
   */
  mask(text) {
    return this.#secrets.reduce((masked, secret) => masked.split(secret).join('***'), text)
  }

  /**
   * The run in one line: a failed step's first error; else the last thing it said (a connection
   * check's or a dry run's notice, or the count of triggers).
   * @param {number | null} exitCode
   * @param {string | null} signal the signal that ended the action, if one did
   */
  result(exitCode, signal) {
    if (exitCode === 0) return this.mask(`Result: ✅ ${this.#lastSaid ?? 'the step succeeded'}`)
    const ended = signal
      ? `the action was ended by ${signal}`
      : `the step failed with exit code ${exitCode}`
    return this.mask(`Result: ❌ ${this.#firstError || this.#lastStderr || ended}`)
  }

  /**
   * @param {'stdout' | 'stderr'} stream
   * @param {string} line
   */
  #line(stream, line) {
    if (stream === 'stderr') {
      if (line.trim()) this.#lastStderr = line
      this.print(this.mask(line))
      return
    }
    const command = /^::([\w-]+)( [^:]*)?::(.*)$/.exec(line)
    if (!command) {
      if (line.trim()) this.#lastSaid = line
      this.print(this.mask(line))
      return
    }
    const [, name = '', properties = '', message = ''] = command
    if (name === 'add-mask' && message) this.#secrets.push(message)
    if (name === 'error') this.#firstError ??= message
    if (name === 'notice') this.#lastSaid = message
    const shown = render(name, properties, message, this.debug)
    if (shown !== undefined) this.print(this.mask(shown))
  }
}

/**
 * A workflow command as the run page shows it, or undefined for one it does not show.
 * @param {string} name
 * @param {string} properties
 * @param {string} message
 * @param {boolean} debug
 * @returns {string | undefined}
 */
function render(name, properties, message, debug) {
  const title = /title=([^,]*)/.exec(properties)?.[1]?.replace(/%3A/g, ':')
  switch (name) {
    case 'add-mask':
    case 'endgroup':
      return undefined
    case 'group':
      return `▸ ${message}`
    case 'debug':
      return debug ? `  debug: ${message}` : undefined
    case 'error':
    case 'warning':
    case 'notice':
      return `${name.toUpperCase()}${title ? ` [${title}]` : ''}: ${message}`
    default:
      return `::${name}${properties}::${message}`
  }
}
