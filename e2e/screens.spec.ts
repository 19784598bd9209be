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
