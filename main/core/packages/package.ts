/**
 * Builds and opens `*.rancang` packages: manifest with the SHA-256 of every other entry, a
 * detached Ed25519 signature over the exact manifest bytes, and the checks on opening.
 */
import type { KeyObject } from 'node:crypto';
import type { z } from 'zod';
import { AppError } from '../../../shared/errors';
import {
  PLAN_DOCUMENT_SCHEMA_VERSION,
  planDocumentSchema,
  type PlanDocument,
} from '../../../shared/plan-document';
import {
  LIMITS,
  LOGO_ENTRY,
  MANIFEST_ENTRY,
  manifestHeadSchema,
  manifestSchema,
  PACKAGE_FORMAT_NAME,
  PACKAGE_FORMAT_VERSION,
  PLAN_ENTRY,
  REVIEW_ENTRY,
  REVIEW_SCHEMA_VERSION,
  reviewDocumentSchema,
  SIGNATURE_ENTRY,
  signatureFileSchema,
  type Manifest,
  type ReviewDocument,
  type Signer,
} from './format';
import { migratePackage } from './migrations';
import { fingerprint, rawPublicKey, sha256, signBytes, verifyBytes } from './signing';
import { readZipEntries, type ZipLimits } from './zip-reader';
import { zipEntries } from './zip-writer';

export interface Identity {
  name: string;
  instansi: string;
  email: string;
}

export interface BuildOptions {
  kind: 'plan' | 'review';
  planId: string;
  planTitle: string;
  appVersion: string;
  created: string;
  /** plan.json or review.json, already serialized. */
  content: Buffer;
  documents?: Array<{ fileName: string; bytes: Uint8Array }>;
  /** The regency's logo (plan packages), as `assets/logo.png|jpg`. */
  logo?: { ext: 'png' | 'jpg'; bytes: Buffer } | null;
  reviewOf?: string | null;
  signer: { identity: Identity; privateKey: KeyObject } | null;
}

/** Canonical serialization of plan and review documents: stable key order, two-space indent. */
export function canonicalJson(value: unknown): Buffer {
  return Buffer.from(JSON.stringify(value, null, 2) + '\n', 'utf8');
}

export async function buildPackage(options: BuildOptions): Promise<Buffer> {
  const contentEntry = options.kind === 'plan' ? PLAN_ENTRY : REVIEW_ENTRY;
  const files: Array<[string, Buffer]> = [[contentEntry, options.content]];
  for (const d of options.documents ?? []) {
    files.push([`documents/${d.fileName}`, Buffer.from(d.bytes)]);
  }
  if (options.logo) files.push([`assets/logo.${options.logo.ext}`, options.logo.bytes]);
  let signer: Signer | null = null;
  if (options.signer) {
    const publicKey = rawPublicKey(options.signer.privateKey).toString('base64');
    signer = { ...options.signer.identity, publicKey, fingerprint: fingerprint(publicKey) };
  }
  const manifest: Manifest = {
    format: PACKAGE_FORMAT_NAME,
    formatVersion: PACKAGE_FORMAT_VERSION,
    appVersion: options.appVersion,
    kind: options.kind,
    planId: options.planId,
    planTitle: options.planTitle,
    schemaVersion: options.kind === 'plan' ? PLAN_DOCUMENT_SCHEMA_VERSION : REVIEW_SCHEMA_VERSION,
    created: options.created,
    reviewOf: options.reviewOf ?? null,
    signer,
    entries: Object.fromEntries(
      files.map(([name, bytes]) => [name, { sha256: sha256(bytes), size: bytes.length }]),
    ),
  };
  const manifestBytes = canonicalJson(manifest);
  const entries: Array<[string, Buffer]> = [[MANIFEST_ENTRY, manifestBytes]];
  if (options.signer && signer) {
    entries.push([
      SIGNATURE_ENTRY,
      canonicalJson({
        algorithm: 'Ed25519',
        publicKey: signer.publicKey,
        signature: signBytes(options.signer.privateKey, manifestBytes),
      }),
    ]);
  }
  return zipEntries([...entries, ...files], new Date(options.created));
}

