import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test, waitSaved } from './fixtures';

async function newPlan(app: Page) {
  await app.getByRole('button', { name: 'Rencana baru' }).click();
  const dialog = app.getByRole('dialog', { name: 'Rencana baru' });
  await dialog.getByRole('combobox', { name: 'Kabupaten/kota' }).fill('Flores Timur');
  await app.getByRole('option', { name: 'Kabupaten Flores Timur' }).click();
  await dialog.getByRole('textbox', { name: 'Tahun awal periode' }).fill('2026');
  await dialog.getByRole('button', { name: 'Buat rencana' }).click();
  await expect(app.getByRole('heading', { name: 'Profil & Tim', level: 2 })).toBeVisible();
  await app.getByRole('navigation').getByRole('link', { name: /RPJMD/ }).click();
  await expect(app.getByRole('heading', { name: 'RPJMD', level: 2 })).toBeVisible();
}

const line = (app: Page, label: string) => app.getByRole('textbox', { name: label, exact: true });

test('enter a small RPJMD by keyboard: numbering, indent/outdent, reorder, delete and undo', async ({
  app,
}) => {
  await newPlan(app);
  await app.getByRole('button', { name: 'Tambah misi' }).click();
  // Typing straight on after Enter: keystrokes during the round trip are kept.
  await app.keyboard.type('Tata kelola pemerintahan yang melayani');
  await app.keyboard.press('Enter');
  await app.keyboard.type('Ekonomi kerakyatan yang berdaya saing');
  await app.keyboard.press('Control+Enter');
  await app.keyboard.type('Meningkatkan pendapatan petani kopi');
  await app.keyboard.press('Control+Enter');
  await app.keyboard.type('Produktivitas kopi meningkat');
  await app.keyboard.press('Enter');
  await app.keyboard.type('Akses pasar daring');
  await app.keyboard.press('Enter');
  await app.keyboard.type('Koperasi aktif');
  await expect(line(app, 'Sasaran 2.1.3')).toBeFocused();
  await expect(line(app, 'Misi 1')).toHaveValue('Tata kelola pemerintahan yang melayani');
  await expect(line(app, 'Misi 2')).toHaveValue('Ekonomi kerakyatan yang berdaya saing');
  await expect(line(app, 'Tujuan 2.1')).toHaveValue('Meningkatkan pendapatan petani kopi');
  await expect(line(app, 'Sasaran 2.1.1')).toHaveValue('Produktivitas kopi meningkat');
  await expect(line(app, 'Sasaran 2.1.2')).toHaveValue('Akses pasar daring');
  await expect(line(app, 'Sasaran 2.1.3')).toHaveValue('Koperasi aktif');

  // Move "Koperasi aktif" up: it becomes 2.1.2.
  await app.keyboard.press('Alt+Shift+ArrowUp');
  await expect(line(app, 'Sasaran 2.1.2')).toHaveValue('Koperasi aktif');
  await expect(line(app, 'Sasaran 2.1.3')).toHaveValue('Akses pasar daring');
  // Promote it: a sasaran outdented under the misi becomes Tujuan 2.2.
  await line(app, 'Sasaran 2.1.2').focus();
  await app.keyboard.press('Alt+Shift+ArrowLeft');
  await expect(line(app, 'Tujuan 2.2')).toHaveValue('Koperasi aktif');
  await expect(line(app, 'Sasaran 2.1.2')).toHaveValue('Akses pasar daring');
  // Demote it back under Tujuan 2.1: it is the last sasaran there.
  await line(app, 'Tujuan 2.2').focus();
  await app.keyboard.press('Alt+Shift+ArrowRight');
  await expect(line(app, 'Sasaran 2.1.3')).toHaveValue('Koperasi aktif');

  // Delete the whole Misi 2 branch, then undo.
  await line(app, 'Misi 2').focus();
  await app.keyboard.press('Control+Delete');
  await expect(app.getByText(/Misi 2 dan 4 butir di bawahnya dihapus/)).toBeVisible();
  await expect(line(app, 'Sasaran 2.1.1')).toHaveCount(0);
  await app
    .getByRole('status')
    .filter({ hasText: 'dihapus' })
    .getByRole('button', { name: 'Urungkan' })
    .click();
  await expect(line(app, 'Sasaran 2.1.3')).toHaveValue('Koperasi aktif');

  // An indicator with targets written the Indonesian way.
  await line(app, 'Sasaran 2.1.1').click();
  await app.getByRole('button', { name: 'Tambah indikator' }).click();
  await app.getByRole('textbox', { name: 'Nama indikator' }).fill('Produksi kopi');
  await app.getByRole('textbox', { name: 'Satuan' }).fill('ton');
  await app.getByRole('textbox', { name: 'Baseline' }).fill('1.250,5');
  await app.getByRole('textbox', { name: 'Target 2027' }).fill('1.400');
  await app.getByRole('textbox', { name: 'Target 2027' }).blur();
  // Not a number: said at the field, not saved; emptied, the year is cleared.
  const target2028 = app.getByRole('textbox', { name: 'Target 2028' });
  await target2028.fill('banyak');
  await target2028.blur();
  await expect(target2028).toHaveAttribute('aria-invalid', 'true');
  await expect(target2028).toHaveAccessibleDescription('Bukan angka');
  await target2028.fill('');
  await target2028.blur();
  await expect(target2028).not.toHaveAttribute('aria-invalid', 'true');
  await waitSaved(app);

  await app.reload();
  await expect(line(app, 'Misi 1')).toHaveValue('Tata kelola pemerintahan yang melayani');
  await expect(line(app, 'Sasaran 2.1.3')).toHaveValue('Koperasi aktif');
  await expect(app.getByText('2 misi · 3 sasaran · 0 program')).toBeVisible();
  await line(app, 'Sasaran 2.1.1').click();
  await expect(app.getByRole('textbox', { name: 'Baseline' })).toHaveValue('1.250,5');
  await expect(app.getByRole('textbox', { name: 'Target 2027' })).toHaveValue('1.400');
});

