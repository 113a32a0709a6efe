import { closeSync, openSync, readSync, statSync } from 'node:fs'

/** A file input refused before it is read whole. */
export class FileRefusal extends Error {
  constructor(readonly code: string) {
    super(code)
    this.name = 'FileRefusal'
  }
}

/**
 * Reads a regular file of at most maxBytes. A device (`/dev/zero`), a FIFO or a directory is
 * refused without reading, and at most maxBytes + 1 bytes are ever read, whatever the file
 * claims its size is (files under /proc say 0).
 */
export function readBoundedTextFile(path: string, maxBytes: number): string {
  // Checked before opening: opening a FIFO for reading would wait for a writer.
  if (!statSync(path).isFile()) throw new FileRefusal('not a regular file')
  const fd = openSync(path, 'r')
  try {
    const buffer = Buffer.alloc(maxBytes + 1)
    let size = 0
    for (let read = -1; read !== 0 && size <= maxBytes; size += read) {
      read = readSync(fd, buffer, size, buffer.length - size, null)
    }
    if (size > maxBytes) throw new FileRefusal(`larger than ${maxBytes} bytes`)
    return buffer.subarray(0, size).toString('utf8')
  } finally {
    closeSync(fd)
  }
}
