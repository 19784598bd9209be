/**
 * Packages the desktop shell has read from disk (menu, file association, second instance) and
 * handed to the UI by a one-time token, so the preload pipe stays a plain `invoke`.
 */
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/errors';

const pending = new Map<string, { fileName: string; bytes: Buffer }>();

export function stagePackage(fileName: string, bytes: Buffer): string {
  const token = randomUUID();
  pending.set(token, { fileName, bytes });
  // A token nobody takes does not keep the bytes forever.
  setTimeout(() => pending.delete(token), 10 * 60_000).unref();
  return token;
}

export function takePending(token: string): { fileName: string; data: string } {
  const entry = pending.get(token);
  if (!entry) throw new AppError('package.unreadable');
  pending.delete(token);
  return { fileName: entry.fileName, data: entry.bytes.toString('base64') };
}
