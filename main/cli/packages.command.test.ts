import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli';
import { loadDemoDocument } from '../core/demo/demo.service';
import { hostileCorpus } from '../core/packages/testing/hostile-corpus';
import { readZipEntries } from '../core/packages/zip-reader';
import { zipEntries } from '../core/packages/zip-writer';
import { RESOURCES_DIR, tempDir } from '../test/helpers';

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, {
    resourcesDir: RESOURCES_DIR,
    env: {},
    out: { log: (s) => out.push(s), error: (s) => err.push(s) },
  });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

async function demoPackage() {
  const a = tempDir();
  const [plan] = JSON.parse((await cli(['plans', '--json', '--data-dir', a])).stdout);
  const file = path.join(tempDir(), 'rencana.rancang');
  return { a, plan, file };
}

describe('rancang export-package, import, verify', () => {
  it('exports a signed package, verifies it (exit 0) and imports it elsewhere (prints the id)', async () => {
    const { a, plan, file } = await demoPackage();
    expect(
      (await cli(['identity', '--name', 'Rina', '--instansi', 'Bappeda', '--data-dir', a])).code,
    ).toBe(0);
    const exported = await cli(['export-package', plan.id, '--out', file, '--data-dir', a]);
    expect(exported).toMatchObject({ code: 0, stdout: file });
    const verified = await cli(['verify', file, '--data-dir', tempDir()]);
    expect(verified.code).toBe(0);
    expect(verified.stdout).toMatch(
      /^Ditandatangani dan utuh — ditandatangani oleh Rina \(Bappeda\)/,
    );
    const json = JSON.parse((await cli(['verify', file, '--json', '--data-dir', a])).stdout);
    expect(json).toMatchObject({ status: 'intact', signer: { name: 'Rina' }, own: true });

    const b = tempDir();
    const imported = await cli(['import', file, '--data-dir', b]);
    expect(imported).toMatchObject({ code: 0, stdout: plan.id });
    const again = await cli(['import', file, '--data-dir', b]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/sudah ada/);
    const copy = await cli(['import', file, '--as-copy', '--data-dir', b]);
    expect(copy.code).toBe(0);
    expect(copy.stdout).not.toBe(plan.id);
    expect((await cli(['import', file, '--replace', '--data-dir', b])).code).toBe(0);
    // `plans` seeds the demo plan on this store's first start: the import, the copy, the demo.
    const ids = JSON.parse((await cli(['plans', '--json', '--data-dir', b])).stdout).map(
      (p: { id: string }) => p.id,
    );
    expect(ids).toHaveLength(3);
    expect(ids).toEqual(expect.arrayContaining([plan.id, copy.stdout]));
  });

  it('exits 2 for an unsigned package and 1 for an altered one', async () => {
    const { a, plan, file } = await demoPackage();
    const unsigned = await cli(['export-package', plan.id, '--out', file, '--data-dir', a]);
    expect(unsigned.stderr).toMatch(/tidak ditandatangani/);
    expect((await cli(['verify', file, '--data-dir', a])).code).toBe(2);
    const importedUnsigned = await cli(['import', file, '--data-dir', tempDir()]);
    expect(importedUnsigned).toMatchObject({ code: 0, stdout: plan.id });
    expect(importedUnsigned.stderr).toMatch(/tidak ditandatangani/);

    await cli(['identity', '--name', 'Rina', '--instansi', 'Bappeda', '--data-dir', a]);
    await cli(['export-package', plan.id, '--out', file, '--data-dir', a]);
    const entries = await readZipEntries(fs.readFileSync(file));
    const doc = JSON.parse(entries.get('plan.json')!.toString());
    doc.budgets[0].amount += 1_000_000;
    entries.set('plan.json', Buffer.from(JSON.stringify(doc, null, 2) + '\n'));
    fs.writeFileSync(file, await zipEntries([...entries], new Date()));
    const altered = await cli(['verify', file, '--json', '--data-dir', a]);
    expect(altered.code).toBe(1);
    expect(JSON.parse(altered.stdout)).toMatchObject({
      status: 'altered',
      problems: [{ kind: 'changedEntry', name: 'plan.json' }],
    });
    const refused = await cli(['import', file, '--data-dir', tempDir()]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/telah diubah sejak ditandatangani/);
  });

  it('never crashes on the hostile corpus: one line, exit 1, nothing imported', async () => {
    const dir = tempDir();
    const store = tempDir();
    for (const c of await hostileCorpus(loadDemoDocument(RESOURCES_DIR))) {
      const file = path.join(dir, `${c.name}.rancang`);
      fs.writeFileSync(file, c.bytes);
      const verify = await cli(['verify', file, '--data-dir', store]);
      expect(verify.code, c.name).toBe(1);
      const imported = await cli(['import', file, '--data-dir', store]);
      expect(imported.code, c.name).toBe(1);
      expect(imported.stderr.split('\n'), c.name).toHaveLength(1);
    }
    // Only the demo plan that `plans` seeds on the store's first start.
    const plans = JSON.parse((await cli(['plans', '--json', '--data-dir', store])).stdout);
    expect(plans).toHaveLength(1);
  }, 60_000);
});

describe('messages', () => {
  it('name the problem in the user language, down to the field', async () => {
    const dir = tempDir();
    const corpus = await hostileCorpus(loadDemoDocument(RESOURCES_DIR));
    const huge = corpus.find((c) => c.name === 'huge-strings')!;
    const file = path.join(dir, 'besar.rancang');
    fs.writeFileSync(file, huge.bytes);
    const id = await cli(['verify', file, '--data-dir', dir]);
    expect(id.stderr).toBe(
      'Isi "plan.json" di dalam paket tidak sesuai format: plan.title terlalu panjang atau terlalu banyak.',
    );
    const en = await cli(['verify', file, '--lang', 'en', '--data-dir', dir]);
    expect(en.stderr).toBe(
      'The content of "plan.json" inside the package does not match the format: plan.title is too long or has too many items.',
    );
  });
});
