import type { Locator, Page } from '@playwright/test';
import fs from 'node:fs';
import { expect, test, waitSaved } from './fixtures';

async function openRoadmap(app: Page) {
  await app.getByRole('link', { name: /Contoh/ }).click();
  await app
    .getByRole('navigation')
    .getByRole('link', { name: /Peta Jalan/ })
    .click();
  await expect(app.getByRole('region', { name: 'Linimasa program' })).toBeVisible();
}

const rupiah = (text: string) => Number(text.replace(/[^\d]/g, ''));

async function dragBy(app: Page, bar: Locator, columns: number) {
  const track = bar.locator('..');
  const box = (await track.boundingBox())!;
  const b = (await bar.boundingBox())!;
  const x = b.x + b.width / 2;
  const y = b.y + b.height / 2;
  await app.mouse.move(x, y);
  await app.mouse.down();
  await app.mouse.move(x + (box.width / 10) * columns * 0.5, y, { steps: 4 });
  await app.mouse.move(x + (box.width / 10) * columns, y, { steps: 4 });
  await app.mouse.up();
}

test('schedule by keyboard and by drag; a dependency finding appears and disappears', async ({
  app,
}) => {
  await openRoadmap(app);
  const findings = app.getByRole('region', { name: 'Temuan' });
  await expect(findings.getByText('Tidak ada temuan pada peta jalan.')).toBeVisible();

  // Keyboard: the mall depends on the data centre (2023–2027).
  const mall = app.getByRole('button', { name: 'Mal Pelayanan Publik Borong: 2024–2026' });
  await mall.focus();
  await app.keyboard.press('ArrowLeft');
  await app.keyboard.press('ArrowLeft');
  const moved = app.getByRole('button', { name: 'Mal Pelayanan Publik Borong: 2022–2024' });
  await expect(moved).toBeFocused();
  await expect(
    findings.getByText(
      /Mal Pelayanan Publik Borong" dijadwalkan mulai 2022, sebelum program prasyaratnya "Pusat Data Daerah/,
    ),
  ).toBeVisible();
  await app.keyboard.press('ArrowRight');
  await app.keyboard.press('ArrowRight');
  await app.keyboard.press('Shift+ArrowRight');
  await expect(
    app.getByRole('button', { name: 'Mal Pelayanan Publik Borong: 2024–2027' }),
  ).toBeFocused();
  await expect(findings.getByText('Tidak ada temuan pada peta jalan.')).toBeVisible();

  // Drag: the data centre moves two years later, so the mall (2024) now starts before it.
  const centre = app.getByRole('button', {
    name: /^Pusat Data Daerah dan Integrasi Layanan SPBE: 2023–2027$/,
  });
  await centre.scrollIntoViewIfNeeded();
  await dragBy(app, centre, 2);
  await expect(
    app.getByRole('button', { name: /^Pusat Data Daerah dan Integrasi Layanan SPBE: 2025–2029$/ }),
  ).toBeVisible();
  const finding = findings.getByRole('button', {
    name: /Mal Pelayanan Publik Borong" dijadwalkan mulai 2024/,
  });
  await expect(finding).toBeVisible();
  // The finding opens the programme on the timeline.
  await finding.click();
  await expect(
    app.getByRole('button', { name: 'Mal Pelayanan Publik Borong: 2024–2027' }),
  ).toBeFocused();
  await dragBy(
    app,
    app.getByRole('button', { name: /^Pusat Data Daerah dan Integrasi Layanan SPBE: 2025–2029$/ }),
    -2,
  );
  await expect(findings.getByText('Tidak ada temuan pada peta jalan.')).toBeVisible();
  await waitSaved(app);

  await app.reload();
  await expect(
    app.getByRole('button', { name: 'Mal Pelayanan Publik Borong: 2024–2027' }),
  ).toBeVisible();
});

