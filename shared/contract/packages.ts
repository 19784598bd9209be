/** Contract of plan packages (`*.rancang`), the signing identity, and reviews. */
import { z } from 'zod';
import { stepIds } from './foundation';
import { method } from './method';

const uuid = z.string().min(1).max(64);
const planRef = z.object({ planId: uuid });
const done = z.object({ ok: z.literal(true) });
const empty = z.object({}).strict();
const shortText = z.string().max(500);
/** A package travels as base64 over the RPC pipe (the browser host accepts 10 MB bodies). */
const packageData = z.string().min(1).max(14_000_000);
const publicKey = z.string().regex(/^[A-Za-z0-9+/]{43}=$/);

export const identitySchema = z.object({
  name: z.string().trim().min(1).max(200),
  instansi: z.string().trim().min(1).max(300),
  email: z.string().trim().max(200),
});
export type IdentityInput = z.infer<typeof identitySchema>;

export const identityInfoSchema = z.object({
  identity: z.object({ name: z.string(), instansi: z.string(), email: z.string() }).nullable(),
  publicKey: z.string().nullable(),
  fingerprint: z.string().nullable(),
});
export type IdentityInfo = z.infer<typeof identityInfoSchema>;

export const signerInfoSchema = z.object({
  name: z.string(),
  instansi: z.string(),
  email: z.string(),
  publicKey: z.string(),
  fingerprint: z.string(),
});

export const trustedSignerSchema = z.object({
  publicKey: z.string(),
  fingerprint: z.string(),
  name: z.string(),
  instansi: z.string(),
  trustedAt: z.string(),
});

export const integrityStatusSchema = z.enum(['intact', 'altered', 'unsigned']);
export type IntegrityStatus = z.infer<typeof integrityStatusSchema>;

export const diffPartSchema = z.enum([...stepIds, 'comments']);
export const stepDiffSchema = z.object({
  part: diffPartSchema,
  added: z.number().int(),
  removed: z.number().int(),
  changed: z.number().int(),
});
export type StepDiff = z.infer<typeof stepDiffSchema>;

export const modifiedBySchema = z.object({
  name: z.string(),
  instansi: z.string(),
  at: z.string(),
});
export type ModifiedBy = z.infer<typeof modifiedBySchema>;

export const packageInfoSchema = z.object({
  kind: z.enum(['plan', 'review']),
  planId: z.string(),
  planTitle: z.string(),
  created: z.string(),
  appVersion: z.string(),
  manifestHash: z.string(),
  status: integrityStatusSchema,
  problems: z.array(z.object({ kind: z.string(), name: z.string() })),
  signer: signerInfoSchema.nullable(),
  trusted: z.boolean(),
  /** The signer is this installation itself. */
  own: z.boolean(),
  documents: z.array(z.string()),
  /** Last change inside the incoming plan (plan packages). */
  incomingUpdatedAt: z.string().nullable(),
  /** Who last changed the incoming plan, when its author's app recorded it. */
  incomingModifiedBy: modifiedBySchema.nullable(),
  /** The plan with the same id already in this store, if any. */
  existing: z
    .object({
      title: z.string(),
      updatedAt: z.string(),
      reviewCopy: z.boolean(),
      /** Who last changed the plan in this store, when known. */
      modifiedBy: modifiedBySchema.nullable(),
      /** Comments in the store's copy (a review copy: the reviewer's own, kept on update). */
      comments: z.number().int(),
    })
    .nullable(),
  diff: z.array(stepDiffSchema).nullable(),
  /** Review files: number of comments, and whether they review a package exported here. */
  commentCount: z.number().int(),
  reviewOfKnown: z.boolean(),
});
export type PackageInfo = z.infer<typeof packageInfoSchema>;

export const importModeSchema = z.enum(['new', 'replace', 'copy', 'review']);
export type ImportMode = z.infer<typeof importModeSchema>;

export const commentSeveritySchema = z.enum(['info', 'minor', 'major', 'kritis']);
export type CommentSeverity = z.infer<typeof commentSeveritySchema>;
export const commentTargetTypeSchema = z.enum([
  'plan',
  'profile',
  'rpjmd_item',
  'statement',
  'pillar',
  'sub_dimension',
  'swot',
  'strategic_issue',
  'programme',
  'quickwin',
  'roadmap',
  'document',
  /** A chapter or section of a book: `buku2:3.2` (see main/core/review/document-sections.ts). */
  'document_section',
]);
export type CommentTargetType = z.infer<typeof commentTargetTypeSchema>;

