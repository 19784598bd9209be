/**
 * Packages written by earlier app versions keep opening. One fixture per format version, kept
 * byte for byte as that version wrote it; a migration (migrations.ts) adds the next one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { PackageInfo } from '../../../shared/contract/packages';
import type { PlanDocument } from '../../../shared/plan-document';
import { call, tempDir, testCore } from '../../test/helpers';
import type { Core } from '../app';
import { readLogo } from '../documents/logo.store';
import { PACKAGE_FORMAT_VERSION } from './format';
import { openPackage, readPlan } from './package';

const FIXTURES = path.join(__dirname, 'testing', 'fixtures');
let core: Core | undefined;
afterEach(async () => {
  await core?.close();
  core = undefined;
});

describe('package fixtures', () => {
  it('has a fixture for every format version up to the current one', () => {
    const versions = fs
      .readdirSync(FIXTURES)
      .map((f) => /^format-(\d+)\.rancang$/.exec(f)?.[1])
      .filter(Boolean)
      .map(Number)
      .sort((a, b) => a - b);
    expect(versions).toEqual(Array.from({ length: PACKAGE_FORMAT_VERSION }, (_, i) => i + 1));
  });

  it('format 1 (Rancang 0.1.0): opens intact, signed, and imports with its answered comment', async () => {
    const bytes = fs.readFileSync(path.join(FIXTURES, 'format-1.rancang'));
    const opened = await openPackage(bytes);
    expect(opened.status).toBe('intact');
    expect(opened.manifest).toMatchObject({
      formatVersion: 1,
      appVersion: '0.1.0',
      kind: 'plan',
      signer: { name: 'Rina Wulandari' },
    });
    expect(readPlan(opened).programmes.length).toBeGreaterThan(0);

    core = await testCore();
    const data = bytes.toString('base64');
    const info = await call<PackageInfo>(core, 'packages.inspect', { data });
    expect(info).toMatchObject({ status: 'intact', commentCount: 1, existing: null });
    const { planId } = await call<{ planId: string }>(core, 'packages.import', {
      data,
      mode: 'new',
    });
    const doc = await call<PlanDocument>(core, 'plans.document', { planId });
    expect(doc.comments).toMatchObject([
      { body: 'Indikator belum terukur.', reply: 'Indikator ditambahkan.' },
    ]);
  });

  it('format 2 (logo entry, last modifier): opens intact and imports with its logo', async () => {
    const bytes = fs.readFileSync(path.join(FIXTURES, 'format-2.rancang'));
    const opened = await openPackage(bytes);
    expect(opened.status).toBe('intact');
    expect(opened.manifest).toMatchObject({ formatVersion: 2, kind: 'plan' });
    expect(Object.keys(opened.manifest.entries)).toContain('assets/logo.png');
    expect(readPlan(opened).plan.lastModifiedBy).toMatchObject({ name: 'Rina Wulandari' });

    const dataDir = tempDir();
    core = await testCore({ dataDir, seedDemo: false });
    const data = bytes.toString('base64');
    const info = await call<PackageInfo>(core, 'packages.inspect', { data });
    expect(info).toMatchObject({
      status: 'intact',
      incomingModifiedBy: { name: 'Rina Wulandari' },
    });
    const { planId } = await call<{ planId: string }>(core, 'packages.import', {
      data,
      mode: 'new',
    });
    expect(readLogo(dataDir, planId)).toMatch(/^data:image\/png;base64,/);
  });
});