async function fillTemplate(source: string, target: string, bad: boolean) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(source);
  const ws = wb.getWorksheet('RPJMD')!;
  const headers = (ws.getRow(1).values as unknown[]).slice(1).map(String);
  expect(headers.slice(0, 3)).toEqual(['Kode', 'Jenis', 'Uraian']);
  // Keep the header, replace the example rows by a real cascade.
  for (let r = ws.rowCount; r >= 2; r--) ws.spliceRows(r, 1);
  const rows: unknown[][] = [
    ['1', 'Misi', 'Mewujudkan tata kelola pemerintahan yang bersih dan melayani'],
    [
      '1.1',
      'Tujuan',
      'Meningkatkan kualitas pelayanan publik',
      '',
      '',
      'Indeks kepuasan masyarakat',
      'indeks',
      '78,5',
      2025,
      '80',
      '81',
      '82',
      '83',
      '84',
    ],
    [
      '1.1.1',
      'Sasaran',
      'Meningkatnya penerapan SPBE',
      '',
      'Dinas Kominfo',
      'Indeks SPBE',
      'indeks',
      '1,8',
      2025,
      '2,1',
      '2,4',
      '2,7',
      '3',
      '3,2',
    ],
    ['1.1.1.1', 'Strategi', 'Integrasi layanan digital'],
    ['1.1.1.1.1', 'Arah Kebijakan', 'Satu data dan satu portal layanan'],
    ['1.1.1.1.1.1', 'Program', 'Program Aplikasi Informatika', '2.16.03', 'Dinas Kominfo'],
    ['2', 'Misi', 'Meningkatkan ekonomi kerakyatan berbasis pertanian'],
    ['2.1', bad ? 'Visi' : 'Tujuan', 'Meningkatkan pendapatan petani'],
    [
      '2.1.1',
      'Sasaran',
      'Produksi kopi meningkat',
      '',
      '',
      'Produksi kopi',
      'ton',
      '1.250,5',
      2025,
      '1.300',
      '1.350',
      '1.400',
      '1.450',
      '1.500',
    ],
  ];
  for (const r of rows) ws.addRow(r);
  await wb.xlsx.writeFile(target);
}

