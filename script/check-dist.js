#!/usr/bin/env node
// @ts-check
/**
 * Is dist/ what `npm run build` makes from src/ now? Builds into a temporary folder and compares
 * the contents (never file times: a fresh clone makes src/ look newer than dist/). Used by
 * `npm test` (before the end-to-end tests run the bundle), .ci/run, script/release and the
 * check-dist workflow.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
const dist = join(root, 'dist')

/** The files of dist/ that differ from a fresh build (missing, extra or changed). */
export function staleDistFiles() {
  const fresh = mkdtempSync(join(tmpdir(), 'anymetrics-dist-'))
  try {
    execFileSync(process.execPath, [join(root, 'script/build.js'), '--out', fresh], {
      stdio: 'pipe'
    })
    const names = new Set([...readdirSync(fresh), ...readdirSync(dist)])
    return [...names].filter(name => {
      try {
        return !readFileSync(join(fresh, name)).equals(readFileSync(join(dist, name)))
      } catch {
        return true
      }
    })
  } finally {
    rmSync(fresh, { recursive: true, force: true })
  }
}

if (process.argv[1] === import.meta.filename) {
  const stale = staleDistFiles()
  if (stale.length > 0) {
    console.error(
      `dist/ differs from a fresh build (${stale.join(', ')}): run npm run build and commit dist/.`
    )
    process.exit(1)
  }
  console.log('dist/ equals a fresh build.')
}
