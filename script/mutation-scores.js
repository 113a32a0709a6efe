#!/usr/bin/env node
// @ts-check
/**
 * The mutation score of each module, as CONTRIBUTING's table shows it, read from Stryker's
 * committed incremental file (npm run mutation writes it): npm run -s mutation:scores.
 * Killed and timed-out mutants are detected; survivors and mutants no test reached are not;
 * mutants disabled with a reason (Ignored) and those that do not compile are left out, as
 * Stryker leaves them out of its score.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
const DETECTED = new Set(['Killed', 'Timeout'])
const MISSED = new Set(['Survived', 'NoCoverage'])
/** The least share of a module's mutants its tests must detect, in percent. */
export const MINIMUM_SCORE = 85

/**
 * @param {{ files: Record<string, { mutants: Array<{ status: string }> }> }} report
 * @returns {Array<{ module: string, detected: number, missed: number, ignored: number }>}
 */
export function scoresOf(report) {
  return Object.entries(report.files)
    .map(([module, { mutants }]) => ({
      module,
      detected: mutants.filter(mutant => DETECTED.has(mutant.status)).length,
      missed: mutants.filter(mutant => MISSED.has(mutant.status)).length,
      ignored: mutants.filter(mutant => mutant.status === 'Ignored').length
    }))
    .sort((a, b) => (a.module < b.module ? -1 : 1))
}

/** A module's score in percent. @param {{ detected: number, missed: number }} counts */
export function scoreOf({ detected, missed }) {
  return (100 * detected) / Math.max(1, detected + missed)
}

/** The table, as markdown. @param {ReturnType<typeof scoresOf>} scores */
export function scoreTable(scores) {
  const rows = scores.map(({ module, detected, missed, ignored }) => {
    const score = scoreOf({ detected, missed })
    const mark = score < MINIMUM_SCORE ? `: below ${MINIMUM_SCORE}%` : ''
    return `| \`${module}\` | ${detected + missed} | ${detected} | ${missed} | ${ignored} | ${score.toFixed(1)}%${mark} |`
  })
  return [
    '| module | mutants scored | killed (or timed out) | survived | disabled, with why | score |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows
  ].join('\n')
}

/** Stryker's incremental file, where npm run mutation leaves every module's verdicts. */
export const INCREMENTAL_FILE = resolve(root, 'stryker-incremental.json')

/** Each module's counts in the incremental file. */
export function incrementalScores() {
  return scoresOf(JSON.parse(readFileSync(INCREMENTAL_FILE, 'utf8')))
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(scoreTable(incrementalScores()))
}