test('Ctrl+Z undoes added, moved and deleted lines, Ctrl+Shift+Z and Ctrl+Y redo; typing keeps the text undo', async ({
  app,
}) => {
  await newPlan(app);
  const status = app.getByRole('status').filter({ hasText: /Dibatalkan|Diulang|Tidak ada/ });
  await app.getByRole('button', { name: 'Tambah misi' }).click();
  await app.keyboard.type('Tata kelola pemerintahan');
  await app.keyboard.press('Enter');
  await app.keyboard.type('Ekonomi kerakyatan');
  await app.keyboard.press('Enter');
  await expect(line(app, 'Misi 3')).toBeFocused();
  await waitSaved(app);

  // An empty new line: Ctrl+Z takes the addition back and returns to the line above.
  await app.keyboard.press('Control+z');
  await expect(line(app, 'Misi 3')).toHaveCount(0);
  await expect(status).toHaveText('Dibatalkan: tambah Misi.');
  await expect(line(app, 'Misi 2')).toBeFocused();

  // A move, undone and redone.
  await app.keyboard.press('Alt+Shift+ArrowUp');
  await expect(line(app, 'Misi 1')).toHaveValue('Ekonomi kerakyatan');
  await app.keyboard.press('Control+z');
  await expect(line(app, 'Misi 1')).toHaveValue('Tata kelola pemerintahan');
  await expect(status).toHaveText('Dibatalkan: pindah Misi 2.');
  await app.keyboard.press('Control+Shift+z');
  await expect(line(app, 'Misi 1')).toHaveValue('Ekonomi kerakyatan');
  await expect(status).toHaveText('Diulang: pindah Misi 2.');
  await app.keyboard.press('Control+z');
  await expect(line(app, 'Misi 1')).toHaveValue('Tata kelola pemerintahan');

  // A deletion, undone by key, redone with Ctrl+Y, undone with the button.
  await line(app, 'Misi 1').focus();
  await app.keyboard.press('Control+Delete');
  await expect(line(app, 'Misi 1')).toHaveValue('Ekonomi kerakyatan');
  await expect(line(app, 'Misi 2')).toHaveCount(0);
  await app.keyboard.press('Control+z');
  await expect(line(app, 'Misi 1')).toHaveValue('Tata kelola pemerintahan');
  await expect(line(app, 'Misi 2')).toHaveValue('Ekonomi kerakyatan');
  await expect(status).toHaveText('Dibatalkan: hapus Misi 1.');
  await expect(line(app, 'Misi 1')).toBeFocused();
  await app.keyboard.press('Control+y');
  await expect(line(app, 'Misi 2')).toHaveCount(0);
  await app.getByRole('button', { name: 'Urungkan', exact: true }).click();
  await expect(line(app, 'Misi 2')).toHaveValue('Ekonomi kerakyatan');
  await expect(app.getByRole('button', { name: 'Ulangi' })).toBeEnabled();

  // Typing in a line: Ctrl+Z is the browser's text undo there, the outline stays as it is.
  await line(app, 'Misi 2').click();
  await app.keyboard.press('End');
  await app.keyboard.type(' berdaya saing');
  await expect(line(app, 'Misi 2')).toHaveValue('Ekonomi kerakyatan berdaya saing');
  await app.keyboard.press('Control+z');
  // (Chromium takes back the typed characters themselves, the last one first.)
  await expect(line(app, 'Misi 2')).toHaveValue('Ekonomi kerakyatan berdaya sain');
  await expect(line(app, 'Misi 1')).toHaveValue('Tata kelola pemerintahan');
  await expect(line(app, 'Misi 3')).toHaveCount(0);
  await line(app, 'Misi 2').fill('Ekonomi kerakyatan');
  // Outside the outline (an indicator field) Ctrl+Z is left alone too.
  await app.getByRole('button', { name: 'Tambah indikator' }).click();
  const name = app.getByRole('textbox', { name: 'Nama indikator' });
  await name.fill('Pertumbuhan ekonomi');
  await name.press('Control+z');
  await expect(line(app, 'Misi 2')).toHaveValue('Ekonomi kerakyatan');
  await expect(line(app, 'Misi 1')).toHaveValue('Tata kelola pemerintahan');

  await app.reload();
  await expect(line(app, 'Misi 1')).toHaveValue('Tata kelola pemerintahan');
  await expect(line(app, 'Misi 2')).toHaveValue('Ekonomi kerakyatan');
  await expect(line(app, 'Misi 3')).toHaveCount(0);
});

