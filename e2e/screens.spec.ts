/**
 * Not a test: takes screenshots of every screen at 1366×768 in both languages, to look at.
 * Run with `SCREENSHOTS=1 npx playwright test e2e/screens.spec.ts`; files go to reports/screens/.
 */
import { expect, test } from './fixtures';

test.skip(!process.env.SCREENSHOTS, 'screenshots only on request');

for (const lang of ['id', 'en'] as const) {
  test(`screens ${lang}`, async ({ app }) => {
    const shot = (name: string) =>
      app.screenshot({ path: `reports/screens/${lang}-${name}.png`, fullPage: false });
    if (lang === 'en')
      await app.getByRole('group', { name: 'Bahasa' }).getByText('EN', { exact: true }).click();
    await expect(app.getByRole('table')).toBeVisible();
    await shot('01-home');
    await app.getByRole('button', { name: lang === 'en' ? 'New plan' : 'Rencana baru' }).click();
    await app
      .getByRole('combobox', { name: lang === 'en' ? 'Regency/city' : 'Kabupaten/kota' })
      .fill('Manggarai');
    await shot('02-create-search');
    await app.getByRole('option', { name: 'Kabupaten Manggarai Barat' }).click();
    await shot('03-create');
    await app.keyboard.press('Escape');
    await app.getByRole('link', { name: /Contoh/ }).click();
    await expect(app.getByRole('navigation')).toBeVisible();
    await shot('04-profile');
    await app.mouse.wheel(0, 700);
    await shot('05-profile-team');
    const nav = app.getByRole('navigation');
    for (const [i, step] of ['rpjmd', 'pillars', 'programmes', 'roadmap', 'documents'].entries()) {
      await nav
        .getByRole('link')
        .nth(i + 1)
        .click();
      await expect(app).toHaveURL(new RegExp(`/${step}$`));
      await app.waitForTimeout(400);
      await shot(`${String(6 + i).padStart(2, '0')}-${step}`);
    }
  });
}

// Programmes, quick wins and roadmap (issue 4): the detail panels and the lower parts.
for (const lang of ['id', 'en'] as const) {
  test(`screens programmes and roadmap ${lang}`, async ({ app }) => {
    const shot = (name: string) =>
      app.screenshot({ path: `reports/screens/${lang}-${name}.png`, fullPage: false });
    const en = lang === 'en';
    if (en)
      await app.getByRole('group', { name: 'Bahasa' }).getByText('EN', { exact: true }).click();
    await app.getByRole('link', { name: /Contoh/ }).click();
    const nav = app.getByRole('navigation');
    await nav.getByRole('link').nth(3).click();
    await app
      .getByRole('button', { name: 'Satu Data Manggarai Timur (Satu Data Matim)', exact: true })
      .click();
    await shot('20-programmes-detail');
    await app.getByRole('tab').nth(1).click();
    await app.getByRole('grid').getByRole('gridcell').first().click();
    await shot('21-quickwin-grid');
    await app
      .getByRole('heading', { name: en ? 'Impact × ease quadrant' : 'Kuadran dampak × kemudahan' })
      .scrollIntoViewIfNeeded();
    await app.waitForTimeout(300);
    await shot('22-quickwin-quadrant');
    const card = app.getByRole('article').first();
    await card.getByRole('button').first().click();
    await card.scrollIntoViewIfNeeded();
    await shot('23-quickwin-card');
    await nav.getByRole('link').nth(4).click();
    await app
      .getByRole('button', { name: /Layanan Administrasi Kependudukan Jemput Bola ke Desa$/ })
      .click();
    await app
      .getByRole('region', { name: /Target dan anggaran per tahun|Targets and budget per year/ })
      .scrollIntoViewIfNeeded();
    await shot('24-roadmap-detail');
    await app
      .getByRole('textbox', { name: en ? 'Yearly budget ceiling' : 'Pagu anggaran per tahun' })
      .fill('10 M');
    await app.keyboard.press('Tab');
    await app.getByRole('region', { name: en ? 'Findings' : 'Temuan' }).scrollIntoViewIfNeeded();
    await app.waitForTimeout(300);
    await shot('25-roadmap-findings-summary');
    await app.mouse.wheel(0, 800);
    await app.waitForTimeout(300);
    await shot('26-roadmap-chart');
  });
}

