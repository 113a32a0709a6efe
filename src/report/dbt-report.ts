/** The dbt mapping as the log, the warnings and the summary show it. */
import type { DbtMapping, DbtSkipKind } from '../inputs/dbt-mapping.js'
import { display, type DisplayText, type TrustBoundary } from '../trust.js'
import { plural } from './format.js'
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
      table: boundary.text(node.tableName)
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

/** The summary's "From dbt" section: the mapping, the skipped nodes folded away. */
export function dbtSummarySection(dbt: DbtShown): string {
  const skipped =
    dbt.skipped.length === 0
      ? []
      : [
          '',
          `<details><summary>${dbt.skipped.length} dbt node${plural(dbt.skipped.length)} skipped</summary>`,
          '',
          ...dbt.skipped.map(({ node, reason }) => `- ${codeCell(node)}: ${escapeCell(reason)}`),
          '',
          '</details>'
        ]
  return [
    '### From dbt',
    '',
    '| dbt node | table |',
    '| --- | --- |',
    ...dbt.mapped.map(({ node, table }) => `| ${codeCell(node)} | ${codeCell(table)} |`),
    ...skipped,
    ''
  ].join('\n')
}