test('enter budgets per year and source, see the totals, and the ceiling finding', async ({
  app,
}) => {
  await openRoadmap(app);
  const summary = app.getByRole('table', { name: 'Ringkasan anggaran per tahun dan sumber' });
  const total2025 = () => summary.locator('#budget-year-2025 td').last().textContent();
  const before = rupiah((await total2025())!);

  await app
    .getByRole('button', {
      name: 'Rumah Produksi Bersama Pengolahan Kopi dan Produk Lokal',
      exact: true,
    })
    .click();
  const detail = app.getByRole('region', { name: /Target dan anggaran per tahun/ });
  await detail.getByRole('combobox', { name: 'Tambah sumber pendanaan' }).click();
  await app.getByRole('option', { name: 'CSR' }).click();
  const csr2025 = detail.getByRole('textbox', { name: 'Anggaran CSR 2025' });
  await csr2025.fill('750 juta');
  await csr2025.press('Tab');
  await waitSaved(app);
  await expect(csr2025).toHaveValue('750.000.000');
  await expect.poll(async () => rupiah((await total2025())!)).toBe(before + 750_000_000);

  const csr2026 = detail.getByRole('textbox', { name: 'Anggaran CSR 2026' });
  await csr2026.fill('1,250');
  await csr2026.press('Tab');
  await expect(detail.getByText(/bisa dibaca dua cara/)).toBeVisible();
  await expect(csr2026).toHaveAttribute('aria-invalid', 'true');
  await csr2026.fill('');
  await csr2026.press('Tab');

  // A ceiling below the yearly totals raises a finding per year above it.
  const ceiling = app.getByRole('textbox', { name: 'Pagu anggaran per tahun' });
  await ceiling.fill('Rp 10.000.000.000');
  await ceiling.press('Tab');
  const findings = app.getByRole('region', { name: 'Temuan' });
  await expect(
    findings.getByText(/Total anggaran tahun 2025 \(Rp[\d.]+\) melampaui pagu Rp10\.000\.000\.000/),
  ).toBeVisible();
  await expect(summary.locator('#budget-year-2025')).toHaveClass(/over-ceiling/);
  await expect(summary.locator('#budget-year-2031')).not.toHaveClass(/over-ceiling/);

  // The tables go out as a spreadsheet.
  const download = app.waitForEvent('download');
  await app.getByRole('button', { name: 'Ekspor XLSX' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^Peta-jalan-.*Manggarai-Timur\.xlsx$/);
  const bytes = fs.readFileSync((await file.path())!);
  expect(bytes.subarray(0, 2).toString()).toBe('PK');
});

test('targets per year in the programme detail; findings and links open the exact programme', async ({
  app,
}) => {
  await app.getByRole('link', { name: /Contoh/ }).click();
  const nav = app.getByRole('navigation');
  await nav.getByRole('link', { name: /Program & Quick Win/ }).click();
  const table = app.getByRole('table', { name: 'Katalog program' });
  const open = table.getByRole('button', { name: /^Sekolah Lapang Kopi/ });
  const programmeId = await open
    .locator('xpath=ancestor::tr[1]')
    .getAttribute('data-programme-row');

  // The indicator's yearly targets are in the programme detail too: clear 2025.
  await open.click();
  const detail = app.getByRole('region', { name: 'Rincian program' });
  const label = 'Jumlah petani kopi lulusan sekolah lapang Target 2025';
  const target = detail.getByRole('textbox', { name: label });
  const value = await target.inputValue();
  expect(value).not.toBe('');
  await target.fill('');
  await target.press('Tab');
  await waitSaved(app);

  // The roadmap finding names the year and opens that very target.
  await nav.getByRole('link', { name: /Peta Jalan/ }).click();
  const findings = app.getByRole('region', { name: 'Temuan' });
  await findings
    .getByRole('button', { name: /Jumlah petani kopi lulusan sekolah lapang.*tahun 2025/ })
    .click();
  const again = app.getByRole('textbox', { name: label });
  await expect(again).toBeFocused();
  await again.fill(value);
  await again.press('Tab');
  await expect(findings.getByText('Tidak ada temuan pada peta jalan.')).toBeVisible();

  // A budget without a lead OPD is fixed in the programme: the finding opens it there.
  await nav.getByRole('link', { name: /Program & Quick Win/ }).click();
  await table.getByRole('button', { name: /^Sekolah Lapang Kopi/ }).click();
  const opd = detail.getByRole('combobox', { name: 'OPD penanggung jawab' });
  await opd.fill('');
  await opd.blur();
  await expect(opd).toHaveValue('');
  await waitSaved(app);
  await nav.getByRole('link', { name: /Peta Jalan/ }).click();
  await findings
    .getByRole('button', { name: /Sekolah Lapang Kopi.*belum memiliki OPD penanggung jawab/ })
    .click();
  await expect(app).toHaveURL(/\/programmes$/);
  await expect(detail.getByRole('textbox', { name: 'Program', exact: true })).toHaveValue(
    /^Sekolah Lapang Kopi/,
  );
  await expect(table.getByRole('button', { name: /^Sekolah Lapang Kopi/ })).toBeFocused();

  // The same link from anywhere: `?programme=<id>` selects, opens and shows the programme.
  await detail.getByRole('button', { name: 'Tutup rincian' }).click();
  await nav.getByRole('link', { name: /Peta Jalan/ }).click();
  const planId = /#\/plans\/([^/]+)\//.exec(app.url())![1];
  await app.goto(new URL(`/?programme=${programmeId}#/plans/${planId}/programmes`, app.url()).href);
  await expect(detail.getByRole('textbox', { name: 'Program', exact: true })).toHaveValue(
    /^Sekolah Lapang Kopi/,
  );
  await expect(table.getByRole('button', { name: /^Sekolah Lapang Kopi/ })).toBeFocused();
  await expect(app).toHaveURL(/\/programmes$/);

  // On the roadmap (a review comment on a roadmap row): the programme's row is selected, its
  // years and budgets shown, its bar focused.
  await app.goto(new URL(`/?programme=${programmeId}#/plans/${planId}/roadmap`, app.url()).href);
  await expect(
    app.getByRole('region', { name: /^Target dan anggaran per tahun: Sekolah Lapang Kopi/ }),
  ).toBeVisible();
  await expect(
    app.getByRole('button', { name: /^Sekolah Lapang Kopi.*: \d{4}–\d{4}$/ }),
  ).toBeFocused();
  await expect(app).toHaveURL(/\/roadmap$/);
});
