import { closeSync, openSync, readSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'

const CHUNK_BYTES = 1024 * 1024

/** A file input refused before it is read whole. */
class FileRefusal extends Error {
  constructor(readonly code: string) {
    super(code)
    this.name = 'FileRefusal'
  }
}

/**
 * Reads a regular file of at most maxBytes. A device (`/dev/zero`), a FIFO or a directory is
 * refused without reading, and reading stops one chunk past maxBytes, whatever the file claims
 * its size is (files under /proc say 0).
 */
export function readBoundedTextFile(path: string, maxBytes: number): string {
  // Checked before opening: opening a FIFO for reading would wait for a writer.
  if (!statSync(path).isFile()) throw new FileRefusal('not a regular file')
  const fd = openSync(path, 'r')
  try {
    const chunks: Buffer[] = []
    let size = 0
    for (;;) {
      const chunk = Buffer.allocUnsafe(CHUNK_BYTES)
      const read = readSync(fd, chunk, 0, CHUNK_BYTES, null)
      if (read === 0) break
      size += read
      if (size > maxBytes) throw new FileRefusal(`larger than ${maxBytes} bytes`)
      chunks.push(chunk.subarray(0, read))
    }
    return Buffer.concat(chunks, size).toString('utf8')
  } finally {
    closeSync(fd)
  }
}

/**
 * A file's bytes in chunks of chunkBytes, read as they are asked for, whatever its size: for
 * dbt artifacts, which are parsed as they come and never held whole. The file is opened when
 * the first chunk is asked for and closed at its end or when the reader lets it go. A chunk is
 * valid until the next one is asked for (the same memory is reused); a device, a FIFO or a
 * directory is refused without reading.
 */
export function readFileChunks(path: string, chunkBytes = CHUNK_BYTES): Iterable<Uint8Array> {
  return {
    *[Symbol.iterator]() {
      if (!statSync(path).isFile()) throw new FileRefusal('not a regular file')
      const fd = openSync(path, 'r')
      try {
        const chunk = Buffer.allocUnsafeSlow(chunkBytes)
        for (;;) {
          const read = readSync(fd, chunk, 0, chunkBytes, null)
          if (read === 0) return
          yield chunk.subarray(0, read)
        }
      } finally {
        closeSync(fd)
      }
    }
  }
}

/**
 * A file the action wrote on an earlier attempt (resume-file), read like any bounded file:
 * undefined when there is none yet.
 */
export function readOwnFile(path: string, maxBytes: number): string | undefined {
  try {
    return readBoundedTextFile(path, maxBytes)
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return undefined
    throw error
  }
}

/**
 * Replaces a file whole or not at all: written beside it under a temporary name, then renamed
 * over it, so that a run cancelled or killed mid-write leaves the previous file as it was.
 */
export function writeFileAtomically(path: string, text: string): void {
  const temporary = `${path}.${process.pid}.tmp`
  try {
    writeFileSync(temporary, text, { mode: 0o644 })
    renameSync(temporary, path)
  } catch (error) {
    rmSync(temporary, { force: true })
    throw error
  }
}
