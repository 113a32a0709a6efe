/** The dbt mapping as the log, the warnings and the summary show it. */
import type { DbtMapping, DbtSkipKind } from '../inputs/dbt-mapping.js'
import { display, shorten, type DisplayText, type TrustBoundary } from '../trust.js'
import { firstRows, plural, type Detail } from './format.js'
import { moreRowsLine } from './summary-parts.js'
import { codeCell, escapeCell } from './markdown.js'

export interface DbtShown {
  mapped: Array<{ node: DisplayText; table: DisplayText }>
  skipped: Array<{ node: DisplayText; kind: DbtSkipKind; reason: DisplayText }>
}

/** Skips that point at a mistake (a name the platform cannot take), not at dbt's own choices. */
const WARNED_SKIPS: ReadonlySet<DbtSkipKind> = new Set(['invalid-table-name'])

/** Every node that became a table and every one that did not, as display text. */
export function dbtShown(mapping: DbtMapping, boundary: TrustBoundary): DbtShown {
  return {
    mapped: mapping.mapped.map(node => ({
      node: boundary.text(node.uniqueId),
      table: boundary.identifier(node.tableName)
    })),
    skipped: mapping.skipped.map(node => ({
      node: boundary.text(node.uniqueId),
      kind: node.kind,
      reason: boundary.text(node.reason)
    }))
  }
}

export function dbtLines(dbt: DbtShown): {
  group: DisplayText
  lines: DisplayText[]
  warnings: DisplayText[]
} {
  return {
    group: display`dbt: ${dbt.mapped.length} node${plural(dbt.mapped.length)} to refresh, ${dbt.skipped.length} skipped`,
    lines: [
      ...dbt.mapped.map(({ node, table }) => display`${node} → ${table}`),
      ...dbt.skipped.map(({ node, reason }) => display`${node}: skipped, ${reason}`)
    ],
    warnings: dbt.skipped
      .filter(({ kind }) => WARNED_SKIPS.has(kind))
      .map(({ node, reason }) => display`${node}: ${reason}`)
  }
}

/**
 * The summary's "From dbt" section: the mapping, the skipped nodes folded away; with less
 * detail, node IDs are clipped and each list shows its first rows, like every other section.
 */
export function dbtSummarySection(dbt: DbtShown, detail: Detail): string {
  const id = (text: DisplayText) => codeCell(shorten(text, detail.idLimit))
  const mapped = firstRows(dbt.mapped, detail.rowCap)
  const skipped = firstRows(dbt.skipped, detail.rowCap)
  const skippedLines =
    dbt.skipped.length === 0
      ? []
      : [
          '',
          `<details><summary>${dbt.skipped.length} dbt node${plural(dbt.skipped.length)} skipped</summary>`,
          '',
          ...skipped.rows.map(
            ({ node, reason }) =>
              `- ${id(node)}: ${escapeCell(shorten(reason, Math.max(detail.textLimit, 80)))}`
          ),
          ...moreRowsLine(skipped.more),
          '',
          '</details>'
        ]
  return [
    '### From dbt',
    '',
    '| dbt node | table |',
    '| --- | --- |',
    ...mapped.rows.map(({ node, table }) => `| ${id(node)} | ${codeCell(table)} |`),
    ...moreRowsLine(mapped.more),
    ...skippedLines,
    ''
  ].join('\n')
}