export type IntegrityStatus = 'intact' | 'altered' | 'unsigned';

export interface IntegrityProblem {
  kind:
    | 'extraEntry'
    | 'missingEntry'
    | 'changedEntry'
    | 'badSignature'
    | 'keyMismatch'
    | 'signatureRemoved';
  name: string;
}

export interface OpenedPackage {
  manifest: Manifest;
  /** SHA-256 of the exact manifest bytes: what a review file binds to. */
  manifestHash: string;
  status: IntegrityStatus;
  problems: IntegrityProblem[];
  entries: Map<string, Buffer>;
  documents: string[];
}

function parseJson(entries: Map<string, Buffer>, name: string): unknown {
  const bytes = entries.get(name);
  if (!bytes) throw new AppError('package.missingEntry', { name });
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new AppError('package.invalidJson', { name });
  }
}

function safeJson(bytes: Buffer | undefined): unknown {
  try {
    return bytes ? JSON.parse(bytes.toString('utf8')) : null;
  } catch {
    return null;
  }
}

const KNOWN_ISSUES = new Set([
  'too_big',
  'too_small',
  'invalid_type',
  'invalid_value',
  'invalid_format',
  'unrecognized_keys',
]);

function validate<T extends z.ZodType>(schema: T, value: unknown, name: string): z.output<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw new AppError('package.invalidContent', {
    name,
    path: (issue.path.length ? issue.path.join('.') : '/').slice(0, 120),
    // Translated by the message itself (packages.issue.*), so it reads in the user's language.
    issue: KNOWN_ISSUES.has(issue.code) ? issue.code : 'other',
  });
}

/** Opens a package: every structural check, the manifest, and the integrity verdict. */
export async function openPackage(
  bytes: Buffer,
  limits: ZipLimits = LIMITS,
): Promise<OpenedPackage> {
  const unknown: string[] = [];
  let entries = await readZipEntries(bytes, limits, unknown);
  if (unknown.length > 0) {
    // A newer app may add entries: say "perbarui Rancang" rather than "unknown entry" then.
    const head = manifestHeadSchema.safeParse(safeJson(entries.get(MANIFEST_ENTRY)));
    if (head.success && head.data.formatVersion > PACKAGE_FORMAT_VERSION) {
      throw new AppError('package.newerFormat', {
        version: head.data.formatVersion,
        supported: PACKAGE_FORMAT_VERSION,
      });
    }
    throw new AppError('package.unknownEntry', { name: unknown[0]! });
  }
  const head = validate(manifestHeadSchema, parseJson(entries, MANIFEST_ENTRY), MANIFEST_ENTRY);
  if (head.formatVersion > PACKAGE_FORMAT_VERSION) {
    throw new AppError('package.newerFormat', {
      version: head.formatVersion,
      supported: PACKAGE_FORMAT_VERSION,
    });
  }
  entries = migratePackage(head.formatVersion, entries);
  const manifestBytes = entries.get(MANIFEST_ENTRY)!;
  const manifest = validate(manifestSchema, parseJson(entries, MANIFEST_ENTRY), MANIFEST_ENTRY);

  const problems: IntegrityProblem[] = [];
  for (const name of entries.keys()) {
    if (name !== MANIFEST_ENTRY && name !== SIGNATURE_ENTRY && !(name in manifest.entries)) {
      problems.push({ kind: 'extraEntry', name });
    }
  }
  for (const [name, expected] of Object.entries(manifest.entries)) {
    const actual = entries.get(name);
    if (!actual) problems.push({ kind: 'missingEntry', name });
    else if (actual.length !== expected.size || sha256(actual) !== expected.sha256) {
      problems.push({ kind: 'changedEntry', name });
    }
  }
  let signed = false;
  if (entries.has(SIGNATURE_ENTRY)) {
    signed = true;
    const parsed = signatureFileSchema.safeParse(
      (() => {
        try {
          return JSON.parse(entries.get(SIGNATURE_ENTRY)!.toString('utf8'));
        } catch {
          return null;
        }
      })(),
    );
    if (!parsed.success || !manifest.signer) {
      problems.push({ kind: 'badSignature', name: SIGNATURE_ENTRY });
    } else if (
      parsed.data.publicKey !== manifest.signer.publicKey ||
      fingerprint(manifest.signer.publicKey) !== manifest.signer.fingerprint
    ) {
      problems.push({ kind: 'keyMismatch', name: SIGNATURE_ENTRY });
    } else if (!verifyBytes(parsed.data.publicKey, manifestBytes, parsed.data.signature)) {
      problems.push({ kind: 'badSignature', name: SIGNATURE_ENTRY });
    }
  } else if (manifest.signer) {
    problems.push({ kind: 'signatureRemoved', name: SIGNATURE_ENTRY });
  }
  const status: IntegrityStatus = problems.length ? 'altered' : signed ? 'intact' : 'unsigned';
  return {
    manifest,
    manifestHash: sha256(manifestBytes),
    status,
    problems,
    entries,
    documents: [...entries.keys()].filter((n) => n.startsWith('documents/')),
  };
}

