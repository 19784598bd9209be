/**
 * Reads an untrusted `*.rancang` zip into memory, entry by entry, refusing anything unexpected:
 * unknown, unsafe, duplicate or case-colliding names, symlinks, encrypted entries, too many
 * entries, and entries that inflate past their limits (size and ratio are checked while
 * inflating, so a zip bomb is stopped after at most one limit's worth of bytes).
 */
import yauzl from 'yauzl';
import { AppError } from '../../../shared/errors';
import { isKnownEntry, LIMITS, LOGO_ENTRY } from './format';

export type ZipLimits = { [K in keyof typeof LIMITS]: number };

/** Our own checks on a name, before yauzl's: the message names the problem. */
function unsafeName(name: string): boolean {
  return (
    name.length === 0 ||
    name.length > 200 ||
    name.includes('\\') ||
    name.includes('\0') ||
    name.startsWith('/') ||
    /^[a-zA-Z]:/.test(name) ||
    name.split('/').some((part) => part === '..' || part === '.') ||
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u001f]/.test(name)
  );
}

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
const S_IFREG = 0o100000;

function openZip(bytes: Buffer): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(
      bytes,
      { lazyEntries: true, validateEntrySizes: true, strictFileNames: true, decodeStrings: true },
      (error, zip) => (error || !zip ? reject(error) : resolve(zip)),
    );
  });
}

function maxSizeOf(name: string, limits: ZipLimits): number {
  if (name.endsWith('.json')) return limits.jsonBytes;
  return LOGO_ENTRY.test(name) ? limits.logoBytes : limits.pdfBytes;
}

/** The entries of a package, name → bytes, after every check. Throws AppError otherwise. */
export async function readZipEntries(
  bytes: Buffer,
  limits: ZipLimits = LIMITS,
  /** When given, unknown (but safe) names are collected here, skipped unread, not refused. */
  unknown?: string[],
): Promise<Map<string, Buffer>> {
  if (bytes.length > limits.fileBytes) {
    throw new AppError('package.tooBig', {
      size: Math.round(bytes.length / 1048576),
      max: Math.round(limits.fileBytes / 1048576),
    });
  }
  let zip: yauzl.ZipFile;
  try {
    zip = await openZip(bytes);
  } catch {
    throw new AppError('package.unreadable');
  }
  // The count comes from the end-of-central-directory record: refuse before reading entries.
  if (zip.entryCount > limits.entries) {
    zip.close();
    throw new AppError('package.tooManyEntries', { count: zip.entryCount, max: limits.entries });
  }
  const entries = new Map<string, Buffer>();
  const seen = new Set<string>();
  let total = 0;

  return new Promise((resolve, reject) => {
    let settled = false;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      zip.close();
      reject(error instanceof AppError ? error : new AppError('package.unreadable'));
    };
    zip.on('error', (error: Error) => {
      // yauzl's own name validation (absolute, .., backslash) surfaces here.
      if (/absolute path|invalid relative path|invalid characters/.test(error.message)) {
        const name = error.message.replace(/^[^:]*:\s*/, '');
        fail(new AppError('package.unsafeEntry', { name: name.slice(0, 120) }));
      } else fail(error);
    });
    zip.on('end', () => {
      if (settled) return;
      settled = true;
      resolve(entries);
    });
    zip.on('entry', (entry: yauzl.Entry) => {
      if (settled) return;
      const name = entry.fileName;
      const shown = name.slice(0, 120);
      const mode = (entry.externalFileAttributes >>> 16) & S_IFMT;
      if (unsafeName(name) || mode === S_IFLNK) {
        return fail(new AppError('package.unsafeEntry', { name: shown }));
      }
      if (mode !== 0 && mode !== S_IFREG) {
        return fail(new AppError('package.unsafeEntry', { name: shown }));
      }
      if (!isKnownEntry(name)) {
        // Deferred when asked: a newer format may have added it (the manifest says so).
        if (!unknown) return fail(new AppError('package.unknownEntry', { name: shown }));
        unknown.push(shown);
        return zip.readEntry(); // skipped unread
      }
      const folded = name.toLowerCase();
      if (seen.has(folded)) return fail(new AppError('package.duplicateEntry', { name: shown }));
      seen.add(folded);
      if (entry.isEncrypted() || (entry.compressionMethod !== 0 && entry.compressionMethod !== 8)) {
        return fail(new AppError('package.unreadable'));
      }
      const max = maxSizeOf(name, limits);
      if (entry.uncompressedSize > max || total + entry.uncompressedSize > limits.totalBytes) {
        return fail(new AppError('package.entryTooLarge', { name: shown }));
      }
      zip.openReadStream(entry, (error, stream) => {
        if (error || !stream) return fail(error);
        const chunks: Buffer[] = [];
        let size = 0;
        stream.on('data', (chunk: Buffer) => {
          size += chunk.length;
          total += chunk.length;
          const ratio = size / Math.max(1, entry.compressedSize);
          let problem: AppError | null = null;
          if (size > max || total > limits.totalBytes) {
            problem = new AppError('package.entryTooLarge', { name: shown });
          } else if (size > limits.ratioFloorBytes && ratio > limits.ratio) {
            problem = new AppError('package.bomb', { name: shown });
          }
          if (problem) {
            stream.destroy();
            return fail(problem);
          }
          chunks.push(chunk);
        });
        stream.on('error', (e) =>
          // yauzl stops an entry that inflates past its declared size: a bomb that lies.
          fail(
            /too many bytes/.test(e.message) ? new AppError('package.bomb', { name: shown }) : e,
          ),
        );
        stream.on('end', () => {
          if (settled) return;
          entries.set(name, Buffer.concat(chunks, size));
          zip.readEntry();
        });
      });
    });
    zip.readEntry();
  });
}
