import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { PlanSummary } from '../../../shared/contract';
import type { PackageInfo } from '../../../shared/contract/packages';
import type { PlanDocument } from '../../../shared/plan-document';
import { call, tempDir, testCore } from '../../test/helpers';
import type { Core } from '../app';
import { readLogo, writeLogo } from '../documents/logo.store';
import { readZipEntries } from './zip-reader';

const cores: Core[] = [];
afterEach(async () => {
  await Promise.all(cores.splice(0).map((c) => c.close()));
});

async function pc(seedDemo = false) {
  const dataDir = tempDir();
  const core = await testCore({ dataDir, seedDemo });
  cores.push(core);
  return { core, dataDir };
}

const identity = { name: 'Rina Wulandari', instansi: 'Bappeda Manggarai Timur', email: '' };

async function exported(core: Core, planId: string) {
  return call<{ fileName: string; dataBase64: string; manifestHash: string }>(
    core,
    'packages.export',
    { planId },
  );
}

describe('plan packages', () => {
  it('asks for an identity before signing the first package', async () => {
    const { core } = await pc(true);
    const [plan] = await call<PlanSummary[]>(core, 'plans.list');
    const result = await core.dispatch('packages.export', { planId: plan!.id });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('identity.required');
  });

  it('round trip: export, import into an empty store, export again gives identical plan JSON', async () => {
    const a = await pc(true);
    await call(a.core, 'identity.set', identity);
    const [plan] = await call<PlanSummary[]>(a.core, 'plans.list');
    const pkg = await exported(a.core, plan!.id);
    expect(pkg.fileName).toMatch(/\.rancang$/);

    const b = await pc(false);
    const info = await call<PackageInfo>(b.core, 'packages.inspect', { data: pkg.dataBase64 });
    expect(info).toMatchObject({
      kind: 'plan',
      status: 'intact',
      trusted: false,
      existing: null,
      signer: { name: identity.name, instansi: identity.instansi },
    });
    expect(info.signer!.fingerprint).toMatch(/^[0-9A-F]{4}( [0-9A-F]{4}){3}$/);
    const imported = await call<{ planId: string }>(b.core, 'packages.import', {
      data: pkg.dataBase64,
      mode: 'new',
    });
    expect(imported.planId).toBe(plan!.id);
    const before = await call<PlanDocument>(a.core, 'plans.document', { planId: plan!.id });
    const after = await call<PlanDocument>(b.core, 'plans.document', { planId: plan!.id });
    expect(JSON.stringify(after)).toBe(JSON.stringify(before));
    // The package's plan.json itself, byte for byte, after a second export on the other PC.
    await call(b.core, 'identity.set', { ...identity, name: 'Budi' });
    const again = await exported(b.core, plan!.id);
    const planJson = async (base64: string) =>
      (await readZipEntries(Buffer.from(base64, 'base64'))).get('plan.json')!.toString('utf8');
    expect(await planJson(again.dataBase64)).toBe(await planJson(pkg.dataBase64));
  });

  it('carries the regency logo and the document settings to the other PC', async () => {
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
      'base64',
    );
    const a = await pc(true);
    await call(a.core, 'identity.set', identity);
    const [plan] = await call<PlanSummary[]>(a.core, 'plans.list');
    writeLogo(a.dataDir, plan!.id, png.toString('base64'));
    const pkg = await exported(a.core, plan!.id);
    const entries = await readZipEntries(Buffer.from(pkg.dataBase64, 'base64'));
    expect(entries.get('assets/logo.png')).toEqual(png);

    const b = await pc(false);
    await call(b.core, 'packages.import', { data: pkg.dataBase64, mode: 'new' });
    expect(readLogo(b.dataDir, plan!.id)).toBe(`data:image/png;base64,${png.toString('base64')}`);
    const docA = await call<PlanDocument>(a.core, 'plans.document', { planId: plan!.id });
    const docB = await call<PlanDocument>(b.core, 'plans.document', { planId: plan!.id });
    expect(docB.documentSettings).toEqual(docA.documentSettings);
    // A copy gets the logo too; a package without one leaves this PC's logo alone.
    const copy = await call<{ planId: string }>(b.core, 'packages.import', {
      data: pkg.dataBase64,
      mode: 'copy',
    });
    expect(readLogo(b.dataDir, copy.planId)).not.toBeNull();
  });

  it('records who last changed a plan and carries it in the package', async () => {
    const a = await pc(true);
    await call(a.core, 'identity.set', {
      name: 'Siti',
      instansi: 'Bappeda Manggarai Timur',
      email: '',
    });
    const [plan] = await call<PlanSummary[]>(a.core, 'plans.list');
    await call(a.core, 'plans.rename', { planId: plan!.id, title: 'Versi Siti' });
    const pkg = await exported(a.core, plan!.id);
    const doc = JSON.parse(
      (await readZipEntries(Buffer.from(pkg.dataBase64, 'base64'))).get('plan.json')!.toString(),
    ) as PlanDocument;
    expect(doc.plan.lastModifiedBy).toMatchObject({
      name: 'Siti',
      instansi: 'Bappeda Manggarai Timur',
    });

    // Another PC has the plan and changes it; the dialog shows both sides.
    const b = await pc(false);
    await call(b.core, 'packages.import', { data: pkg.dataBase64, mode: 'new' });
    const imported = await call<PackageInfo>(b.core, 'packages.inspect', {
      data: pkg.dataBase64,
    });
    expect(imported.existing!.modifiedBy).toMatchObject({ name: 'Siti' });
    await call(b.core, 'identity.set', { name: 'Yohanes', instansi: 'Dinas Kominfo', email: '' });
    await call(b.core, 'opd.add', { planId: plan!.id, name: 'Dinas Baru' });
    const info = await call<PackageInfo>(b.core, 'packages.inspect', { data: pkg.dataBase64 });
    expect(info.incomingModifiedBy).toMatchObject({ name: 'Siti' });
    expect(info.existing!.modifiedBy).toMatchObject({ name: 'Yohanes', instansi: 'Dinas Kominfo' });
    expect(info.existing!.modifiedBy!.at > info.incomingModifiedBy!.at).toBe(true);
    // Replacing brings Siti's version back, with her name.
    await call(b.core, 'packages.import', { data: pkg.dataBase64, mode: 'replace' });
    const replaced = await call<PackageInfo>(b.core, 'packages.inspect', {
      data: pkg.dataBase64,
    });
    expect(replaced.existing!.modifiedBy).toMatchObject({ name: 'Siti' });
  });

  it("names this PC's user for the changes made before they gave an identity", async () => {
    const a = await pc(true);
    const [plan] = await call<PlanSummary[]>(a.core, 'plans.list');
    await call(a.core, 'plans.rename', { planId: plan!.id, title: 'Sebelum identitas' });
    await call(a.core, 'identity.set', { name: 'Siti', instansi: 'Bappeda Matim', email: '' });
    const pkg = await exported(a.core, plan!.id);
    const doc = JSON.parse(
      (await readZipEntries(Buffer.from(pkg.dataBase64, 'base64'))).get('plan.json')!.toString(),
    ) as PlanDocument;
    expect(doc.plan.lastModifiedBy).toMatchObject({ name: 'Siti', instansi: 'Bappeda Matim' });
  });

  it('never overwrites silently: shows the diff, replaces after a backup, or copies', async () => {
    const a = await pc(true);
    await call(a.core, 'identity.set', identity);
    const [plan] = await call<PlanSummary[]>(a.core, 'plans.list');
    const pkg = await exported(a.core, plan!.id);
    await call(a.core, 'plans.rename', { planId: plan!.id, title: 'Diubah di PC ini' });
    await call(a.core, 'opd.add', { planId: plan!.id, name: 'Dinas Baru' });

    const info = await call<PackageInfo>(a.core, 'packages.inspect', { data: pkg.dataBase64 });
    expect(info.existing).toMatchObject({ title: 'Diubah di PC ini', reviewCopy: false });
    expect(info.diff!.find((d) => d.part === 'profile')).toEqual({
      part: 'profile',
      added: 0,
      removed: 1,
      changed: 1,
    });
    expect(info.own).toBe(true);

    const refused = await a.core.dispatch('packages.import', { data: pkg.dataBase64, mode: 'new' });
    expect(!refused.ok && refused.error.code).toBe('package.planExists');

    const copy = await call<{ planId: string }>(a.core, 'packages.import', {
      data: pkg.dataBase64,
      mode: 'copy',
      title: 'Salinan dari paket',
    });
    expect(copy.planId).not.toBe(plan!.id);
    const titles = (await call<PlanSummary[]>(a.core, 'plans.list')).map((p) => p.title).sort();
    expect(titles).toEqual(['Diubah di PC ini', 'Salinan dari paket']);

    const replaced = await call<{ planId: string; backupFile: string }>(a.core, 'packages.import', {
      data: pkg.dataBase64,
      mode: 'replace',
    });
    expect(fs.existsSync(replaced.backupFile)).toBe(true);
    expect(path.basename(path.dirname(replaced.backupFile))).toBe('backups');
    const detail = await call<{ title: string }>(a.core, 'plans.get', { planId: plan!.id });
    expect(detail.title).toMatch(/^Contoh/);
  });

  it('marks a signer as trusted for later packages', async () => {
    const a = await pc(true);
    await call(a.core, 'identity.set', identity);
    const [plan] = await call<PlanSummary[]>(a.core, 'plans.list');
    const pkg = await exported(a.core, plan!.id);
    const b = await pc(false);
    const info = await call<PackageInfo>(b.core, 'packages.inspect', { data: pkg.dataBase64 });
    await call(b.core, 'packages.trust', {
      publicKey: info.signer!.publicKey,
      name: info.signer!.name,
      instansi: info.signer!.instansi,
    });
    const again = await call<PackageInfo>(b.core, 'packages.inspect', { data: pkg.dataBase64 });
    expect(again.trusted).toBe(true);
  });

  it('keeps the signing key in the data folder, readable by its owner only', async () => {
    const a = await pc(false);
    const info = await call<{ fingerprint: string }>(a.core, 'identity.set', identity);
    const file = path.join(a.dataDir, 'identity', 'signing-key.pem');
    expect(fs.readFileSync(file, 'utf8')).toMatch(/BEGIN PRIVATE KEY/);
    if (process.platform !== 'win32') expect(fs.statSync(file).mode & 0o077).toBe(0);
    const again = await call<{ fingerprint: string }>(a.core, 'identity.get');
    expect(again.fingerprint).toBe(info.fingerprint);
  });
});

