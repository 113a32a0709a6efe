/**
 * The one error of a malformed JSON text: where it broke and why. The scanner throws it; a reader
 * that knows what the text was (an input, a file) turns it into its own error.
 */
export class JsonSyntaxError extends Error {
  /**
   * @param offset where it broke, in bytes from the text's start (from 0)
   * @param line the line of that byte (from 1)
   * @param column the byte's column in its line (from 1, in bytes)
   * @param reason what was wrong there: what was expected, or what is not allowed
   */
  constructor(
    readonly offset: number,
    readonly line: number,
    readonly column: number,
    readonly reason: string
  ) {
    super(`not valid JSON at byte ${offset} (line ${line}, column ${column}): ${reason}`)
    this.name = 'JsonSyntaxError'
  }
}
