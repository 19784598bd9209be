/**
 * Builds the corpus of hostile packages the reader must refuse, each with the error code it
 * must give. Used by the unit tests and the CLI test; `node` can also write it to a folder
 * (see FORMAT.md) to try the app by hand.
 */
import { generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import type { ErrorCode } from '../../../../shared/errors';
import type { PlanDocument } from '../../../../shared/plan-document';
import { buildPackage, canonicalJson } from '../package';
import { rawZip } from './raw-zip';

export interface HostileCase {
  name: string;
  bytes: Buffer;
  /** Accepted error codes (the first is the expected one). */
  codes: ErrorCode[];
}

const signerKey = generateKeyPairSync('ed25519').privateKey;

export async function validPackage(
  doc: PlanDocument,
  content?: Buffer,
  privateKey: KeyObject = signerKey,
) {
  return buildPackage({
    kind: 'plan',
    planId: doc.plan.id,
    planTitle: doc.plan.title,
    appVersion: 'test',
    created: '2026-11-28T00:00:00.000Z',
    content: content ?? canonicalJson(doc),
    signer: { identity: { name: 'Uji', instansi: 'Uji', email: '' }, privateKey },
  });
}

/** Unsigned package with arbitrary plan.json bytes but a correct manifest. */
function unsignedWith(doc: PlanDocument, content: Buffer) {
  return buildPackage({
    kind: 'plan',
    planId: doc.plan.id,
    planTitle: doc.plan.title,
    appVersion: 'test',
    created: '2026-11-28T00:00:00.000Z',
    content,
    signer: null,
  });
}

export async function hostileCorpus(doc: PlanDocument): Promise<HostileCase[]> {
  const good = await validPackage(doc);
  const text = Buffer.from('{}');
  const manyEntries = Array.from({ length: 100_000 }, (_, i) => ({
    name: `documents/f${i}.pdf`,
    data: Buffer.alloc(0),
    deflate: false,
  }));
  const hugeString = structuredClone(doc);
  hugeString.plan.title = 'A'.repeat(5_000_000);
  const corrupted = Buffer.from(good);
  for (let i = Math.floor(corrupted.length / 3); i < corrupted.length / 3 + 64; i++) {
    corrupted[i] = corrupted[i]! ^ 0x5a;
  }
  return [
    {
      name: 'zip-slip',
      bytes: rawZip([{ name: '../../evil.json', data: text }]),
      codes: ['package.unsafeEntry'],
    },
    {
      name: 'absolute-path',
      bytes: rawZip([{ name: '/etc/cron.d/evil', data: text }]),
      codes: ['package.unsafeEntry'],
    },
    {
      name: 'windows-absolute-path',
      bytes: rawZip([{ name: 'C:/Windows/evil.json', data: text }]),
      codes: ['package.unsafeEntry'],
    },
    {
      name: 'backslash-path',
      bytes: rawZip([{ name: 'documents\\..\\..\\evil.pdf', data: text }]),
      codes: ['package.unsafeEntry'],
    },
    {
      name: 'symlink',
      bytes: rawZip([{ name: 'plan.json', data: Buffer.from('/etc/passwd'), mode: 0o120777 }]),
      codes: ['package.unsafeEntry'],
    },
    {
      name: 'unknown-entry',
      bytes: rawZip([{ name: 'autorun.exe', data: text }]),
      codes: ['package.unknownEntry'],
    },
    {
      name: 'duplicate-entry',
      bytes: rawZip([
        { name: 'plan.json', data: text },
        { name: 'plan.json', data: text },
      ]),
      codes: ['package.duplicateEntry'],
    },
    {
      name: 'zip-bomb',
      bytes: rawZip([{ name: 'plan.json', data: Buffer.alloc(40 * 1024 * 1024, 0x20) }]),
      codes: ['package.bomb'],
    },
    {
      name: 'zip-bomb-lying-size',
      bytes: rawZip([
        { name: 'plan.json', data: Buffer.alloc(8 * 1024 * 1024, 0x20), declaredSize: 1000 },
      ]),
      codes: ['package.bomb'],
    },
    {
      name: 'declared-huge-entry',
      bytes: rawZip([{ name: 'plan.json', data: text, declaredSize: 0xfffffff0 }]),
      codes: ['package.entryTooLarge'],
    },
    { name: '100000-entries', bytes: rawZip(manyEntries), codes: ['package.tooManyEntries'] },
    {
      name: 'truncated',
      bytes: good.subarray(0, Math.floor(good.length / 2)),
      codes: ['package.unreadable'],
    },
    {
      name: 'corrupted',
      bytes: corrupted,
      codes: [
        'package.unreadable',
        'package.bomb',
        'package.altered',
        'package.invalidJson',
        'package.invalidContent',
      ],
    },
    {
      name: 'not-a-zip',
      bytes: Buffer.from('%PDF-1.7 bukan paket'),
      codes: ['package.unreadable'],
    },
    { name: 'empty-file', bytes: Buffer.alloc(0), codes: ['package.unreadable'] },
    {
      name: 'no-manifest',
      bytes: rawZip([{ name: 'plan.json', data: text }]),
      codes: ['package.missingEntry'],
    },
    {
      name: 'invalid-json',
      bytes: await unsignedWith(doc, Buffer.from('{"schemaVersion": 1, "plan": ')),
      codes: ['package.invalidJson'],
    },
    {
      name: 'wrong-schema',
      bytes: await unsignedWith(
        doc,
        canonicalJson({ schemaVersion: 1, plan: { id: doc.plan.id } }),
      ),
      codes: ['package.invalidContent'],
    },
    {
      name: 'huge-strings',
      bytes: await unsignedWith(doc, canonicalJson(hugeString)),
      codes: ['package.invalidContent'],
    },
    {
      name: 'newer-format',
      bytes: rawZip([
        {
          name: 'manifest.json',
          data: canonicalJson({ format: 'rancang-package', formatVersion: 99, kind: 'plan' }),
        },
        { name: 'plan.json', data: canonicalJson(doc) },
      ]),
      codes: ['package.newerFormat'],
    },
    {
      // A newer app's new entry: "perbarui Rancang", not "unknown entry".
      name: 'newer-format-new-entry',
      bytes: rawZip([
        {
          name: 'manifest.json',
          data: canonicalJson({ format: 'rancang-package', formatVersion: 99, kind: 'plan' }),
        },
        { name: 'plan.json', data: canonicalJson(doc) },
        { name: 'assets/peta.geojson', data: text },
      ]),
      codes: ['package.newerFormat'],
    },
    {
      name: 'newer-plan-schema',
      bytes: await unsignedWith(doc, canonicalJson({ ...doc, schemaVersion: 2 })),
      codes: ['package.invalidContent', 'package.newerFormat'],
    },
    {
      // Signed and correctly hashed, but the "logo" is a script, not a PNG.
      name: 'logo-not-an-image',
      bytes: await withLogo(doc, 'png', Buffer.from('<script>alert(1)</script>')),
      codes: ['package.invalidContent'],
    },
    {
      name: 'logo-jpeg-named-png',
      bytes: await withLogo(doc, 'png', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10])),
      codes: ['package.invalidContent'],
    },
    {
      name: 'logo-too-large',
      bytes: await withLogo(doc, 'png', Buffer.concat([PNG_SIGNATURE, randomBytes(1_100_000)])),
      codes: ['package.entryTooLarge'],
    },
    {
      name: 'logo-svg',
      bytes: rawZip([{ name: 'assets/logo.svg', data: text }]),
      codes: ['package.unknownEntry'],
    },
  ];
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A signed package whose logo entry holds the given bytes. */
function withLogo(doc: PlanDocument, ext: 'png' | 'jpg', bytes: Buffer) {
  return buildPackage({
    kind: 'plan',
    planId: doc.plan.id,
    planTitle: doc.plan.title,
    appVersion: 'test',
    created: '2026-11-28T00:00:00.000Z',
    content: canonicalJson(doc),
    logo: { ext, bytes },
    signer: { identity: { name: 'Uji', instansi: 'Uji', email: '' }, privateKey: signerKey },
  });
}
