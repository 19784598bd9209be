/**
 * Review comments: reviewers add them on a read-only review copy and export a signed review
 * file bound to the package they reviewed; authors import it, answer and resolve. Comments are
 * part of the plan document, so the answers travel with the next package.
 */
import type { ParsedInput } from '../../../shared/contract';
import type { Comment, ReviewStatus } from '../../../shared/contract/packages';
import { AppError } from '../../../shared/errors';
import type { CoreContext } from '../context';
import { REVIEW_SCHEMA_VERSION, type ReviewDocument } from '../packages/format';
import { requireSigner } from '../packages/identity.service';
import {
  buildPackage,
  canonicalJson,
  openPackage,
  readReview,
  requireIntact,
} from '../packages/package';
import { packageFileName, reviewCopies, type PackagesEnv } from '../packages/packages.service';

type Row = {
  id: string;
  target_type: string;
  target_id: string;
  severity: string;
  body: string;
  author_name: string;
  author_instansi: string;
  created_at: string;
  reply: string;
  replied_at: string | null;
  resolved_at: string | null;
  updated_at: string;
};

const toComment = (c: Row): Comment => ({
  id: c.id,
  targetType: c.target_type,
  targetId: c.target_id,
  severity: c.severity,
  body: c.body,
  authorName: c.author_name,
  authorInstansi: c.author_instansi,
  createdAt: c.created_at,
  reply: c.reply,
  repliedAt: c.replied_at,
  resolvedAt: c.resolved_at,
  updatedAt: c.updated_at,
});

async function requirePlan(ctx: CoreContext, planId: string) {
  const plan = await ctx.db
    .selectFrom('plan')
    .select(['id', 'title'])
    .where('id', '=', planId)
    .executeTakeFirst();
  if (!plan) throw new AppError('plan.notFound');
  return plan;
}

export async function reviewStatus(ctx: CoreContext, planId: string): Promise<ReviewStatus> {
  await requirePlan(ctx, planId);
  const copy = (await reviewCopies(ctx))[planId];
  return {
    reviewMode: Boolean(copy),
    manifestHash: copy?.manifestHash ?? null,
    signerName: copy?.signerName ?? null,
    fingerprint: copy?.fingerprint ?? null,
    openedAt: copy?.openedAt ?? null,
  };
}

