import { generateKeyPairSync } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import { loadDemoDocument } from '../demo/demo.service';
import { RESOURCES_DIR } from '../../test/helpers';
import {
  buildPackage,
  canonicalJson,
  openPackage,
  readPlan,
  readPlanLogo,
  type OpenedPackage,
} from './package';
import { PACKAGE_FORMAT_VERSION } from './format';
import { migratePackage } from './migrations';
import { hostileCorpus, validPackage } from './testing/hostile-corpus';
import { readZipEntries } from './zip-reader';
import { zipEntries } from './zip-writer';

const demo = loadDemoDocument(path.resolve(RESOURCES_DIR));
/** A 1×1 transparent PNG. */
const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

/** A small plan so that every byte of every entry can be changed in turn. */
const small = {
  ...structuredClone(demo),
  opds: [],
  team: [],
  rpjmd: null,
  rpjmdItems: [],
  indicators: [],
  statements: [],
  subDimensions: [],
  swot: [],
  strategicIssues: [],
  programmes: [],
  criteria: [],
  scores: [],
  quickWins: [],
  budgets: [],
  documentSettings: null,
  comments: [],
};

async function outcome(bytes: Buffer): Promise<string> {
  try {
    const opened = await openPackage(bytes);
    if (opened.status === 'altered') return opened.status;
    readPlan(opened);
    return opened.status;
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

async function rezip(bytes: Buffer, edit: (entries: Map<string, Buffer>) => void) {
  const entries = await readZipEntries(bytes);
  edit(entries);
  return zipEntries([...entries], new Date('2026-11-28T00:00:00Z'));
}

describe('package format', () => {
  it('opens what it writes: intact, signed, the plan unchanged', async () => {
    const opened = await openPackage(await validPackage(demo));
    expect(opened.status).toBe('intact');
    expect(opened.manifest).toMatchObject({
      kind: 'plan',
      formatVersion: PACKAGE_FORMAT_VERSION,
      planId: demo.plan.id,
    });
    expect(readPlan(opened)).toEqual(demo);
  });

  it('reports an unsigned package as unsigned, not intact', async () => {
    const bytes = await buildPackage({
      kind: 'plan',
      planId: small.plan.id,
      planTitle: small.plan.title,
      appVersion: 'test',
      created: '2026-11-28T00:00:00.000Z',
      content: canonicalJson(small),
      signer: null,
    });
    expect(await outcome(bytes)).toBe('unsigned');
  });

  it('detects a change of any byte of any entry', async () => {
    const good = await buildPackage({
      kind: 'plan',
      planId: small.plan.id,
      planTitle: small.plan.title,
      appVersion: 'test',
      created: '2026-11-28T00:00:00.000Z',
      content: canonicalJson(small),
      documents: [{ fileName: 'buku-1.pdf', bytes: Buffer.from('%PDF-1.7 isi buku satu') }],
      logo: { ext: 'png', bytes: TINY_PNG },
      signer: {
        identity: { name: 'Uji', instansi: 'Bappeda', email: '' },
        privateKey: generateKeyPairSync('ed25519').privateKey,
      },
    });
    const entries = await readZipEntries(good);
    let cases = 0;
    for (const [name, bytes] of entries) {
      for (let i = 0; i < bytes.length; i++) {
        const tampered = await rezip(good, (e) => {
          const copy = Buffer.from(bytes);
          copy[i] = copy[i]! ^ 0x01;
          e.set(name, copy);
        });
        const result = await outcome(tampered);
        if (result === 'intact' || result === 'unsigned') {
          throw new Error(`byte ${i} of ${name} changed, package still ${result}`);
        }
        cases++;
      }
    }
    expect(cases).toBeGreaterThan(1000);
  }, 60_000);

  it('detects added, removed and renamed entries and swapped signatures or keys', async () => {
    const good = await validPackage(small);
    const other = await validPackage(
      { ...small, plan: { ...small.plan, title: 'Lain' } },
      undefined,
      generateKeyPairSync('ed25519').privateKey,
    );
    const otherEntries = await readZipEntries(other);
    const results = {
      added: await outcome(
        await rezip(good, (e) => e.set('documents/tambahan.pdf', Buffer.from('%PDF'))),
      ),
      addedLogo: await outcome(await rezip(good, (e) => e.set('assets/logo.png', TINY_PNG))),
      removedPlan: await outcome(await rezip(good, (e) => e.delete('plan.json'))),
      removedSignature: await outcome(await rezip(good, (e) => e.delete('signature.json'))),
      renamed: await outcome(
        await rezip(good, (e) => {
          e.set('review.json', e.get('plan.json')!);
          e.delete('plan.json');
        }),
      ),
      swappedSignature: await outcome(
        await rezip(good, (e) => e.set('signature.json', otherEntries.get('signature.json')!)),
      ),
      swappedKey: await outcome(
        await rezip(good, (e) => {
          const sig = JSON.parse(e.get('signature.json')!.toString());
          const otherSig = JSON.parse(otherEntries.get('signature.json')!.toString());
          e.set('signature.json', canonicalJson({ ...sig, publicKey: otherSig.publicKey }));
        }),
      ),
    };
    expect(results).toEqual({
      added: 'altered',
      addedLogo: 'altered',
      removedPlan: 'altered',
      removedSignature: 'altered',
      renamed: 'altered',
      swappedSignature: 'altered',
      swappedKey: 'altered',
    });
  });

  it('carries the logo: hashed like every entry, read back as the same image', async () => {
    const bytes = await buildPackage({
      kind: 'plan',
      planId: small.plan.id,
      planTitle: small.plan.title,
      appVersion: 'test',
      created: '2026-11-28T00:00:00.000Z',
      content: canonicalJson(small),
      logo: { ext: 'png', bytes: TINY_PNG },
      signer: null,
    });
    const opened = await openPackage(bytes);
    expect(opened.status).toBe('unsigned');
    expect(opened.manifest.entries['assets/logo.png']!.size).toBe(TINY_PNG.length);
    expect(readPlanLogo(opened)).toBe(`data:image/png;base64,${TINY_PNG.toString('base64')}`);
    const swapped = await openPackage(
      await rezip(bytes, (e) => e.set('assets/logo.png', Buffer.concat([TINY_PNG, TINY_PNG]))),
    );
    expect(swapped.problems).toContainEqual({ kind: 'changedEntry', name: 'assets/logo.png' });
  });

  it('names what was altered', async () => {
    const good = await validPackage(small);
    const opened: OpenedPackage = await openPackage(
      await rezip(good, (e) =>
        e.set('plan.json', canonicalJson({ ...small, region: small.region }).subarray(1)),
      ),
    );
    expect(opened.problems).toContainEqual({ kind: 'changedEntry', name: 'plan.json' });
  });

  it('refuses every package of the hostile corpus with its own message', async () => {
    const results: Record<string, string> = {};
    const expected: Record<string, string> = {};
    for (const c of await hostileCorpus(demo)) {
      const result = await outcome(c.bytes);
      results[c.name] = c.codes.includes(result as never) ? c.codes[0]! : result;
      expected[c.name] = c.codes[0]!;
    }
    expect(results).toEqual(expected);
  }, 60_000);

  it('runs package migrations in order and has none to run for the current format', () => {
    const entries = new Map([['manifest.json', Buffer.from('{}')]]);
    expect(migratePackage(1, entries)).toBe(entries);
    const steps = {
      1: (e: Map<string, Buffer>) => new Map([...e, ['v2', Buffer.from('2')]]),
      2: (e: Map<string, Buffer>) => new Map([...e, ['v3', Buffer.from('3')]]),
    };
    expect([...migratePackage(1, entries, steps, 3).keys()]).toEqual(['manifest.json', 'v2', 'v3']);
  });
});
