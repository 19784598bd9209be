/**
 * The installation's identity (name, instansi, optional email) kept in app_setting, its signing
 * key kept in the data folder, and the signers this user marked as trusted.
 */
import type { KeyObject } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import type { CoreContext } from '../context';
import { readSetting, writeSetting } from '../settings/app-setting.repository';
import type { Identity } from './package';
import { fingerprint, hasKey, loadOrCreateKey, rawPublicKey } from './signing';

const IDENTITY_KEY = 'identity';
const TRUSTED_KEY = 'packages.trustedSigners';

export interface TrustedSigner {
  publicKey: string;
  fingerprint: string;
  name: string;
  instansi: string;
  trustedAt: string;
}

export interface IdentityInfo {
  identity: Identity | null;
  publicKey: string | null;
  fingerprint: string | null;
}

export async function getIdentity(ctx: CoreContext, dataDir: string): Promise<IdentityInfo> {
  const identity = await readSetting<Identity>(ctx.db, IDENTITY_KEY);
  if (!identity || !hasKey(dataDir)) return { identity, publicKey: null, fingerprint: null };
  const publicKey = rawPublicKey(loadOrCreateKey(dataDir)).toString('base64');
  return { identity, publicKey, fingerprint: fingerprint(publicKey) };
}

/** Saves the identity and creates the installation's key on first use. */
export async function setIdentity(
  ctx: CoreContext,
  dataDir: string,
  identity: Identity,
): Promise<IdentityInfo> {
  loadOrCreateKey(dataDir);
  await writeSetting(ctx.db, IDENTITY_KEY, {
    name: identity.name.trim(),
    instansi: identity.instansi.trim(),
    email: identity.email.trim(),
  });
  return getIdentity(ctx, dataDir);
}

/** The identity and key to sign with; refuses when the user has not given an identity yet. */
export async function requireSigner(
  ctx: CoreContext,
  dataDir: string,
): Promise<{ identity: Identity; privateKey: KeyObject }> {
  const identity = await readSetting<Identity>(ctx.db, IDENTITY_KEY);
  if (!identity?.name) throw new AppError('identity.required');
  return { identity, privateKey: loadOrCreateKey(dataDir) };
}

export async function optionalSigner(ctx: CoreContext, dataDir: string) {
  const identity = await readSetting<Identity>(ctx.db, IDENTITY_KEY);
  return identity?.name ? { identity, privateKey: loadOrCreateKey(dataDir) } : null;
}

export async function listTrusted(ctx: CoreContext): Promise<TrustedSigner[]> {
  return (await readSetting<TrustedSigner[]>(ctx.db, TRUSTED_KEY)) ?? [];
}

export async function trustSigner(
  ctx: CoreContext,
  signer: { publicKey: string; name: string; instansi: string },
): Promise<TrustedSigner[]> {
  const list = (await listTrusted(ctx)).filter((s) => s.publicKey !== signer.publicKey);
  list.push({
    publicKey: signer.publicKey,
    fingerprint: fingerprint(signer.publicKey),
    name: signer.name,
    instansi: signer.instansi,
    trustedAt: ctx.now(),
  });
  await writeSetting(ctx.db, TRUSTED_KEY, list);
  return list;
}

export async function untrustSigner(ctx: CoreContext, publicKey: string) {
  const list = (await listTrusted(ctx)).filter((s) => s.publicKey !== publicKey);
  await writeSetting(ctx.db, TRUSTED_KEY, list);
  return list;
}