export const commentSchema = z.object({
  id: z.string(),
  targetType: z.string(),
  targetId: z.string(),
  severity: z.string(),
  body: z.string(),
  authorName: z.string(),
  authorInstansi: z.string(),
  createdAt: z.string(),
  reply: z.string(),
  repliedAt: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  updatedAt: z.string(),
});
export type Comment = z.infer<typeof commentSchema>;

export const reviewStatusSchema = z.object({
  reviewMode: z.boolean(),
  manifestHash: z.string().nullable(),
  signerName: z.string().nullable(),
  fingerprint: z.string().nullable(),
  openedAt: z.string().nullable(),
});
export type ReviewStatus = z.infer<typeof reviewStatusSchema>;

export const documentSectionSchema = z.object({
  id: z.string(),
  book: z.string(),
  number: z.string(),
  title: z.string(),
  chapter: z.string(),
  level: z.number().int(),
});
export type DocumentSection = z.infer<typeof documentSectionSchema>;

const fileOut = z.object({ fileName: z.string(), dataBase64: z.string() });

export const packagesMethods = {
  'identity.get': method(empty, identityInfoSchema),
  'identity.set': method(identitySchema.strict(), identityInfoSchema),
  'packages.export': method(
    planRef.extend({ withPdf: z.boolean().default(false) }).strict(),
    fileOut.extend({ manifestHash: z.string() }),
  ),
  'packages.inspect': method(z.object({ data: packageData }).strict(), packageInfoSchema),
  'packages.import': method(
    z.object({ data: packageData, mode: importModeSchema, title: shortText.optional() }).strict(),
    z.object({
      planId: z.string(),
      backupFile: z.string().nullable(),
      /** Re-opening a newer version for review: the reviewer's comments carried over… */
      keptComments: z.number().int().optional(),
      /** …of which concern an item the new version no longer has (kept all the same). */
      orphanedComments: z.number().int().optional(),
    }),
  ),
  /** A package the desktop shell opened (menu, file association), by its one-time token. */
  'packages.takePending': method(
    z.object({ token: z.string().uuid() }).strict(),
    z.object({ fileName: z.string(), data: z.string() }),
  ),
  'packages.trusted': method(empty, z.array(trustedSignerSchema)),
  'packages.trust': method(
    z.object({ publicKey, name: shortText, instansi: shortText }).strict(),
    z.array(trustedSignerSchema),
  ),
  'packages.untrust': method(z.object({ publicKey }).strict(), z.array(trustedSignerSchema)),
  'review.status': method(planRef.strict(), reviewStatusSchema),
  /** Ids of the plans that are review copies (read-only, opened from a package). */
  'review.copies': method(empty, z.array(z.string())),
  /** The books' chapters and sections, numbered as in the PDFs, as comment targets. */
  'review.documentSections': method(
    planRef.extend({ lang: z.enum(['id', 'en']) }).strict(),
    z.array(documentSectionSchema),
  ),
  'review.list': method(planRef.strict(), z.array(commentSchema)),
  'review.add': method(
    planRef
      .extend({
        targetType: commentTargetTypeSchema,
        targetId: z.string().max(64),
        severity: commentSeveritySchema,
        body: z.string().trim().min(1).max(20_000),
      })
      .strict(),
    commentSchema,
  ),
  'review.remove': method(planRef.extend({ commentId: uuid }).strict(), done),
  'review.reply': method(
    planRef.extend({ commentId: uuid, reply: z.string().trim().max(20_000) }).strict(),
    commentSchema,
  ),
  'review.resolve': method(
    planRef.extend({ commentId: uuid, resolved: z.boolean() }).strict(),
    commentSchema,
  ),
  'review.export': method(planRef.strict(), fileOut),
  'review.import': method(
    z.object({ data: packageData }).strict(),
    z.object({ planId: z.string(), added: z.number().int(), updated: z.number().int() }),
  ),
} as const;