describe('hostile packages', () => {
  it('are refused with their message and leave the store exactly as it was', async () => {
    const { hostileCorpus } = await import('./testing/hostile-corpus');
    const { loadDemoDocument } = await import('../demo/demo.service');
    const { RESOURCES_DIR } = await import('../../test/helpers');
    const a = await pc(true);
    const snapshot = async () => {
      const plans = await call<PlanSummary[]>(a.core, 'plans.list');
      const docs = await Promise.all(
        plans.map((p) => call(a.core, 'plans.document', { planId: p.id })),
      );
      return JSON.stringify([plans, docs]);
    };
    const before = await snapshot();
    const demo = loadDemoDocument(RESOURCES_DIR);
    const [plan] = await call<PlanSummary[]>(a.core, 'plans.list');
    // Same plan id as the one in the store, so "replace" would touch it if a check failed.
    const doc = { ...demo, plan: { ...demo.plan, id: plan!.id } };
    for (const c of await hostileCorpus(doc)) {
      if (c.bytes.length > 10_000_000) continue; // over the RPC body limit; covered in package.test
      for (const mode of ['replace', 'copy', 'new'] as const) {
        const result = await a.core.dispatch('packages.import', {
          data: c.bytes.toString('base64') || 'AA==',
          mode,
        });
        expect(result.ok, c.name).toBe(false);
        if (!result.ok && c.bytes.length > 0) {
          expect(c.codes, c.name).toContain(result.error.code);
        }
      }
    }
    expect(await snapshot()).toBe(before);
  }, 120_000);
});
