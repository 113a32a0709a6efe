/** The names nearest a mistyped one, by a bounded edit distance. Pure. */

/**
 * The most edits a name may be from the one typed and still be offered: a third of its length,
 * at least 1 and at most 3. Past that, a "suggestion" is another name, not the one meant.
 */
function nearBound(typed: string): number {
  return Math.min(3, Math.max(1, Math.floor(typed.length / 3)))
}

/**
 * The Damerau–Levenshtein distance in its optimal-string-alignment form (an insertion, a
 * deletion, a substitution or two neighbours swapped each count 1), or `bound + 1` as soon as it
 * is known to exceed `bound`: names whose lengths differ by more are not compared, and the
 * comparison stops at the first row whose every cell passes the bound (no later row can be
 * smaller).
 */
function editDistance(a: string, b: string, bound: number): number {
  if (Math.abs(a.length - b.length) > bound) return bound + 1
  let before: number[] = []
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let smallest = i
    for (let j = 1; j <= b.length; j++) {
      const same = a[i - 1] === b[j - 1]
      let cell = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (same ? 0 : 1)
      )
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        cell = Math.min(cell, (before[j - 2] ?? 0) + 1)
      }
      current.push(cell)
      smallest = Math.min(smallest, cell)
    }
    if (smallest > bound) return bound + 1
    before = previous
    previous = current
  }
  return Math.min(previous[b.length] ?? 0, bound + 1)
}

/**
 * The few names nearest one that was typed, among all those considered one by one (a manifest
 * is read as a stream, so the names are never all held): nearest first, then in code-unit order,
 * each once, none farther than nearBound.
 */
export class NearestNames {
  private readonly best: Array<{ name: string; distance: number }> = []
  private readonly bound: number

  constructor(
    private readonly typed: string,
    private readonly limit = 3
  ) {
    this.bound = nearBound(typed)
  }

  consider(name: string): void {
    const full = this.best.length >= this.limit
    const worst = this.best.at(-1)
    // Once full, a name must beat the farthest kept: that is the bound that matters.
    const bound = full && worst ? worst.distance : this.bound
    if (this.best.some(kept => kept.name === name)) return
    const distance = editDistance(this.typed, name, bound)
    if (distance > bound) return
    if (full && worst && !closer({ name, distance }, worst)) return
    this.best.push({ name, distance })
    this.best.sort((x, y) => (closer(x, y) ? -1 : 1))
    if (this.best.length > this.limit) this.best.pop()
  }

  names(): string[] {
    return this.best.map(kept => kept.name)
  }
}

function closer(x: { name: string; distance: number }, y: typeof x): boolean {
  return x.distance < y.distance || (x.distance === y.distance && x.name < y.name)
}
