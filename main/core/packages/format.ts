/**
 * The `*.rancang` package format (see FORMAT.md beside this file): entry names, the manifest and
 * review schemas, and the limits a reader enforces on untrusted packages.
 */
import { z } from 'zod';
import { planDocumentSchema } from '../../../shared/plan-document';

/**
 * The format version this app writes. Packages with a higher version are refused.
 * 1: Rancang 0.1.0. 2: adds the optional logo entry `assets/logo.png|jpg` (and the optional
 * `plan.lastModifiedBy` in plan.json, which plan schema 1 reads either way).
 */
export const PACKAGE_FORMAT_VERSION = 2;
export const PACKAGE_FORMAT_NAME = 'rancang-package';
export const PACKAGE_EXTENSION = '.rancang';

export const MANIFEST_ENTRY = 'manifest.json';
export const SIGNATURE_ENTRY = 'signature.json';
export const PLAN_ENTRY = 'plan.json';
export const REVIEW_ENTRY = 'review.json';
/** Exported PDFs: `documents/<lowercase-name>.pdf`. */
export const DOCUMENT_ENTRY = /^documents\/[a-z0-9][a-z0-9-]{0,79}\.pdf$/;

/** The regency's logo for the covers (optional, plan packages): PNG or JPEG. */
export const LOGO_ENTRY = /^assets\/logo\.(png|jpg)$/;

/** Whether a zip entry name is one this format knows. Everything else is refused. */
export function isKnownEntry(name: string): boolean {
  return (
    name === MANIFEST_ENTRY ||
    name === SIGNATURE_ENTRY ||
    name === PLAN_ENTRY ||
    name === REVIEW_ENTRY ||
    DOCUMENT_ENTRY.test(name) ||
    LOGO_ENTRY.test(name)
  );
}

/** Limits checked while reading (before and during inflation). */
export const LIMITS = {
  /** Size of the package file itself. */
  fileBytes: 300 * 1024 * 1024,
  entries: 64,
  jsonBytes: 64 * 1024 * 1024,
  pdfBytes: 64 * 1024 * 1024,
  /** The logo, as the documents step accepts it (LOGO_MAX_BYTES). */
  logoBytes: 1_000_000,
  totalBytes: 256 * 1024 * 1024,
  /** Inflated / compressed, checked once an entry has inflated past `ratioFloorBytes`. */
  ratio: 200,
  ratioFloorBytes: 1024 * 1024,
} as const;

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);
const shortText = z.string().max(500);
const instant = z.string().max(40);

export const signerSchema = z
  .object({
    name: shortText.min(1),
    instansi: shortText,
    email: shortText,
    /** Raw 32-byte Ed25519 public key, base64. */
    publicKey: z.string().regex(/^[A-Za-z0-9+/]{43}=$/),
    /** First 16 hex digits of SHA-256(public key), grouped by four. */
    fingerprint: z.string().max(40),
  })
  .strict();
export type Signer = z.infer<typeof signerSchema>;

/** Only what is needed to decide whether this app can read the rest. */
export const manifestHeadSchema = z.object({
  format: z.literal(PACKAGE_FORMAT_NAME),
  formatVersion: z.number().int().min(1),
});

export const manifestSchema = z
  .object({
    format: z.literal(PACKAGE_FORMAT_NAME),
    /** Older versions pass here after their migrations (the signed bytes stay as written). */
    formatVersion: z.number().int().min(1).max(PACKAGE_FORMAT_VERSION),
    appVersion: shortText,
    kind: z.enum(['plan', 'review']),
    planId: z.string().min(1).max(64),
    planTitle: shortText,
    /** Schema version of the plan document (plan packages) or of the review (review files). */
    schemaVersion: z.number().int().min(1),
    created: instant,
    /** Review files: SHA-256 of the manifest of the package they review. */
    reviewOf: sha256Hex.nullable(),
    signer: signerSchema.nullable(),
    entries: z
      .record(z.string().max(120), z.object({ sha256: sha256Hex, size: z.number().int().min(0) }))
      .refine((e) => Object.keys(e).length <= LIMITS.entries),
  })
  .strict();
export type Manifest = z.infer<typeof manifestSchema>;

export const signatureFileSchema = z
  .object({
    algorithm: z.literal('Ed25519'),
    publicKey: z.string().regex(/^[A-Za-z0-9+/]{43}=$/),
    /** Ed25519 signature (64 bytes, base64) over the exact bytes of manifest.json. */
    signature: z.string().regex(/^[A-Za-z0-9+/]{86}==$/),
  })
  .strict();
export type SignatureFile = z.infer<typeof signatureFileSchema>;

export const REVIEW_SCHEMA_VERSION = 1;
export const reviewCommentSchema = planDocumentSchema.shape.comments.element;
export type ReviewComment = z.infer<typeof reviewCommentSchema>;

export const reviewDocumentSchema = z
  .object({
    schemaVersion: z.literal(REVIEW_SCHEMA_VERSION),
    planId: z.string().min(1).max(64),
    reviewOf: sha256Hex,
    reviewer: z.object({ name: shortText, instansi: shortText, email: shortText }).strict(),
    comments: z.array(reviewCommentSchema).max(5000),
  })
  .strict();
export type ReviewDocument = z.infer<typeof reviewDocumentSchema>;
