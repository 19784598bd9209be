/**
 * Ed25519 signing with node:crypto: one key per installation, kept as PKCS#8 PEM in the app's
 * data folder (owner-only permissions), and the detached signature over the manifest bytes.
 */
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from './zip-writer';

export const KEY_DIR = 'identity';
export const KEY_FILE = 'signing-key.pem';

// The DER prefix of an Ed25519 SubjectPublicKeyInfo; the raw key is the last 32 bytes.
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

export function rawPublicKey(key: KeyObject): Buffer {
  const der = createPublicKey(key).export({ type: 'spki', format: 'der' });
  return Buffer.from(der.subarray(der.length - 32));
}

export function publicKeyFromRaw(raw: Buffer): KeyObject {
  return createPublicKey({
    key: Buffer.concat([SPKI_PREFIX, raw]),
    format: 'der',
    type: 'spki',
  });
}

/** Short fingerprint to read aloud on the phone: "3F2A 9C01 77B4 E0D2". */
export function fingerprint(publicKeyBase64: string): string {
  const hex = createHash('sha256')
    .update(Buffer.from(publicKeyBase64, 'base64'))
    .digest('hex')
    .slice(0, 16)
    .toUpperCase();
  return hex.match(/.{4}/g)!.join(' ');
}

export function keyFile(dataDir: string): string {
  return path.join(dataDir, KEY_DIR, KEY_FILE);
}

/** The installation's private key, created on first use. */
export function loadOrCreateKey(dataDir: string): KeyObject {
  const file = keyFile(dataDir);
  if (fs.existsSync(file)) return createPrivateKey(fs.readFileSync(file));
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const { privateKey } = generateKeyPairSync('ed25519');
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' });
  writeFileAtomic(file, Buffer.from(pem), 0o600);
  try {
    fs.chmodSync(file, 0o600);
  } catch {
    /* not supported on every file system */
  }
  return privateKey;
}

export function hasKey(dataDir: string): boolean {
  return fs.existsSync(keyFile(dataDir));
}

export function signBytes(privateKey: KeyObject, bytes: Buffer): string {
  return sign(null, bytes, privateKey).toString('base64');
}

/** Whether `signature` (base64) is a valid Ed25519 signature of `bytes` by `publicKey` (raw, base64). */
export function verifyBytes(publicKeyBase64: string, bytes: Buffer, signature: string): boolean {
  try {
    const raw = Buffer.from(publicKeyBase64, 'base64');
    if (raw.length !== 32) return false;
    return verify(null, bytes, publicKeyFromRaw(raw), Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}

export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}
