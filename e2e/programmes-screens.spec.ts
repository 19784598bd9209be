/**
 * Not a test: screenshots of the programmes, quick-win and roadmap screens at 1366×768 in both
 * languages, to look at. Run with `SCREENSHOTS=1 npx playwright test e2e/programmes-screens.spec.ts`;
 * files go to $SHOTS_DIR (default reports/screens/).
 */
import { expect, test } from './fixtures';

test.skip(!process.env.SCREENSHOTS, 'screenshots only on request');

const dir = process.env.SHOTS_DIR ?? 'reports/screens';

for (const lang of ['id', 'en'] as const) {
  test(`programme screens ${lang}`, async ({ app }) => {
    const en = lang === 'en';
    const shot = (name: string) =>
      app.screenshot({ path: `${dir}/${lang}-p${name}.png`, fullPage: false });
    if (en)
      await app.getByRole('group', { name: 'Bahasa' }).getByText('EN', { exact: true }).click();
    await app.getByRole('link', { name: /Contoh|Example/ }).click();
    const nav = app.getByRole('navigation');
    await nav.getByRole('link').nth(3).click();
    await expect(app.getByRole('table').first()).toBeVisible();
    await shot('01-catalogue');
    await app.getByRole('button', { name: /^Sekolah Lapang Kopi/ }).click();
    await shot('02-detail');
    const detail = app.getByRole('region', { name: en ? 'Programme detail' : 'Rincian program' });
    await detail.getByRole('group').last().scrollIntoViewIfNeeded();
    await shot('03-detail-indicators');
    await app.getByRole('tab').nth(1).click();
    await app.getByRole('button', { name: en ? 'Edit criteria' : 'Ubah kriteria' }).click();
    await shot('04-criteria');
    await app.getByRole('button', { name: en ? 'Done editing' : 'Selesai mengubah' }).click();
    await app.getByRole('grid').getByRole('gridcell').first().click();
    await shot('05-grid');
    await app
      .getByRole('heading', { name: en ? 'Impact × ease quadrant' : 'Kuadran dampak × kemudahan' })
      .scrollIntoViewIfNeeded();
    await app.waitForTimeout(400);
    await shot('06-quadrant');
    const card = app.getByRole('article').first();
    await card.getByRole('button').first().click();
    await card.scrollIntoViewIfNeeded();
    await shot('07-quickwin-card');
    await card.getByRole('table').scrollIntoViewIfNeeded();
    await shot('08-risks');
    await nav.getByRole('link').nth(4).click();
    await expect(app.getByRole('region').first()).toBeVisible();
    await app.waitForTimeout(400);
    await shot('09-timeline');
    await app.getByRole('button', { name: /^Sekolah Lapang Kopi.*\d{4}–\d{4}$/ }).focus();
    await app
      .getByRole('button', { name: /^Sekolah Lapang Kopi/ })
      .first()
      .click();
    await app
      .getByRole('region', { name: /Target dan anggaran per tahun|Targets and budget per year/ })
      .scrollIntoViewIfNeeded();
    await shot('10-year-detail');
    await app.getByRole('region', { name: en ? 'Findings' : 'Temuan' }).scrollIntoViewIfNeeded();
    await app.waitForTimeout(400);
    await shot('11-findings-summary');
    await app.mouse.wheel(0, 800);
    await app.waitForTimeout(400);
    await shot('12-chart');
  });
}
