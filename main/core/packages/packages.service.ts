/**
 * Export, inspection and all-or-nothing import of plan packages.
 */
import path from 'node:path';
import { sql } from 'kysely';
import type { ImportMode, PackageInfo } from '../../../shared/contract/packages';
import { AppError } from '../../../shared/errors';
import type { PlanDocument } from '../../../shared/plan-document';
import type { CoreContext } from '../context';
import { exportPlanDocument, insertPlanDocument } from '../plans/plan-document.repository';
import { diffPlans, lastChange } from './diff';
import { PACKAGE_EXTENSION } from './format';
import {
  getIdentity,
  listTrusted,
  optionalSigner,
  readSetting,
  requireSigner,
  writeSetting,
} from './identity.service';
import {
  buildPackage,
  canonicalJson,
  openPackage,
  readPlan,
  readReview,
  requireIntact,
  type OpenedPackage,
} from './package';
import { sha256 } from './signing';

export interface PackagesEnv {
  dataDir: string;
  appVersion: string;
}

export interface PackageDocument {
  fileName: string;
  bytes: Uint8Array;
}

const EXPORTED_KEY = 'packages.exported';
export const REVIEW_COPIES_KEY = 'review.copies';

export interface ReviewCopy {
  manifestHash: string;
  signerName: string | null;
  fingerprint: string | null;
  openedAt: string;
}

export async function reviewCopies(ctx: CoreContext): Promise<Record<string, ReviewCopy>> {
  return (await readSetting<Record<string, ReviewCopy>>(ctx, REVIEW_COPIES_KEY)) ?? {};
}

