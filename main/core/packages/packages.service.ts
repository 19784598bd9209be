/**
 * Export, inspection and all-or-nothing import of plan packages.
 */
import path from 'node:path';
import { sql } from 'kysely';
import type { ImportMode, PackageInfo } from '../../../shared/contract/packages';
import { AppError } from '../../../shared/errors';
import type { PlanDocument } from '../../../shared/plan-document';
import type { ReferenceData } from '../../../shared/reference';
import { bookIds } from '../documents';
import { documentSections } from '../review/document-sections';
import type { CoreContext } from '../context';
import { readLogo, writeLogo } from '../documents/logo.store';
import { exportPlanDocument, insertPlanDocument } from '../plans/plan-document.repository';
import { diffPlans, lastChange } from './diff';
import { PACKAGE_EXTENSION } from './format';
import { readModifiedBy, withModifiedBy, writeModifiedBy, type ModifiedBy } from './modified-by';
import { readSetting, writeSetting } from '../settings/app-setting.repository';
import { getIdentity, listTrusted, optionalSigner, requireSigner } from './identity.service';
import {
  buildPackage,
  canonicalJson,
  openPackage,
  readPlan,
  readPlanLogo,
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
  return (await readSetting<Record<string, ReviewCopy>>(ctx.db, REVIEW_COPIES_KEY)) ?? {};
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
  const doc = await withModifiedBy(ctx.db, await exportPlanDocument(ctx.db, planId));
  const bytes = await buildPackage({
    kind: 'plan',
    planId: doc.plan.id,
    planTitle: doc.plan.title,
    appVersion: env.appVersion,
    created: ctx.now(),
    content: canonicalJson(doc),
    documents: options.documents ?? [],
    logo: logoEntry(readLogo(env.dataDir, planId)),
    signer,
  });
  const opened = await openPackage(bytes);
  const exported =
    (await readSetting<Array<{ planId: string; manifestHash: string; created: string }>>(
      ctx.db,
      EXPORTED_KEY,
    )) ?? [];
  exported.push({ planId, manifestHash: opened.manifestHash, created: opened.manifest.created });
  await writeSetting(ctx.db, EXPORTED_KEY, exported.slice(-200));
  return {
    fileName: packageFileName(doc.plan.title),
    bytes,
    manifestHash: opened.manifestHash,
    signed: signer !== null,
  };
}

