/** The one check that a run leaked no secret, in any form, anywhere it wrote. */
import { expect } from '@jest/globals'

/** What a run wrote; a run that captured less (npm run local prints all to stdout) gives less. */
export interface RunText {
  stdout: string
  stderr?: string
  outputs?: Record<string, string>
  summary?: string
}

/** A run's stdout as the runner shows it: without the ::add-mask:: commands it takes in. */
export function shownStdout(stdout: string): string {
  return stdout.replace(/^::add-mask::.*$/gm, '')
}

/** Everything a run showed: stdout (without mask commands), stderr, outputs and summary. */
export function shown(run: RunText): string {
  return Object.values(shownPlaces(run)).join('\n')
}

/**
 * The forms a leak would take: the secret as is, encoded, or cut or folded by an excerpt. What a
 * run shows was read back as UTF-8, where half a surrogate pair became U+FFFD: so does the secret.
 */
export function leakForms(rawSecret: string): string[] {
  const secret = rawSecret.toWellFormed()
  return [
    secret,
    secret.replace(/\s+/g, ' '),
    secret.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' '),
    secret.slice(0, 12),
    encodeURIComponent(secret),
    Buffer.from(secret).toString('base64').slice(0, 16),
    secret.replace(/</g, '&lt;').replace(/>/g, '&gt;')
  ]
}

/**
 * Fails, naming the form and the place, when any of `secrets` shows in any form a leak would
 * take in stdout (but for its ::add-mask:: commands), stderr, an output or the job summary.
 */
export function expectNoSecretIn(run: RunText, secrets: readonly string[]): void {
  if (secrets.length === 0 || secrets.some(secret => secret.trim() === '')) {
    throw new Error('expectNoSecretIn needs the secrets to look for, none of them blank')
  }
  const places = Object.entries(shownPlaces(run))
  const leaks = secrets.flatMap(secret =>
    [...new Set(leakForms(secret))].flatMap(form =>
      places.filter(([, text]) => text.includes(form)).map(([place]) => `${form} in ${place}`)
    )
  )
  expect(leaks).toEqual([])
}

function shownPlaces(run: RunText): Record<string, string> {
  const outputs = Object.entries(run.outputs ?? {}).map(([name, value]) => [
    `output ${name}`,
    value
  ])
  return {
    stdout: shownStdout(run.stdout),
    stderr: run.stderr ?? '',
    ...Object.fromEntries(outputs),
    summary: run.summary ?? ''
  }
}