test('import the template filled with a real cascade, fix a rejected row, export back', async ({
  app,
}, testInfo) => {
  await newPlan(app);
  await app.getByRole('button', { name: 'Templat & ekspor' }).click();
  const templateDownload = app.waitForEvent('download');
  await app.getByRole('menuitem', { name: 'Unduh templat tabel cascading' }).click();
  const template = await templateDownload;
  expect(template.suggestedFilename()).toBe('Templat-RPJMD-2026-2030.xlsx');
  const templatePath = testInfo.outputPath('template.xlsx');
  await template.saveAs(templatePath);

  const filled = testInfo.outputPath('rpjmd-flotim.xlsx');
  await fillTemplate(templatePath, filled, true);
  const chooser = app.waitForEvent('filechooser');
  await app.getByRole('button', { name: 'Impor XLSX/CSV…' }).click();
  await (await chooser).setFiles(filled);
  const dialog = app.getByRole('dialog', { name: /Impor RPJMD dari rpjmd-flotim.xlsx/ });
  await expect(dialog.getByRole('combobox', { name: 'Kode (2.1.3)' })).toHaveValue('Kode');
  await dialog.getByRole('button', { name: 'Periksa' }).click();
  await expect(dialog.getByText(/^Isi berkas:/)).toBeVisible();
  const problems = dialog.getByRole('table', { name: 'Baris bermasalah' });
  await expect(problems.getByRole('row').nth(1)).toContainText('9');
  await expect(problems.getByRole('row').nth(1)).toContainText('Jenis');
  await expect(problems.getByRole('row').nth(1)).toContainText('"Visi" bukan jenis yang dikenal');
  await expect(dialog.getByRole('button', { name: 'Impor', exact: true })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Batal' }).click();
  await expect(app.getByText(/Belum ada misi. Tambahkan/)).toBeVisible();

  // The planner fixes row 9 in Excel and imports again; the mapping is remembered.
  await fillTemplate(templatePath, filled, false);
  const chooser2 = app.waitForEvent('filechooser');
  await app.getByRole('button', { name: 'Impor XLSX/CSV…' }).click();
  await (await chooser2).setFiles(filled);
  await dialog.getByRole('button', { name: 'Periksa' }).click();
  await expect(dialog.getByText('OPD baru yang akan ditambahkan: Dinas Kominfo.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Impor', exact: true }).click();
  await expect(dialog.getByText('RPJMD diimpor: 9 butir dan 3 indikator.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Tutup' }).click();

  await expect(line(app, 'Arah kebijakan 1.1.1.1.1')).toHaveValue(
    'Satu data dan satu portal layanan',
  );
  await expect(line(app, 'Program 2.16.03')).toHaveValue('Program Aplikasi Informatika');
  await line(app, 'Sasaran 2.1.1').click();
  await expect(app.getByRole('textbox', { name: 'Baseline' })).toHaveValue('1.250,5');
  await expect(app.getByRole('textbox', { name: 'Target 2030' })).toHaveValue('1.500');

  await app.getByRole('button', { name: 'Templat & ekspor' }).click();
  const exportDownload = app.waitForEvent('download');
  await app.getByRole('menuitem', { name: 'Ekspor RPJMD ke XLSX' }).click();
  const exported = await exportDownload;
  const exportPath = testInfo.outputPath('export.xlsx');
  await exported.saveAs(exportPath);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(exportPath);
  const codes = wb.getWorksheet('RPJMD')!.getColumn(1).values.slice(2).map(String);
  expect(codes).toEqual([
    '1',
    '1.1',
    '1.1.1',
    '1.1.1.1',
    '1.1.1.1.1',
    '1.1.1.1.1.1',
    '2',
    '2.1',
    '2.1.1',
  ]);
  expect(fs.existsSync(path.dirname(exportPath))).toBe(true);
});

test('a file that is not a spreadsheet gets a clear message and changes nothing', async ({
  app,
}, testInfo) => {
  await newPlan(app);
  const pdf = testInfo.outputPath('laporan.pdf');
  fs.writeFileSync(pdf, Buffer.from('%PDF-1.4\n\u0000\u0001binary'));
  const chooser = app.waitForEvent('filechooser');
  await app.getByRole('button', { name: 'Impor XLSX/CSV…' }).click();
  await (await chooser).setFiles(pdf);
  await expect(app.getByRole('dialog').getByRole('alert')).toContainText(
    'Berkas "laporan.pdf" bukan lembar kerja XLSX atau CSV yang dapat dibaca. Tidak ada yang diubah.',
  );
});

test('link smart-city goals to the RPJMD and see the finding disappear when fixed', async ({
  app,
}) => {
  await newPlan(app);
  await app.getByRole('button', { name: 'Tambah misi' }).click();
  await app.keyboard.type('Tata kelola pemerintahan yang melayani');
  await app.keyboard.press('Control+Enter');
  await app.keyboard.type('Pelayanan publik berkualitas');
  await app.keyboard.press('Control+Enter');
  await app.keyboard.type('SPBE meningkat');
  await expect(line(app, 'Sasaran 1.1.1')).toHaveValue('SPBE meningkat');
  await waitSaved(app);

  await app.getByRole('tab', { name: 'Visi & misi smart city' }).click();
  const governance = app.getByRole('region', { name: 'Tujuan Smart Governance' });
  await governance.getByRole('button', { name: 'Tambah tujuan' }).click();
  await governance
    .getByRole('textbox', { name: 'Tujuan Smart Governance 1' })
    .fill('Layanan pemerintahan digital yang menjangkau desa');
  await waitSaved(app);

  await app.getByRole('tab', { name: 'Keselarasan' }).click();
  const findings = app.getByRole('list', { name: 'Temuan keselarasan' });
  const statementFinding = findings.getByRole('button', {
    name: /Pernyataan smart city \(Smart Governance\) belum dikaitkan/,
  });
  await expect(statementFinding).toBeVisible();
  await expect(
    findings.getByRole('button', { name: /Pilar Smart Governance belum berjangkar/ }),
  ).toBeVisible();

  // The finding opens the goal that needs a link.
  await statementFinding.click();
  await expect(app.getByRole('textbox', { name: 'Tujuan Smart Governance 1' })).toBeFocused();
  await app
    .getByRole('combobox', { name: 'RPJMD yang dilayani oleh Tujuan Smart Governance 1' })
    .click();
  await app.getByRole('option', { name: /Sasaran 1\.1\.1/ }).click();
  await app.keyboard.press('Escape');
  await waitSaved(app);

  await app.getByRole('tab', { name: 'Keselarasan' }).click();
  await expect(app.getByText('Misi 1: 1/1 sasaran dilayani · 0 program')).toBeVisible();
  await expect(statementFinding).toHaveCount(0);
  await expect(
    findings.getByRole('button', { name: /Pilar Smart Governance belum berjangkar/ }),
  ).toHaveCount(0);
  await expect(
    findings.getByRole('button', { name: /Pilar Smart Economy belum berjangkar/ }),
  ).toBeVisible();
  const matrix = app.getByRole('region', { name: 'Matriks keselarasan' });
  await expect(matrix.getByRole('row', { name: /Layanan pemerintahan digital/ })).toContainText(
    '1.1.1',
  );
});

test('a programme finding opens the programme in its step; ?rpjmd= opens a line', async ({
  app,
}) => {
  await newPlan(app);
  await app.getByRole('button', { name: 'Tambah misi' }).click();
  await app.keyboard.type('Tata kelola pemerintahan yang melayani');
  await app.keyboard.press('Control+Enter');
  await app.keyboard.type('Pelayanan publik berkualitas');
  await waitSaved(app);
  const planId = /#\/plans\/([\w-]+)\//.exec(app.url())![1]!;
  // A programme with no RPJMD link (added through the app's own RPC, as the programmes step does).
  const programme = await app.evaluate(async (planId) => {
    const res = await fetch('/rpc/programmes.add', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        planId,
        fields: { pillarCode: 'governance', subDimensionCode: 'policy', name: 'Satu Data Desa' },
      }),
    });
    return ((await res.json()) as { value: { id: string } }).value;
  }, planId);

  await app.reload();
  await app.getByRole('tab', { name: 'Keselarasan' }).click();
  const findings = app.getByRole('list', { name: 'Temuan keselarasan' });
  // The addresses the app goes through (the programmes step drops the parameter once honoured).
  await app.evaluate(() => {
    const w = window as unknown as { links: string[] };
    w.links = [];
    addEventListener('hashchange', () => w.links.push(location.href));
  });
  await findings.getByRole('button', { name: /Satu Data Desa/ }).click();
  await expect(app.getByRole('heading', { name: /Program/, level: 2 })).toBeVisible();
  const links = await app.evaluate(() => (window as unknown as { links: string[] }).links);
  expect(links.map((l) => new URL(l).searchParams.get('programme'))).toContain(programme.id);
  // The programmes step opens with it selected.
  await expect(app.locator(`tr[data-programme-row="${programme.id}"]`)).toHaveClass(/row-selected/);

  // The agreed deep link into this step: the line is selected and focused, the link dropped.
  const tujuan = await app.evaluate(async (planId) => {
    const res = await fetch('/rpc/rpjmd.get', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ planId }),
    });
    const body = (await res.json()) as { value: { items: { id: string; kind: string }[] } };
    return body.value.items.find((i) => i.kind === 'tujuan')!.id;
  }, planId);
  await app.goto(new URL(`/?rpjmd=${tujuan}#/plans/${planId}/rpjmd`, app.url()).href);
  await expect(line(app, 'Tujuan 1.1')).toBeFocused();
  await expect(app.getByRole('heading', { name: 'Tujuan 1.1', level: 3 })).toBeVisible();
  await expect.poll(() => new URL(app.url()).search).toBe('');
});