// RPJMD and pillar analysis (issue 3): outline with an item's indicators, smart-city vision,
// alignment, the import mapping and a rejected preview, the pillar overview and one pillar.
for (const lang of ['id', 'en'] as const) {
  test(`screens rpjmd and pillars ${lang}`, async ({ app }, testInfo) => {
    const en = lang === 'en';
    const shot = (name: string) =>
      app.screenshot({ path: `reports/screens/${lang}-${name}.png`, fullPage: false });
    if (en)
      await app.getByRole('group', { name: 'Bahasa' }).getByText('EN', { exact: true }).click();
    await app.getByRole('link', { name: /Contoh|Example/ }).click();
    const nav = app.getByRole('navigation');
    await nav.getByRole('link').nth(1).click();
    await app
      .getByRole('textbox', { name: en ? 'Target 1.1.1' : 'Sasaran 1.1.1', exact: true })
      .click();
    await app.waitForTimeout(300);
    await shot('30-rpjmd-outline');
    await app
      .getByRole('tab', { name: en ? /Smart-city vision/ : /Visi & misi smart city/ })
      .click();
    await app.waitForTimeout(300);
    await shot('31-rpjmd-vision');
    await app.getByRole('tab', { name: en ? 'Alignment' : 'Keselarasan' }).click();
    await app.waitForTimeout(300);
    await shot('32-rpjmd-alignment');
    await app
      .getByRole('region', { name: en ? 'Alignment matrix' : 'Matriks keselarasan' })
      .scrollIntoViewIfNeeded();
    await shot('33-rpjmd-matrix');

    const csv = testInfo.outputPath('rpjmd.csv');
    const fs = await import('node:fs');
    fs.writeFileSync(
      csv,
      'Kode;Jenis;Uraian;Indikator;Satuan;Baseline;Target 2019\n1;Misi;Tata kelola;;;;\n1.1;Visi;Layanan;IKM;indeks;78,5;80\n1.2;Tujuan;Ekonomi;IPM;indeks;banyak;70\n3.1;Sasaran;Tanpa induk;;;;\n',
    );
    const chooser = app.waitForEvent('filechooser');
    await app.getByRole('button', { name: en ? 'Import XLSX/CSV…' : 'Impor XLSX/CSV…' }).click();
    await (await chooser).setFiles(csv);
    const dialog = app.getByRole('dialog');
    await dialog.getByRole('button', { name: en ? 'Check' : 'Periksa' }).waitFor();
    await shot('34-rpjmd-import-mapping');
    await dialog.getByRole('button', { name: en ? 'Check' : 'Periksa' }).click();
    await dialog.getByRole('table').waitFor();
    await shot('35-rpjmd-import-problems');
    await dialog.getByRole('button', { name: en ? 'Cancel' : 'Batal' }).click();

    await nav.getByRole('link').nth(2).click();
    await app.getByTestId('readiness-radar').waitFor();
    await app.waitForTimeout(600);
    await shot('36-pillars-overview');
    await app.mouse.wheel(0, 600);
    await app.waitForTimeout(300);
    await shot('37-pillars-heat');
    await app.getByRole('tab', { name: 'Smart Economy' }).click();
    await app.waitForTimeout(300);
    await shot('38-pillar-economy');
    await app
      .getByRole('region', { name: en ? 'SWOT of Smart Economy' : 'SWOT Smart Economy' })
      .scrollIntoViewIfNeeded();
    await app.waitForTimeout(300);
    await shot('39-pillar-swot-issues');
  });
}
