import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChecklistItem, ExportJob } from '../../../shared/contract/documents';
import type { Core } from '../app';
import fs from 'node:fs';
import path from 'node:path';
import { call, tempDir, testCore } from '../../test/helpers';
import { trustFolderForTests } from './shell-port';

let core: Core;
beforeEach(async () => {
  core = await testCore();
});
afterEach(async () => core.close());

async function demoPlan(): Promise<string> {
  const created = await call<{ id: string }>(core, 'demo.create', {});
  return created.id;
}

async function until(jobId: string): Promise<ExportJob> {
  for (;;) {
    const job = await call<ExportJob>(core, 'documents.job', { jobId });
    if (job.status !== 'running') return job;
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('documents', () => {
  it('keeps the foreword and signatory, and the checklist notices what is missing', async () => {
    const planId = await call<{ id: string }>(core, 'plans.create', {
      regionCode: '53.15',
      startYear: 2025,
    }).then((p) => p.id);
    const empty = await call<ChecklistItem[]>(core, 'documents.checklist', { planId });
    expect(empty.map((i) => i.code)).toEqual(
      expect.arrayContaining(['forewordMissing', 'signatoryMissing', 'rpjmdMissing']),
    );
    const saved = await call(core, 'documents.updateSettings', {
      planId,
      settings: {
        foreword: 'Puji syukur.',
        place: ' Labuan Bajo ',
        signatoryName: 'Edistasius Endi',
      },
    });
    expect(saved).toMatchObject({ foreword: 'Puji syukur.', place: 'Labuan Bajo', date: null });
    const again = await call(core, 'documents.settings', { planId });
    expect(again).toEqual(saved);
    const after = await call<ChecklistItem[]>(core, 'documents.checklist', { planId });
    expect(after.map((i) => i.code)).not.toContain('forewordMissing');
    const bad = await core.dispatch('documents.updateSettings', {
      planId,
      settings: { date: '5 Juni 2024' },
    });
    expect(bad.ok).toBe(false);
  });

  it('previews a book and exports the chosen books with progress', async () => {
    const planId = await demoPlan();
    const preview = await call<{ base64: string; pages: number; fileName: string }>(
      core,
      'documents.preview',
      { planId, book: 'ringkasan', paper: 'a4', draft: false, lang: 'id' },
    );
    expect(Buffer.from(preview.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    expect(preview.pages).toBeGreaterThan(5);
    const started = await call<ExportJob>(core, 'documents.export', {
      planId,
      books: ['buku3', 'ringkasan'],
      paper: 'f4',
    });
    expect(started.status).toBe('running');
    const done = await until(started.jobId);
    expect(done.status).toBe('done');
    expect(done.progress).toBe(1);
    expect(done.files.map((f) => f.book)).toEqual(['buku3', 'ringkasan']);
    const file = await call<{ fileName: string; base64: string }>(core, 'documents.file', {
      jobId: started.jobId,
      index: 1,
    });
    expect(file.fileName).toMatch(/^Ringkasan Eksekutif - Kabupaten Manggarai Timur .*\.pdf$/);
  }, 60_000);

  it('writes into a folder the user picked, and only there', async () => {
    const planId = await demoPlan();
    const folder = tempDir('rancang-pdf-out-');
    const refused = await core.dispatch('documents.export', {
      planId,
      books: ['ringkasan'],
      folder,
    });
    expect(refused.ok ? null : refused.error.code).toBe('documents.folderNotPicked');
    trustFolderForTests(folder);
    const started = await call<ExportJob>(core, 'documents.export', {
      planId,
      books: ['ringkasan'],
      folder,
    });
    const done = await until(started.jobId);
    expect(done.folder).toBe(path.resolve(folder));
    const written = done.files[0]!.path!;
    expect(path.dirname(written)).toBe(path.resolve(folder));
    expect(fs.readFileSync(written).subarray(0, 5).toString()).toBe('%PDF-');
    expect(fs.readdirSync(folder).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const picked = await call(core, 'documents.pickFolder', {});
    expect(picked).toEqual({ folder: null, available: false });
  }, 60_000);

  it('keeps a PNG logo for the covers and refuses other files', async () => {
    const planId = await demoPlan();
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
      'base64',
    );
    const saved = await call<{ dataUrl: string }>(core, 'documents.setLogo', {
      planId,
      dataUrl: `data:image/png;base64,${png.toString('base64')}`,
    });
    expect(saved.dataUrl).toMatch(/^data:image\/png;base64,/);
    expect(await call(core, 'documents.logo', { planId })).toEqual(saved);
    const bad = await core.dispatch('documents.setLogo', {
      planId,
      dataUrl: 'data:text/plain;base64,aGFsbw==',
    });
    expect(bad.ok ? null : bad.error.code).toBe('documents.logoInvalid');
    const preview = await call<{ base64: string }>(core, 'documents.preview', {
      planId,
      book: 'ringkasan',
    });
    // The cover embeds the picture.
    expect(Buffer.from(preview.base64, 'base64').toString('latin1')).toMatch(/\/Subtype \/Image/);
    await call(core, 'documents.setLogo', { planId, dataUrl: null });
    expect(await call(core, 'documents.logo', { planId })).toEqual({ dataUrl: null });
  }, 60_000);

  it('cancels an export', async () => {
    const planId = await demoPlan();
    const started = await call<ExportJob>(core, 'documents.export', {
      planId,
      books: ['buku1', 'buku2', 'buku3', 'ringkasan', 'perbup'],
    });
    const cancelled = await call<ExportJob>(core, 'documents.cancel', { jobId: started.jobId });
    expect(cancelled.status).toBe('cancelled');
    const later = await until(started.jobId);
    expect(later.status).toBe('cancelled');
    expect(later.files).toEqual([]);
    const gone = await core.dispatch('documents.file', { jobId: started.jobId, index: 0 });
    expect(gone.ok).toBe(false);
  }, 60_000);
});
