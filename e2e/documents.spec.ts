/** The Dokumen step: settings autosave, checklist, preview and an export with progress. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures';

test('a planner fills the signatory, previews a book and exports the PDFs', async ({ app }) => {
  await app.getByRole('link', { name: /Contoh/ }).click();
  await app
    .getByRole('navigation')
    .getByRole('link', { name: /Dokumen/ })
    .click();
  await expect(app).toHaveURL(/\/documents$/);

  // The demo plan's settings are shown and edits save themselves.
  const nip = app.getByRole('textbox', { name: 'NIP (boleh kosong)' });
  await nip.fill('19650101 199003 1 010');
  await nip.blur();
  await expect(app.getByText('Tersimpan')).toBeVisible();
  const date = app.getByRole('textbox', { name: 'Tanggal penandatanganan' });
  await date.fill('5 Juni');
  await date.blur();
  await expect(app.getByText('Tanggal harus berformat TTTT-BB-HH.')).toBeVisible();
  await date.fill('2024-06-05');
  await date.blur();

  // The regency's logo for the covers.
  const logo = path.join(os.tmpdir(), `logo-${Date.now()}.png`);
  fs.writeFileSync(
    logo,
    Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
      'base64',
    ),
  );
  const chooser = app.waitForEvent('filechooser');
  await app.getByRole('button', { name: 'Pilih logo…' }).click();
  await (await chooser).setFiles(logo);
  await expect(app.getByRole('img', { name: 'Logo daerah' })).toBeVisible();

  // Files that cannot be a logo get a clear message, and the stored logo stays.
  const pick = async (name: string, mimeType: string, buffer: Buffer) => {
    const chooser = app.waitForEvent('filechooser');
    await app.getByRole('button', { name: 'Pilih logo…' }).click();
    await (await chooser).setFiles({ name, mimeType, buffer });
  };
  const logoAlert = app.getByRole('alert').filter({ hasText: /^Logo / });
  await pick('catatan.txt', 'text/plain', Buffer.from('bukan gambar'));
  await expect(logoAlert).toHaveText('Logo harus berupa gambar PNG atau JPEG.');
  await pick('palsu.png', 'image/png', Buffer.from('bukan gambar PNG'));
  await expect(logoAlert).toHaveText('Logo harus berupa gambar PNG atau JPEG.');
  await pick('besar.png', 'image/png', Buffer.alloc(1_200_000));
  await expect(logoAlert).toHaveText('Logo terlalu besar; paling besar 1 MB.');
  await expect(app.getByRole('img', { name: 'Logo daerah' })).toBeVisible();

  // Removed, the covers go without; chosen again, it is back.
  await app.getByRole('button', { name: 'Hapus logo' }).click();
  await expect(app.getByText('Belum ada logo; sampul tampil tanpa logo.')).toBeVisible();
  await expect(app.getByRole('img', { name: 'Logo daerah' })).toHaveCount(0);
  const again = app.waitForEvent('filechooser');
  await app.getByRole('button', { name: 'Pilih logo…' }).click();
  await (await again).setFiles(logo);
  await expect(app.getByRole('img', { name: 'Logo daerah' })).toBeVisible();
  await expect(logoAlert).toHaveCount(0);

  // The checklist lists what assessors would raise (the demo has some findings or none).
  await expect(app.getByRole('heading', { name: 'Periksa sebelum ekspor' })).toBeVisible();

  // Preview of the executive summary inside the app.
  await app.getByRole('button', { name: 'Pratinjau', exact: true }).click();
  await expect(app.getByTitle('Pratinjau PDF Ringkasan Eksekutif')).toBeVisible({
    timeout: 30_000,
  });
  await expect(app.getByText(/\d+ halaman/)).toBeVisible();
  // The same preview can be saved, for when a viewer cannot show the frame.
  const saved = app.waitForEvent('download');
  await app.getByRole('link', { name: 'Simpan PDF pratinjau' }).click();
  expect((await saved).suggestedFilename()).toMatch(/^Ringkasan Eksekutif - .*\.pdf$/);

  // Export two books on F4: progress, then downloads.
  for (const name of [
    'Analisis Strategis',
    'Masterplan Smart City',
    'Rancangan Peraturan Kepala Daerah',
  ])
    await app.getByRole('checkbox', { name }).uncheck();
  await app.getByText('F4 / Folio (215 × 330 mm)').click();
  await expect(app.getByRole('radio', { name: 'F4 / Folio (215 × 330 mm)' })).toBeChecked();
  const downloads: string[] = [];
  app.on('download', (d) => downloads.push(d.suggestedFilename()));
  const exportButton = app
    .getByRole('button', { name: /^(Ekspor PDF|Ekspor saja sebagai DRAF)$/ })
    .first();
  const firstDownload = app.waitForEvent('download', { timeout: 60_000 });
  await exportButton.click();
  const download = await firstDownload;
  const file = await download.path();
  expect(fs.readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
  await expect(app.getByText('2 dokumen siap dan diunduh.')).toBeVisible({ timeout: 60_000 });
  await expect.poll(() => downloads.length).toBe(2);
  expect(downloads.join('|')).toContain('Quick Win');
});

test('an unfinished plan shows its checklist and exports anyway as a draft', async ({ app }) => {
  await app.getByRole('button', { name: 'Rencana baru' }).click();
  const dialog = app.getByRole('dialog', { name: 'Rencana baru' });
  await dialog.getByRole('combobox', { name: 'Kabupaten/kota' }).fill('Pulau Morotai');
  await app.getByRole('option', { name: 'Kabupaten Pulau Morotai' }).click();
  await dialog.getByRole('button', { name: 'Buat rencana' }).click();
  await app
    .getByRole('navigation')
    .getByRole('link', { name: /Dokumen/ })
    .click();

  const checklist = app.getByRole('list', { name: 'Periksa sebelum ekspor' });
  await expect(checklist.getByText('Kata pengantar belum ditulis.')).toBeVisible();
  await expect(checklist.getByRole('link', { name: 'Buka langkah RPJMD' }).first()).toBeVisible();
  await expect(app.getByRole('button', { name: 'Ekspor PDF' })).toHaveCount(0);

  await app.getByRole('checkbox', { name: /Buku I –/ }).uncheck();
  await app.getByRole('checkbox', { name: /Buku II –/ }).uncheck();
  await app.getByRole('checkbox', { name: /Buku III –/ }).uncheck();
  await app.getByRole('checkbox', { name: /Rancangan Peraturan/ }).uncheck();
  const download = app.waitForEvent('download', { timeout: 60_000 });
  await app.getByRole('button', { name: 'Ekspor saja sebagai DRAF' }).click();
  expect((await download).suggestedFilename()).toMatch(
    /^Ringkasan Eksekutif - Kabupaten Pulau Morotai Tahun \d{4}-\d{4}\.pdf$/,
  );
  await expect(app.getByRole('switch', { name: 'Tandai sebagai DRAF (tanda air)' })).toBeChecked();

  // A checklist link leads to the step where the planner fixes it.
  await checklist.getByRole('link', { name: 'Buka langkah RPJMD' }).first().click();
  await expect(app).toHaveURL(/\/rpjmd$/);
});
