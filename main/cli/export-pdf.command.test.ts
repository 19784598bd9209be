import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli';
import { writeLogo } from '../core/documents/logo.store';
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

describe('rancang export-pdf', () => {
  it('writes the chosen books as PDF files and prints their paths', async () => {
    const data = tempDir();
    const outDir = path.join(tempDir(), 'dokumen');
    const plans = JSON.parse((await cli(['plans', '--json', '--data-dir', data])).stdout);
    const { code, stdout, stderr } = await cli([
      'export-pdf',
      plans[0].id,
      '--out',
      outDir,
      '--books',
      'buku3,ringkasan',
      '--paper',
      'f4',
      '--draft',
      '--data-dir',
      data,
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const files = stdout.split('\n');
    expect(files.map((f) => path.basename(f))).toEqual([
      'Buku III - Quick Win - Kabupaten Manggarai Timur Tahun 2022-2031.pdf',
      'Ringkasan Eksekutif - Kabupaten Manggarai Timur Tahun 2022-2031.pdf',
    ]);
    for (const f of files) {
      expect(path.dirname(f)).toBe(outDir);
      expect(execFileSync('pdfinfo', [f], { encoding: 'utf8' })).toMatch(/609\.45 x 935\.43/);
      // --draft: the DRAF watermark, drawn faint (its own 7 % opacity state).
      expect(fs.readFileSync(f).toString('latin1')).toContain('/ca 0.07');
    }
    expect(fs.readdirSync(outDir)).toHaveLength(2);
  }, 60_000);

  it('writes all five books on A4 by default, in English with --lang en, with the stored logo', async () => {
    const data = tempDir();
    const outDir = tempDir();
    const plans = JSON.parse((await cli(['plans', '--json', '--data-dir', data])).stdout);
    const id = plans[0].id as string;
    // The logo chosen in the Dokumen step (a 1×1 PNG).
    writeLogo(
      data,
      id,
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
    );
    const { code, stdout, stderr } = await cli([
      'export-pdf',
      id,
      '--out',
      outDir,
      '--lang',
      'en',
      '--data-dir',
      data,
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const files = stdout.split('\n');
    expect(files).toHaveLength(5);
    for (const f of files) {
      const raw = fs.readFileSync(f).toString('latin1');
      expect(execFileSync('pdfinfo', [f], { encoding: 'utf8' })).toMatch(/595\.28 x 841\.89/);
      expect(raw).toContain('/Lang (en-US)');
      expect(raw).not.toContain('/ca 0.07');
      // The logo is the only raster image the books hold (charts are vector).
      expect(raw).toContain('/Subtype /Image');
    }
    const text = execFileSync('pdftotext', [files[0]!, '-'], { encoding: 'utf8' });
    expect(text).toContain('TABLE OF CONTENTS');
    expect(text).toContain('CHAPTER I INTRODUCTION');
  }, 120_000);

  it('explains bad options in Indonesian', async () => {
    const data = tempDir();
    const plans = JSON.parse((await cli(['plans', '--json', '--data-dir', data])).stdout);
    const id = plans[0].id as string;
    const noOut = await cli(['export-pdf', id, '--data-dir', data]);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain('--out');
    const books = await cli([
      'export-pdf',
      id,
      '--out',
      tempDir(),
      '--books',
      'buku4',
      '--data-dir',
      data,
    ]);
    expect(books.stderr).toBe(
      'Dokumen tidak dikenal: buku4. Pilihan: buku1, buku2, buku3, ringkasan, perbup.',
    );
    const paper = await cli([
      'export-pdf',
      id,
      '--out',
      tempDir(),
      '--paper',
      'a3',
      '--data-dir',
      data,
    ]);
    expect(paper.stderr).toBe('Ukuran kertas tidak dikenal: a3. Pilihan: a4, f4.');
    const lang = await cli([
      'export-pdf',
      id,
      '--out',
      tempDir(),
      '--lang',
      'fr',
      '--data-dir',
      data,
    ]);
    expect(lang.code).toBe(2);
    expect(lang.stderr).toContain('fr');
    const missing = await cli([
      'export-pdf',
      'no-such-plan',
      '--out',
      tempDir(),
      '--data-dir',
      data,
    ]);
    expect(missing.code).toBe(1);
  });
});
