/**
 * Screenshots of the package dialogs and the review panel, in Indonesian and English.
 * Run with `SCREENSHOTS=1 npx playwright test e2e/packages-screens.spec.ts`; files go to
 * reports/screens/ (or SCREENSHOTS_DIR).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, newDataDir, startHost, test } from './fixtures';

test.skip(!process.env.SCREENSHOTS, 'screenshots only on request');

const DIR = process.env.SCREENSHOTS_DIR ?? 'reports/screens';
const DEMO_TITLE = 'Contoh — Masterplan Smart City Kabupaten Manggarai Timur 2022–2031';

const rpc = (page: Page, method: string, input: unknown) =>
  page.evaluate(
    async ([m, i]) => {
      const r = await fetch(`./rpc/${m}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(i),
      });
      return (await r.json()).value;
    },
    [method, input] as const,
  );

for (const lang of ['id', 'en'] as const) {
  test(`package dialogs (${lang})`, async ({ app }, testInfo) => {
    const shot = (name: string) => app.screenshot({ path: `${DIR}/${lang}-packages-${name}.png` });
    if (lang === 'en') {
      await app.getByRole('group', { name: 'Bahasa' }).getByText('EN', { exact: true }).click();
    }
    const [plan] = await rpc(app, 'plans.list', {});
    await rpc(app, 'identity.set', {
      name: 'Rina Wulandari',
      instansi: 'Bappeda Kabupaten Manggarai Timur',
      email: 'rina@example.go.id',
    });
    await app.getByRole('link', { name: DEMO_TITLE }).click();
    const [download] = await Promise.all([
      app.waitForEvent('download'),
      app
        .getByRole('button', { name: lang === 'id' ? 'Simpan sebagai paket' : 'Save as package' })
        .click(),
    ]);
    const file = path.join(testInfo.outputDir, download.suggestedFilename());
    await download.saveAs(file);
    await rpc(app, 'plans.rename', { planId: plan.id, title: 'Masterplan Matim (revisi Bappeda)' });
    await rpc(app, 'opd.add', { planId: plan.id, name: 'Dinas Perhubungan' });
    await rpc(app, 'review.add', {
      planId: plan.id,
      targetType: 'programme',
      targetId: (await rpc(app, 'plans.document', { planId: plan.id })).programmes[0].id,
      severity: 'major',
      body: 'Indikator kinerja program belum terukur; tambahkan target tahunan.',
    });
    await rpc(app, 'review.add', {
      planId: plan.id,
      targetType: 'document_section',
      targetId: 'buku2:2.1',
      severity: 'minor',
      body: 'Uraian visi di bagian ini terlalu singkat.',
    });
    await app
      .getByRole('link', { name: /Rancang/ })
      .first()
      .click();
    const [chooser] = await Promise.all([
      app.waitForEvent('filechooser'),
      app.getByRole('button', { name: lang === 'id' ? 'Buka paket…' : 'Open package…' }).click(),
    ]);
    await chooser.setFiles(file);
    await expect(app.getByRole('dialog').getByRole('table')).toHaveCount(2);
    await shot('replace-dialog');
    await app.keyboard.press('Escape');
    await app.getByRole('link', { name: 'Masterplan Matim (revisi Bappeda)' }).click();
    await app.getByRole('button', { name: lang === 'id' ? 'Tinjauan (2)' : 'Review (2)' }).click();
    await app.getByText(lang === 'id' ? 'Semua' : 'All', { exact: true }).click();
    await expect(app.getByRole('article')).toHaveCount(2);
    await shot('review-panel');
    await app.keyboard.press('Escape');
    await app.getByRole('link', { name: /^4\. / }).click();
    await expect(app.getByRole('alert').first()).toBeVisible();
    await shot('step-comments');
    await app.getByRole('link', { name: /^6\. / }).click();
    await expect(app.getByRole('alert').first()).toBeVisible();
    await shot('documents-step-comments');
    await app
      .getByRole('button', {
        name: lang === 'id' ? 'Pilihan simpan paket' : 'Package save options',
      })
      .click();
    await app
      .getByRole('menuitem', {
        name: lang === 'id' ? 'Identitas dan sidik jari saya…' : 'My identity and fingerprint…',
      })
      .click();
    await expect(app.getByRole('dialog')).toBeVisible();
    await shot('identity');
  });
}

for (const lang of ['id', 'en'] as const) {
  test(`review mode (${lang})`, async ({ app, browser }, testInfo) => {
    test.setTimeout(120_000);
    const [plan] = await rpc(app, 'plans.list', {});
    await rpc(app, 'identity.set', {
      name: 'Rina Wulandari',
      instansi: 'Bappeda Kabupaten Manggarai Timur',
      email: '',
    });
    await rpc(app, 'plans.rename', { planId: plan.id, title: plan.title });
    const pkg = await rpc(app, 'packages.export', { planId: plan.id });
    fs.mkdirSync(testInfo.outputDir, { recursive: true });
    const file = path.join(testInfo.outputDir, 'paket.rancang');
    fs.writeFileSync(file, Buffer.from(pkg.dataBase64, 'base64'));

    const host = await startHost(newDataDir());
    const page = await (
      await browser.newContext({
        locale: lang === 'id' ? 'id-ID' : 'en-GB',
        viewport: { width: 1366, height: 768 },
      })
    ).newPage();
    try {
      await page.goto(host.url);
      if (lang === 'en') {
        await page.getByRole('group', { name: 'Bahasa' }).getByText('EN', { exact: true }).click();
      }
      const shot = (name: string) =>
        page.screenshot({ path: `${DIR}/${lang}-packages-${name}.png` });
      await rpc(page, 'identity.set', {
        name: 'Budi Santoso',
        instansi: 'Bappeda Provinsi NTT',
        email: '',
      });
      const open = async () => {
        const [chooser] = await Promise.all([
          page.waitForEvent('filechooser'),
          page
            .getByRole('button', { name: lang === 'id' ? 'Buka paket…' : 'Open package…' })
            .click(),
        ]);
        await chooser.setFiles(file);
        await expect(page.getByRole('dialog').getByTestId('fingerprint')).toBeVisible();
      };
      await open();
      await shot('open-for-review');
      await page
        .getByRole('dialog')
        .getByRole('button', { name: lang === 'id' ? 'Buka untuk ditinjau' : 'Open for review' })
        .click();
      await rpc(page, 'review.add', {
        planId: plan.id,
        targetType: 'document_section',
        targetId: 'buku2:2.1',
        severity: 'kritis',
        body: 'Uraian visi terlalu singkat.',
      });
      await page.getByRole('link', { name: /^6\. / }).click();
      await page
        .getByRole('button', { name: lang === 'id' ? 'Tinjauan (1)' : 'Review (1)' })
        .click();
      const panel = page.getByRole('dialog');
      await panel
        .getByLabel(lang === 'id' ? 'Bagian yang dikomentari' : 'Item commented on')
        .fill(lang === 'id' ? 'Masterplan › BAB II' : 'Masterplan › CHAPTER II');
      await expect(page.getByRole('option').first()).toBeVisible();
      await shot('review-mode-add');
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
      await page
        .getByRole('link', { name: /Rancang/ })
        .first()
        .click();
      await open();
      await shot('update-review');
    } finally {
      await page.context().close();
      await host.stop();
    }
  });
}