/** A stored logo (data URL) as the package's `assets/logo.png|jpg`. */
function logoEntry(dataUrl: string | null): { ext: 'png' | 'jpg'; bytes: Buffer } | null {
  if (!dataUrl) return null;
  const ext = dataUrl.startsWith('data:image/png') ? 'png' : 'jpg';
  return { ext, bytes: Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64') };
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
  let incomingModifiedBy: ModifiedBy | null = null;
  let commentCount = 0;
  let reviewOfKnown = false;
  if (opened.status !== 'altered') {
    if (manifest.kind === 'plan') {
      const incoming = readPlan(opened);
      incomingUpdatedAt = lastChange(incoming);
      incomingModifiedBy = incoming.plan.lastModifiedBy ?? null;
      commentCount = incoming.comments.length;
      if (existing) diff = diffPlans(await exportPlanDocument(ctx.db, existing.id), incoming);
    } else {
      const review = readReview(opened);
      commentCount = review.comments.length;
      const exported =
        (await readSetting<Array<{ manifestHash: string }>>(ctx.db, EXPORTED_KEY)) ?? [];
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
    incomingModifiedBy,
    existing: existing
      ? {
          title: existing.title,
          updatedAt: existing.updated_at,
          reviewCopy: existing.id in copies,
          modifiedBy: await readModifiedBy(ctx.db, existing.id),
          comments: Number(
            (
              await ctx.db
                .selectFrom('review_comment')
                .select((eb) => eb.fn.countAll().as('n'))
                .where('plan_id', '=', existing.id)
                .executeTakeFirstOrThrow()
            ).n,
          ),
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
        const copyId = await insertPlanDocument(
          trx,
          {
            ...doc,
            plan: { ...doc.plan, title: copy || doc.plan.title, createdAt: now, updatedAt: now },
          },
          { newId: ctx.newId },
        );
        await writeModifiedBy(trx, copyId, doc.plan.lastModifiedBy);
        return copyId;
      }
      const planId = await insertPlanDocument(trx, doc);
      await writeModifiedBy(trx, planId, doc.plan.lastModifiedBy);
      return planId;
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
 * Re-opening a newer package of a plan under review keeps the reviewer's comments: the new
 * version's comments come first (they carry the authors' answers), then every comment of the
 * review copy that the new version does not have. A comment whose item is gone from the new
 * version is kept too (the panel shows it as concerning a removed item) and counted, so the
 * reviewer is told; nothing the reviewer wrote is lost.
 */
export function keepComments(
  previous: PlanDocument,
  incoming: PlanDocument,
  ref: ReferenceData,
): { doc: PlanDocument; kept: number; orphaned: number } {
  const known = new Set(incoming.comments.map((c) => c.id));
  const carried = previous.comments.filter((c) => !known.has(c.id));
  const exists = targetChecker(incoming, ref);
  const orphaned = carried.filter((c) => !exists(c.targetType, c.targetId)).length;
  return {
    doc: { ...incoming, comments: [...incoming.comments, ...carried] },
    kept: carried.length,
    orphaned,
  };
}

/** Whether a comment's target (type and id, see the review contract) is in the plan. */
export function targetChecker(doc: PlanDocument, ref: ReferenceData) {
  const ids = (xs: Array<{ id: string }>) => new Set(xs.map((x) => x.id));
  const pillars = new Set(ref.pillars.pillars.map((p) => p.code));
  const subs = new Set(ref.pillars.pillars.flatMap((p) => p.subDimensions.map((s) => s.code)));
  const sets: Record<string, Set<string>> = {
    plan: new Set([doc.plan.id]),
    profile: new Set([doc.plan.id]),
    rpjmd_item: ids(doc.rpjmdItems),
    statement: ids(doc.statements),
    pillar: pillars,
    sub_dimension: subs,
    swot: ids(doc.swot),
    strategic_issue: ids(doc.strategicIssues),
    programme: ids(doc.programmes),
    quickwin: ids(doc.quickWins),
    roadmap: ids(doc.programmes),
    document: new Set<string>(bookIds),
  };
  let sections: Set<string> | null = null;
  return (type: string, id: string): boolean => {
    if (type === 'document_section') {
      sections ??= new Set(documentSections(doc, ref, 'id').map((s) => s.id));
      return sections.has(id);
    }
    return sets[type]?.has(id) ?? false;
  };
}

/**
 * Imports a plan package. `new` refuses when the plan exists; `replace` backs the store up,
 * then swaps the plan in one transaction; `copy` gives every entity a fresh id; `review`
 * stores a read-only review copy (replacing an earlier review copy of the same plan).
 */
interface ImportResult {
  planId: string;
  backupFile: string | null;
  keptComments?: number;
  orphanedComments?: number;
}

export async function importPackage(
  ctx: CoreContext,
  env: PackagesEnv,
  bytes: Buffer,
  mode: ImportMode,
  title?: string,
): Promise<ImportResult> {
  const opened = await openPackage(bytes);
  requireIntact(opened);
  const doc = readPlan(opened);
  const logo = readPlanLogo(opened);
  const result = await importPlan(ctx, env, opened, doc, mode, title);
  // The logo after the plan: a package without one leaves this PC's logo as it is.
  if (logo) writeLogo(env.dataDir, result.planId, logo);
  return result;
}

async function importPlan(
  ctx: CoreContext,
  env: PackagesEnv,
  opened: OpenedPackage,
  doc: PlanDocument,
  mode: ImportMode,
  title?: string,
): Promise<ImportResult> {
  const existing = await existingPlan(ctx, doc.plan.id);
  const copies = await reviewCopies(ctx);
  if (mode === 'copy')
    return { planId: await writePlan(ctx, doc, false, title ?? ''), backupFile: null };
  if (mode === 'review') {
    if (existing && !(existing.id in copies)) throw new AppError('package.planExists');
    // A newer version of a plan under review: the reviewer's comments stay (see keepComments).
    const kept = existing
      ? keepComments(await exportPlanDocument(ctx.db, existing.id), doc, ctx.reference.data)
      : null;
    const planId = await writePlan(ctx, kept?.doc ?? doc, Boolean(existing));
    copies[planId] = {
      manifestHash: opened.manifestHash,
      signerName: opened.manifest.signer?.name ?? null,
      fingerprint: opened.manifest.signer?.fingerprint ?? null,
      openedAt: ctx.now(),
    };
    await writeSetting(ctx.db, REVIEW_COPIES_KEY, copies);
    return {
      planId,
      backupFile: null,
      ...(kept ? { keptComments: kept.kept, orphanedComments: kept.orphaned } : {}),
    };
  }
  if (existing && mode === 'new') throw new AppError('package.planExists');
  let backupFile: string | null = null;
  if (existing) backupFile = await backupStore(ctx, env, doc.plan.id);
  const planId = await writePlan(ctx, doc, Boolean(existing));
  if (planId in copies) {
    delete copies[planId];
    await writeSetting(ctx.db, REVIEW_COPIES_KEY, copies);
  }
  return { planId, backupFile };
}

export { sha256 };
