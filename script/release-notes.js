#!/usr/bin/env node
// @ts-check
/**
 * What a release tag must agree with, and the release's notes. `node script/release-notes.js
 * vX.Y.Z` prints CHANGELOG.md's section for X.Y.Z (its heading left out: the release has its own
 * title), or refuses in one line, naming the rule and the value, when the tag is not vX.Y.Z,
 * package.json says another version or is private, or CHANGELOG.md has no dated
 * `## [X.Y.Z] - YYYY-MM-DD` section. Used by .github/workflows/release.yml (before and when it
 * creates the release) and by script/release (before it pushes the tag).
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

/** A release tag: v and a plain semver version, no leading zeros, no pre-release or build. */
export const RELEASE_TAG = /^v(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/

/**
 * The notes for `tag`, or the one reason it cannot be released.
 * @param {string} tag
 * @param {string} changelog CHANGELOG.md's text
 * @param {{ version?: unknown, private?: unknown }} pkg package.json, parsed
 * @returns {{ notes: string } | { problem: string }}
 */
export function releaseNotes(tag, changelog, pkg) {
  if (!RELEASE_TAG.test(tag)) {
    return { problem: `the tag must be vX.Y.Z (say v1.2.3), got '${tag}'` }
  }
  const version = tag.slice(1)
  if (pkg.version !== version) {
    return {
      problem: `package.json's version is '${String(pkg.version)}', the tag says ${version}`
    }
  }
  // npm refuses a private package only at `npm publish`, after the release would exist.
  if (pkg.private === true) {
    return { problem: 'package.json says "private": true: npm would refuse to publish it' }
  }
  const lines = changelog.split(/\r?\n/)
  const start = lines.findIndex(line => line.startsWith(`## [${version}]`))
  if (start < 0) return { problem: `CHANGELOG.md has no '## [${version}] - YYYY-MM-DD' section` }
  const heading = lines[start] ?? ''
  const date = /^## \[[^\]]+\] - (\d{4})-(\d{2})-(\d{2})\s*$/.exec(heading)
  if (!date || !isRealDate(Number(date[1]), Number(date[2]), Number(date[3]))) {
    return {
      problem: `CHANGELOG.md's heading must be '## [${version}] - YYYY-MM-DD': '${heading}'`
    }
  }
  // The section runs to the next heading of its level, or to the link definitions at the end.
  const after = lines.slice(start + 1)
  const end = after.findIndex(line => /^## /.test(line) || /^\[[^\]]+\]: \S/.test(line))
  const notes = (end < 0 ? after : after.slice(0, end)).join('\n').trim()
  if (notes === '') return { problem: `CHANGELOG.md's section for ${version} is empty` }
  return { notes }
}

/** Whether year-month-day is a day of the calendar (2026-02-30 is not). */
function isRealDate(
  /** @type {number} */ year,
  /** @type {number} */ month,
  /** @type {number} */ day
) {
  const at = new Date(Date.UTC(year, month - 1, day))
  return at.getUTCFullYear() === year && at.getUTCMonth() === month - 1 && at.getUTCDate() === day
}

if (process.argv[1] === import.meta.filename) {
  const root = resolve(import.meta.dirname, '..')
  const read = (/** @type {string} */ name) => readFileSync(resolve(root, name), 'utf8')
  const result = releaseNotes(
    process.argv[2] ?? '',
    read('CHANGELOG.md'),
    JSON.parse(read('package.json'))
  )
  if ('problem' in result) {
    console.error(`release: ${result.problem}`)
    process.exit(1)
  }
  console.log(result.notes)
}