test('bad spreadsheets get a clear message and change nothing', async ({ app }, testInfo) => {
  await newPlan(app);
  await app.getByRole('button', { name: 'Tambah misi' }).click();
  await app.keyboard.type('Misi lama');
  await waitSaved(app);
  const dialog = app.getByRole('dialog');
  const importFile = async (name: string, bytes: Buffer | Uint8Array) => {
    const file = testInfo.outputPath(name);
    fs.writeFileSync(file, bytes);
    const chooser = app.waitForEvent('filechooser');
    await app.getByRole('button', { name: 'Impor XLSX/CSV…' }).click();
    await (await chooser).setFiles(file);
  };
  const unchanged = async () => {
    await app.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(line(app, 'Misi 1')).toHaveValue('Misi lama');
    await expect(line(app, 'Misi 2')).toHaveCount(0);
  };
  const workbook = async (rows: unknown[][], merge?: string) => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('RPJMD');
    for (const r of rows) ws.addRow(r);
    if (merge) ws.mergeCells(merge);
    return Buffer.from(await wb.xlsx.writeBuffer());
  };

  // Wrong columns: nothing maps to Kode/Jenis/Uraian, so the check cannot even start.
  await importFile('anggaran.csv', Buffer.from('Nama kegiatan;Pagu\nRapat;1.000.000\n'));
  await expect(dialog.getByRole('alert')).toContainText(
    'Kolom wajib belum dipetakan: Kode (2.1.3)',
  );
  await expect(dialog.getByRole('button', { name: 'Periksa' })).toBeDisabled();
  await unchanged();

  // Merged cells.
  const head = ['Kode', 'Jenis', 'Uraian', 'Indikator', 'Satuan', 'Baseline', 'Target 2026'];
  await importFile(
    'gabung.xlsx',
    await workbook(
      [head, ['1', 'Misi', 'A'], ['1.1', 'Tujuan', 'B'], ['1.2', 'Tujuan', 'C']],
      'B2:B4',
    ),
  );
  await expect(dialog.getByRole('alert')).toContainText(
    'Lembar kerja berisi sel gabungan (B2:B4). Pisahkan sel gabungan lalu coba lagi. Tidak ada yang diubah.',
  );
  await unchanged();

  // Empty rows are skipped, `1.250,5` is a number, a duplicate code is refused with its rows.
  await importFile(
    'ganda.xlsx',
    await workbook([
      head,
      ['1', 'Misi', 'Ekonomi kerakyatan'],
      [],
      ['1.1', 'Tujuan', 'Produksi kopi naik', 'Produksi kopi', 'ton', '1.250,5', '1.400'],
      [],
      ['1', 'Misi', 'Misi dengan kode ganda'],
    ]),
  );
  await dialog.getByRole('button', { name: 'Periksa' }).click();
  const problems = dialog.getByRole('table', { name: 'Baris bermasalah' });
  await expect(problems.getByRole('row')).toHaveCount(2);
  await expect(problems.getByRole('row').nth(1)).toContainText('6');
  await expect(problems.getByRole('row').nth(1)).toContainText(
    'Kode 1 sudah dipakai pada baris 2.',
  );
  await expect(dialog.getByRole('button', { name: 'Impor', exact: true })).toBeDisabled();
  await unchanged();

  // A file over 20 MB.
  await importFile('besar.csv', Buffer.alloc(20 * 1024 * 1024 + 100, 'a;b\n'));
  await expect(dialog.getByRole('alert')).toContainText('Berkas terlalu besar');
  await expect(dialog.getByRole('alert')).toContainText(
    'paling besar 20 MB). Tidak ada yang diubah.',
  );
  await unchanged();
});
