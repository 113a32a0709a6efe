/** Pieces every summary section shares. */

/** Said under a list cut to fit the summary's budget. */
export function moreRowsLine(more: number): string[] {
  return more > 0
    ? [
        '',
        `…and ${more} more, left out to keep the summary within GitHub's 1 MiB: see the \`results\` output and the log`
      ]
    : []
}