/** Refuses an altered package, naming the first problem. */
export function requireIntact(opened: OpenedPackage): void {
  if (opened.status === 'altered') {
    throw new AppError('package.altered', { detail: opened.problems[0]!.name });
  }
}

export function readPlan(opened: OpenedPackage): PlanDocument {
  if (opened.manifest.kind !== 'plan') throw new AppError('package.wrongKind', { kind: 'review' });
  if (opened.manifest.schemaVersion > PLAN_DOCUMENT_SCHEMA_VERSION) {
    throw new AppError('package.newerFormat', {
      version: opened.manifest.schemaVersion,
      supported: PLAN_DOCUMENT_SCHEMA_VERSION,
    });
  }
  const doc = validate(planDocumentSchema, parseJson(opened.entries, PLAN_ENTRY), PLAN_ENTRY);
  readPlanLogo(opened);
  if (doc.plan.id !== opened.manifest.planId) {
    throw new AppError('package.invalidContent', {
      name: PLAN_ENTRY,
      path: 'plan.id',
      issue: 'invalid_value',
    });
  }
  return doc;
}

const LOGO_TYPES = { png: 'image/png', jpg: 'image/jpeg' } as const;

function imageKind(bytes: Buffer): 'png' | 'jpg' | null {
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return 'png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpg';
  return null;
}

/**
 * The plan's logo from `assets/logo.png|jpg` as a data URL (null when the package has none).
 * At most one, and its bytes must be the image its name says (PNG or JPEG signature).
 */
export function readPlanLogo(opened: OpenedPackage): string | null {
  const names = [...opened.entries.keys()].filter((n) => LOGO_ENTRY.test(n));
  if (names.length === 0) return null;
  const name = names[0]!;
  const bytes = opened.entries.get(name)!;
  const ext = name.endsWith('.png') ? 'png' : 'jpg';
  if (names.length > 1 || opened.manifest.kind !== 'plan' || imageKind(bytes) !== ext) {
    throw new AppError('package.invalidContent', {
      name,
      path: '/',
      issue: 'invalid_format',
    });
  }
  return `data:${LOGO_TYPES[ext]};base64,${bytes.toString('base64')}`;
}

export function readReview(opened: OpenedPackage): ReviewDocument {
  if (opened.manifest.kind !== 'review') throw new AppError('package.wrongKind', { kind: 'plan' });
  readPlanLogo(opened); // a review carries no logo: refused if it has one
  const review = validate(
    reviewDocumentSchema,
    parseJson(opened.entries, REVIEW_ENTRY),
    REVIEW_ENTRY,
  );
  if (review.planId !== opened.manifest.planId || review.reviewOf !== opened.manifest.reviewOf) {
    throw new AppError('package.invalidContent', {
      name: REVIEW_ENTRY,
      path: 'planId',
      issue: 'invalid_value',
    });
  }
  return review;
}
