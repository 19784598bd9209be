/**
 * Not a test: screenshots of the Dokumen step at 1366×768 in both languages (options and
 * checklist, settings and logo, preview, export progress and done), to look at.
 * Run with `SCREENSHOTS=1 npx playwright test e2e/documents-screens.spec.ts`; files go to
 * reports/screens/.
 */
import { expect, test } from './fixtures';

test.skip(!process.env.SCREENSHOTS, 'screenshots only on request');

for (const lang of ['id', 'en'] as const) {
  test(`Dokumen screens ${lang}`, async ({ app }) => {
    test.setTimeout(180_000);
    const en = lang === 'en';
    const shot = (name: string) =>
      app.screenshot({ path: `reports/screens/${lang}-documents-${name}.png`, fullPage: false });
    if (en)
      await app.getByRole('group', { name: 'Bahasa' }).getByText('EN', { exact: true }).click();
    await app.getByRole('link', { name: /Contoh/ }).click();
    await app
      .getByRole('navigation')
      .getByRole('link', { name: en ? /Documents/ : /Dokumen/ })
      .click();
    await expect(app).toHaveURL(/\/documents$/);
    await app.waitForTimeout(500);
    await shot('1-options');
    await app
      .getByText(en ? 'Regional logo for the covers' : 'Logo daerah untuk sampul')
      .evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await shot('2-settings');
    await app.getByRole('button', { name: en ? 'Preview' : 'Pratinjau', exact: true }).click();
    await expect(app.locator('iframe')).toBeVisible({ timeout: 30_000 });
    await app.locator('iframe').scrollIntoViewIfNeeded();
    await app.waitForTimeout(800);
    await shot('3-preview');
    await app
      .getByRole('heading', { name: en ? 'Export PDF' : 'Ekspor PDF' })
      .scrollIntoViewIfNeeded();
    await app
      .getByRole('button', {
        name: en ? /^(Export PDF|Export anyway)/ : /^(Ekspor PDF|Ekspor saja)/,
      })
      .first()
      .click();
    await app.waitForTimeout(600);
    await shot('4-progress');
    await expect(app.getByText(en ? /documents? ready/ : /dokumen siap/)).toBeVisible({
      timeout: 90_000,
    });
    await shot('5-done');
  });
}