/** A file name from the plan's title: "masterplan-smart-city-manggarai-timur.rancang". */
export function packageFileName(title: string, suffix = ''): string {
  const base = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${base || 'rencana'}${suffix}${PACKAGE_EXTENSION}`;
}

export interface ExportOptions {
  /** Sign with the installation's key (required in the app; the CLI may export unsigned). */
  requireSignature?: boolean;
  documents?: PackageDocument[];
}

export async function exportPackage(
  ctx: CoreContext,
  env: PackagesEnv,
  planId: string,
  options: ExportOptions = {},
): Promise<{ fileName: string; bytes: Buffer; manifestHash: string; signed: boolean }> {
  const signer =
    options.requireSignature === false
      ? await optionalSigner(ctx, env.dataDir)
      : await requireSigner(ctx, env.dataDir);
  const doc = await exportPlanDocument(ctx.db, planId);
  const bytes = await buildPackage({
    kind: 'plan',
    planId: doc.plan.id,
    planTitle: doc.plan.title,
    appVersion: env.appVersion,
    created: ctx.now(),
    content: canonicalJson(doc),
    documents: options.documents ?? [],
    signer,
  });
  const opened = await openPackage(bytes);
  const exported =
    (await readSetting<Array<{ planId: string; manifestHash: string; created: string }>>(
      ctx,
      EXPORTED_KEY,
    )) ?? [];
  exported.push({ planId, manifestHash: opened.manifestHash, created: opened.manifest.created });
  await writeSetting(ctx, EXPORTED_KEY, exported.slice(-200));
  return {
    fileName: packageFileName(doc.plan.title),
    bytes,
    manifestHash: opened.manifestHash,
    signed: signer !== null,
  };
}

async function existingPlan(ctx: CoreContext, planId: string) {
  return ctx.db
    .selectFrom('plan')
    .select(['id', 'title', 'updated_at'])
    .where('id', '=', planId)
    .executeTakeFirst();
}

export async function describePackage(
  ctx: CoreContext,
  env: PackagesEnv,
  opened: OpenedPackage,
): Promise<PackageInfo> {
  const { manifest } = opened;
  const trusted = manifest.signer
    ? (await listTrusted(ctx)).some((s) => s.publicKey === manifest.signer!.publicKey)
    : false;
  const own = manifest.signer
    ? (await getIdentity(ctx, env.dataDir)).publicKey === manifest.signer.publicKey
    : false;
  const existing = await existingPlan(ctx, manifest.planId);
  const copies = await reviewCopies(ctx);
  let diff: PackageInfo['diff'] = null;
  let incomingUpdatedAt: string | null = null;
  let commentCount = 0;
  let reviewOfKnown = false;
  if (opened.status !== 'altered') {
    if (manifest.kind === 'plan') {
      const incoming = readPlan(opened);
      incomingUpdatedAt = lastChange(incoming);
      commentCount = incoming.comments.length;
      if (existing) diff = diffPlans(await exportPlanDocument(ctx.db, existing.id), incoming);
    } else {
      const review = readReview(opened);
      commentCount = review.comments.length;
      const exported =
        (await readSetting<Array<{ manifestHash: string }>>(ctx, EXPORTED_KEY)) ?? [];
      reviewOfKnown = exported.some((e) => e.manifestHash === review.reviewOf);
    }
  }
  return {
    kind: manifest.kind,
    planId: manifest.planId,
    planTitle: manifest.planTitle,
    created: manifest.created,
    appVersion: manifest.appVersion,
    manifestHash: opened.manifestHash,
    status: opened.status,
    problems: opened.problems,
    signer: manifest.signer,
    trusted: trusted || own,
    own,
    documents: opened.documents.map((d) => d.slice('documents/'.length)),
    incomingUpdatedAt,
    existing: existing
      ? {
          title: existing.title,
          updatedAt: existing.updated_at,
          reviewCopy: existing.id in copies,
        }
      : null,
    diff,
    commentCount,
    reviewOfKnown,
  };
}

export async function inspectPackage(
  ctx: CoreContext,
  env: PackagesEnv,
  bytes: Buffer,
): Promise<PackageInfo> {
  return describePackage(ctx, env, await openPackage(bytes));
}

function backupName(now: string, planId: string): string {
  const stamp = now.replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-');
  return `rancang-${stamp}-sebelum-ganti-${planId.slice(0, 8)}.sqlite`;
}

/** A consistent copy of the whole store, taken before a plan is replaced. */
export async function backupStore(ctx: CoreContext, env: PackagesEnv, planId: string) {
  const dir = path.join(env.dataDir, 'backups');
  const { mkdirSync } = await import('node:fs');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, backupName(ctx.now(), planId));
  await sql`vacuum into ${file}`.execute(ctx.db);
  return file;
}

async function writePlan(ctx: CoreContext, doc: PlanDocument, replace: boolean, copy?: string) {
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      if (replace) await trx.deleteFrom('plan').where('id', '=', doc.plan.id).execute();
      if (copy !== undefined) {
        const now = ctx.now();
        return insertPlanDocument(
          trx,
          {
            ...doc,
            plan: { ...doc.plan, title: copy || doc.plan.title, createdAt: now, updatedAt: now },
          },
          { newId: ctx.newId },
        );
      }
      return insertPlanDocument(trx, doc);
    });
  } catch (error) {
    if (error instanceof AppError) throw error;
    // Broken references or values the store's constraints refuse: nothing was written.
    throw new AppError('package.invalidContent', {
      name: 'plan.json',
      path: String((error as Error).message).slice(0, 120),
      issue: 'rejected_by_store',
    });
  }
}

/**
 * Imports a plan package. `new` refuses when the plan exists; `replace` backs the store up,
 * then swaps the plan in one transaction; `copy` gives every entity a fresh id; `review`
 * stores a read-only review copy (replacing an earlier review copy of the same plan).
 */
export async function importPackage(
  ctx: CoreContext,
  env: PackagesEnv,
  bytes: Buffer,
  mode: ImportMode,
  title?: string,
): Promise<{ planId: string; backupFile: string | null }> {
  const opened = await openPackage(bytes);
  requireIntact(opened);
  const doc = readPlan(opened);
  const existing = await existingPlan(ctx, doc.plan.id);
  const copies = await reviewCopies(ctx);
  if (mode === 'copy')
    return { planId: await writePlan(ctx, doc, false, title ?? ''), backupFile: null };
  if (mode === 'review') {
    if (existing && !(existing.id in copies)) throw new AppError('package.planExists');
    const planId = await writePlan(ctx, doc, Boolean(existing));
    copies[planId] = {
      manifestHash: opened.manifestHash,
      signerName: opened.manifest.signer?.name ?? null,
      fingerprint: opened.manifest.signer?.fingerprint ?? null,
      openedAt: ctx.now(),
    };
    await writeSetting(ctx, REVIEW_COPIES_KEY, copies);
    return { planId, backupFile: null };
  }
  if (existing && mode === 'new') throw new AppError('package.planExists');
  let backupFile: string | null = null;
  if (existing) backupFile = await backupStore(ctx, env, doc.plan.id);
  const planId = await writePlan(ctx, doc, Boolean(existing));
  if (planId in copies) {
    delete copies[planId];
    await writeSetting(ctx, REVIEW_COPIES_KEY, copies);
  }
  return { planId, backupFile };
}

export { sha256 };