export async function listComments(ctx: CoreContext, planId: string): Promise<Comment[]> {
  await requirePlan(ctx, planId);
  const rows = await ctx.db
    .selectFrom('review_comment')
    .selectAll()
    .where('plan_id', '=', planId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(toComment);
}

async function getComment(ctx: CoreContext, planId: string, commentId: string) {
  const row = await ctx.db
    .selectFrom('review_comment')
    .selectAll()
    .where('plan_id', '=', planId)
    .where('id', '=', commentId)
    .executeTakeFirst();
  if (!row) throw new AppError('review.commentNotFound');
  return row;
}

export async function addComment(
  ctx: CoreContext,
  env: PackagesEnv,
  input: ParsedInput<'review.add'>,
): Promise<Comment> {
  await requirePlan(ctx, input.planId);
  const { identity } = await requireSigner(ctx, env.dataDir);
  const now = ctx.now();
  const id = ctx.newId();
  await ctx.db
    .insertInto('review_comment')
    .values({
      id,
      plan_id: input.planId,
      updated_at: now,
      target_type: input.targetType,
      target_id: input.targetId,
      severity: input.severity,
      body: input.body,
      author_name: identity.name,
      author_instansi: identity.instansi,
      created_at: now,
      reply: '',
      replied_at: null,
      resolved_at: null,
    })
    .execute();
  return toComment(await getComment(ctx, input.planId, id));
}

export async function removeComment(ctx: CoreContext, planId: string, commentId: string) {
  await getComment(ctx, planId, commentId);
  await ctx.db
    .deleteFrom('review_comment')
    .where('plan_id', '=', planId)
    .where('id', '=', commentId)
    .execute();
  return { ok: true as const };
}

/** Answers and resolutions are the author's: refused on a review copy. */
async function requireAuthorCopy(ctx: CoreContext, planId: string) {
  if ((await reviewCopies(ctx))[planId]) throw new AppError('review.readOnly');
}

export async function replyComment(
  ctx: CoreContext,
  input: ParsedInput<'review.reply'>,
): Promise<Comment> {
  await requireAuthorCopy(ctx, input.planId);
  await getComment(ctx, input.planId, input.commentId);
  const now = ctx.now();
  await ctx.db
    .updateTable('review_comment')
    .set({ reply: input.reply, replied_at: input.reply ? now : null, updated_at: now })
    .where('plan_id', '=', input.planId)
    .where('id', '=', input.commentId)
    .execute();
  return toComment(await getComment(ctx, input.planId, input.commentId));
}

export async function resolveComment(
  ctx: CoreContext,
  input: ParsedInput<'review.resolve'>,
): Promise<Comment> {
  await requireAuthorCopy(ctx, input.planId);
  await getComment(ctx, input.planId, input.commentId);
  const now = ctx.now();
  await ctx.db
    .updateTable('review_comment')
    .set({ resolved_at: input.resolved ? now : null, updated_at: now })
    .where('plan_id', '=', input.planId)
    .where('id', '=', input.commentId)
    .execute();
  return toComment(await getComment(ctx, input.planId, input.commentId));
}

/** The signed review file of a review copy, bound to the package it was opened from. */
export async function exportReview(
  ctx: CoreContext,
  env: PackagesEnv,
  planId: string,
): Promise<{ fileName: string; bytes: Buffer }> {
  const plan = await requirePlan(ctx, planId);
  const copy = (await reviewCopies(ctx))[planId];
  if (!copy) throw new AppError('package.wrongKind', { kind: 'plan' });
  const signer = await requireSigner(ctx, env.dataDir);
  const review: ReviewDocument = {
    schemaVersion: REVIEW_SCHEMA_VERSION,
    planId,
    reviewOf: copy.manifestHash,
    reviewer: signer.identity,
    comments: await listComments(ctx, planId),
  };
  const bytes = await buildPackage({
    kind: 'review',
    planId,
    planTitle: plan.title,
    appVersion: env.appVersion,
    created: ctx.now(),
    content: canonicalJson(review),
    reviewOf: copy.manifestHash,
    signer,
  });
  return { fileName: packageFileName(plan.title, '-tinjauan'), bytes };
}

/**
 * Attaches a review's comments to the plan, all or nothing: new comments are added, known ones
 * take the reviewer's text and severity but keep the author's answer and resolution.
 */
export async function importReview(
  ctx: CoreContext,
  bytes: Buffer,
): Promise<{ planId: string; added: number; updated: number }> {
  const opened = await openPackage(bytes);
  requireIntact(opened);
  const review = readReview(opened);
  const plan = await ctx.db
    .selectFrom('plan')
    .select('id')
    .where('id', '=', review.planId)
    .executeTakeFirst();
  if (!plan) throw new AppError('review.planMissing', { title: opened.manifest.planTitle });
  let added = 0;
  let updated = 0;
  await ctx.db.transaction().execute(async (trx) => {
    for (const c of review.comments) {
      const existing = await trx
        .selectFrom('review_comment')
        .select(['id', 'plan_id'])
        .where('id', '=', c.id)
        .executeTakeFirst();
      if (existing && existing.plan_id !== review.planId) {
        throw new AppError('review.notForThisPlan');
      }
      if (existing) {
        await trx
          .updateTable('review_comment')
          .set({
            target_type: c.targetType,
            target_id: c.targetId,
            severity: c.severity,
            body: c.body,
            updated_at: c.updatedAt,
          })
          .where('id', '=', c.id)
          .execute();
        updated++;
      } else {
        await trx
          .insertInto('review_comment')
          .values({
            id: c.id,
            plan_id: review.planId,
            updated_at: c.updatedAt,
            target_type: c.targetType,
            target_id: c.targetId,
            severity: c.severity,
            body: c.body,
            author_name: c.authorName,
            author_instansi: c.authorInstansi,
            created_at: c.createdAt,
            reply: c.reply,
            replied_at: c.repliedAt,
            resolved_at: c.resolvedAt,
          })
          .execute();
        added++;
      }
    }
  });
  return { planId: review.planId, added, updated };
}
