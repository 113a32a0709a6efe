/** Runs `work` on every item, at most `limit` at a time, in order of the items. */
export async function eachBounded<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>
): Promise<void> {
  const queue = items.values() // shared by the workers: each takes the next item
  const worker = async (): Promise<void> => {
    for (const item of queue) await work(item)
  }
  const workers = Math.max(1, Math.min(limit, items.length))
  await Promise.all(Array.from({ length: workers }, worker))
}
