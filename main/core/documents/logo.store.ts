/**
 * The regency's logo for the document covers: one small PNG or JPEG per plan, kept as a file
 * in the data directory (written atomically), read when the books are rendered.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors';

export const LOGO_MAX_BYTES = 1_000_000;
const TYPES = { png: 'image/png', jpg: 'image/jpeg' } as const;

function logoFile(dataDir: string, planId: string, ext: keyof typeof TYPES): string {
  // Plan ids are UUIDs or simple ids; never let one escape the folder.
  const safe = planId.replace(/[^a-zA-Z0-9_-]/g, '_');
  return path.join(dataDir, 'logos', `${safe}.${ext}`);
}

/** The stored logo as a data URL, or null. */
export function readLogo(dataDir: string, planId: string): string | null {
  for (const ext of Object.keys(TYPES) as Array<keyof typeof TYPES>) {
    const file = logoFile(dataDir, planId, ext);
    if (fs.existsSync(file))
      return `data:${TYPES[ext]};base64,${fs.readFileSync(file).toString('base64')}`;
  }
  return null;
}

function kindOf(bytes: Buffer): keyof typeof TYPES | null {
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return 'png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpg';
  return null;
}

/** Stores (or with null removes) the logo; accepts a data URL or plain base64 of PNG/JPEG. */
export function writeLogo(dataDir: string, planId: string, data: string | null): string | null {
  for (const ext of Object.keys(TYPES) as Array<keyof typeof TYPES>)
    if (data === null) fs.rmSync(logoFile(dataDir, planId, ext), { force: true });
  if (data === null) return null;
  const bytes = Buffer.from(data.replace(/^data:[^,]*,/, ''), 'base64');
  const kind = kindOf(bytes);
  if (!kind) throw new AppError('documents.logoInvalid');
  if (bytes.length > LOGO_MAX_BYTES) throw new AppError('documents.logoTooLarge');
  const file = logoFile(dataDir, planId, kind);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, bytes);
  fs.renameSync(tmp, file);
  for (const ext of Object.keys(TYPES) as Array<keyof typeof TYPES>)
    if (ext !== kind) fs.rmSync(logoFile(dataDir, planId, ext), { force: true });
  return readLogo(dataDir, planId);
}
