/** Builds a zip in memory and writes files atomically (temporary file, fsync, rename). */
import fs from 'node:fs';
import path from 'node:path';
import yazl from 'yazl';
import { AppError } from '../../../shared/errors';

/** Zips the entries in the given order; every entry gets the same timestamp. */
export function zipEntries(entries: Array<[string, Buffer]>, mtime: Date): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const [name, bytes] of entries) {
    // PDFs are already compressed; deflating them again costs time for nothing.
    zip.addBuffer(bytes, name, { mtime, mode: 0o100644, compress: !name.endsWith('.pdf') });
  }
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
    zip.outputStream.on('error', reject);
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
  });
}

/** Writes `bytes` to `file` so that the file is either the old one or the complete new one. */
export function writeFileAtomic(file: string, bytes: Uint8Array, mode = 0o644): void {
  const dir = path.dirname(file);
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    fs.mkdirSync(dir, { recursive: true });
    const fd = fs.openSync(temp, 'wx', mode);
    try {
      fs.writeSync(fd, bytes);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, file);
    // Make the rename itself durable where the platform allows it.
    try {
      const dirFd = fs.openSync(dir, 'r');
      try {
        fs.fsyncSync(dirFd);
      } finally {
        fs.closeSync(dirFd);
      }
    } catch {
      /* Windows cannot fsync a directory */
    }
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw new AppError('package.writeFailed', { file, reason: (error as Error).message });
  }
}
