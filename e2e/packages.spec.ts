/**
 * Plan packages across two "PCs" (two hosts with their own data dirs): the author exports a
 * signed package, the reviewer opens it read-only, comments and returns a signed review, the
 * author sees the comments on the right items, answers and resolves them.
 */
import path from 'node:path';
import type { Page } from '@playwright/test';
import { rawZip } from '../main/core/packages/testing/raw-zip';
import { expect, newDataDir, startHost, test } from './fixtures';

const DEMO_TITLE = 'Contoh — Masterplan Smart City Kabupaten Manggarai Timur 2022–2031';
const PROGRAMME = 'Satu Data Manggarai Timur (Satu Data Matim)';

async function download(page: Page, click: () => Promise<void>, dir: string) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const target = path.join(dir, file.suggestedFilename());
  await file.saveAs(target);
  return target;
}

async function openPackage(page: Page, file: string) {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Buka paket…' }).click(),
  ]);
  await chooser.setFiles(file);
}

async function fillIdentity(page: Page, name: string, instansi: string) {
  const dialog = page.getByRole('dialog', { name: 'Identitas Anda' });
  await dialog.getByRole('textbox', { name: 'Nama' }).fill(name);
  await dialog.getByRole('textbox', { name: 'Instansi' }).fill(instansi);
  await dialog.getByRole('button', { name: 'Simpan identitas' }).click();
  await expect(dialog).toHaveCount(0);
}

test('export, review on a second PC, return the review, answer and resolve', async ({
  app: author,
  browser,
}, testInfo) => {
  test.setTimeout(180_000); // two hosts, two browsers: slow on a busy 2-core machine
  const files = testInfo.outputDir;
  // Author: open the plan, save it as a package (first use asks for the identity).
  await author.getByRole('link', { name: DEMO_TITLE }).click();
  await expect(author.getByRole('heading', { name: 'Profil & Tim' })).toBeVisible();
  const pkg = await download(
    author,
    async () => {
      await author.getByRole('button', { name: 'Simpan sebagai paket' }).click();
      await fillIdentity(author, 'Rina Wulandari', 'Bappeda Kabupaten Manggarai Timur');
    },
    files,
  );
  expect(pkg).toMatch(/\.rancang$/);

  // Reviewer on another PC.
  const reviewerHost = await startHost(newDataDir());
  const reviewer = await (await browser.newContext({ locale: 'id-ID' })).newPage();
  try {
    await reviewer.goto(reviewerHost.url);
    await openPackage(reviewer, pkg);
    const dialog = reviewer.getByRole('dialog', { name: /Membuka/ });
    await expect(dialog.getByText('Ditandatangani dan utuh')).toBeVisible();
    await expect(dialog.getByText(/Ditandatangani oleh Rina Wulandari/)).toBeVisible();
    await expect(dialog.getByTestId('fingerprint')).toHaveText(/^[0-9A-F]{4}( [0-9A-F]{4}){3}$/);
    await expect(dialog.getByText('Belum tepercaya')).toBeVisible();
    // After comparing the fingerprint by phone, the reviewer trusts the author's key.
    await dialog.getByRole('button', { name: 'Tandai tepercaya' }).click();
    await expect(dialog.getByText('Tepercaya', { exact: true })).toBeVisible();
    await dialog.getByRole('button', { name: 'Buka untuk ditinjau' }).click();

    await expect(reviewer.getByText('Mode tinjauan — hanya baca')).toBeVisible();
    await expect(reviewer.getByRole('textbox', { name: 'Ibu kota' })).not.toBeEditable();

    await reviewer.getByRole('button', { name: 'Tinjauan (0)' }).click();
    const panel = reviewer.getByRole('dialog', { name: 'Komentar tinjauan' });
    await panel.getByLabel('Bagian yang dikomentari').fill('Satu Data');
    await reviewer.getByRole('option', { name: `Program: ${PROGRAMME}` }).click();
    await panel.getByLabel('Tingkat').click();
    await reviewer.getByRole('option', { name: 'Mayor' }).click();
    await panel
      .getByRole('textbox', { name: 'Komentar' })
      .fill('Indikator kinerja program belum terukur.');
    await panel.getByRole('button', { name: 'Simpan komentar' }).click();
    await fillIdentity(reviewer, 'Budi Santoso', 'Bappeda Provinsi NTT');
    await panel.getByRole('button', { name: 'Simpan komentar' }).click();
    await expect(panel.getByText('Indikator kinerja program belum terukur.')).toBeVisible();
    await reviewer.keyboard.press('Escape');
    await expect(panel).toHaveCount(0);

    const review = await download(
      reviewer,
      () => reviewer.getByRole('button', { name: 'Ekspor tinjauan' }).click(),
      files,
    );
    expect(review).toMatch(/-tinjauan\.rancang$/);

    // Author: attach the review; the comment shows on the programme; answer and resolve it.
    await author.getByRole('link', { name: 'Rancang — Beranda' }).click();
    await openPackage(author, review);
    const reviewDialog = author.getByRole('dialog', { name: /Membuka/ });
    await expect(reviewDialog.getByText('Berkas tinjauan')).toBeVisible();
    await expect(reviewDialog.getByText(/Ditandatangani oleh Budi Santoso/)).toBeVisible();
    await reviewDialog.getByRole('button', { name: 'Lampirkan komentar' }).click();
    // The comment shows on the step of the item it concerns.
    await author.getByRole('link', { name: /4\. Program & Quick Win/ }).click();
    const strip = author.getByRole('alert', { name: '1 komentar terbuka pada langkah ini' });
    await expect(strip).toContainText(`Program: ${PROGRAMME}`);
    await expect(strip).toContainText('Indikator kinerja program belum terukur.');
    await author.getByRole('link', { name: /1\. Profil & Tim/ }).click();
    await expect(strip).toHaveCount(0);
    await author.getByRole('button', { name: 'Tinjauan (1)' }).click();
    const authorPanel = author.getByRole('dialog', { name: 'Komentar tinjauan' });
    await authorPanel.getByText('Semua').click();
    const card = authorPanel.getByRole('article', {
      name: `Program: ${PROGRAMME}: Indikator kinerja program belum terukur.`,
    });
    await expect(card).toContainText('Indikator kinerja program belum terukur.');
    await expect(card).toContainText('Mayor');
    await expect(card).toContainText('Budi Santoso (Bappeda Provinsi NTT)');
    await card.getByRole('textbox', { name: 'Jawaban penyusun' }).fill('Indikator ditambahkan.');
    await card.getByRole('button', { name: 'Simpan jawaban' }).click();
    await card.getByRole('button', { name: 'Tandai selesai' }).click();
    await expect(card.getByText('Selesai', { exact: true })).toBeVisible();
    await expect(author.getByRole('button', { name: 'Tinjauan (0)' })).toBeVisible();
    // From the panel to the item itself: the programme opens in its step.
    await card.getByRole('button', { name: `Tunjukkan Program: ${PROGRAMME}` }).click();
    await expect(authorPanel).toHaveCount(0);
    await expect(
      author
        .getByRole('region', { name: 'Rincian program' })
        .getByRole('textbox', { name: 'Program', exact: true }),
    ).toHaveValue(PROGRAMME);
  } finally {
    await reviewer.context().close();
    await reviewerHost.stop();
  }
});

test('a package of a plan already on this PC offers replace, copy or cancel with the diff', async ({
  app,
}, testInfo) => {
  await app.getByRole('link', { name: DEMO_TITLE }).click();
  const pkg = await download(
    app,
    async () => {
      await app.getByRole('button', { name: 'Simpan sebagai paket' }).click();
      await fillIdentity(app, 'Rina Wulandari', 'Bappeda Kabupaten Manggarai Timur');
    },
    testInfo.outputDir,
  );
  await app.getByRole('link', { name: 'Rancang — Beranda' }).click();
  await openPackage(app, pkg);
  const dialog = app.getByRole('dialog', { name: /Membuka/ });
  await expect(dialog.getByText('Rencana ini sudah ada di PC ini')).toBeVisible();
  await expect(dialog.getByText('Kunci Anda sendiri')).toBeVisible();
  await expect(dialog.getByText('Isi paket sama dengan rencana di PC ini.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Salin sebagai rencana baru' }).click();
  await expect(app.getByRole('heading', { name: 'Profil & Tim' })).toBeVisible();
  await app.getByRole('link', { name: 'Rancang — Beranda' }).click();
  await expect(app.getByRole('link', { name: `${DEMO_TITLE} (salinan)` })).toBeVisible();
});

test('a hostile package dropped on the window is refused with its reason; nothing changes', async ({
  app,
}) => {
  const zipSlip = rawZip([{ name: '../../evil.json', data: Buffer.from('{}') }]);
  await app.evaluate(
    ([b64, name]) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const data = new DataTransfer();
      data.items.add(new File([bytes], name));
      const init = { dataTransfer: data, cancelable: true, bubbles: true };
      document.body.dispatchEvent(new DragEvent('dragover', init));
      document.body.dispatchEvent(new DragEvent('drop', init));
    },
    [zipSlip.toString('base64'), 'jahat.rancang'] as const,
  );
  const dialog = app.getByRole('dialog', { name: 'Membuka jahat.rancang' });
  await expect(dialog.getByRole('alert')).toContainText('Paket tidak dapat dibuka');
  await expect(dialog.getByRole('alert')).toContainText(
    'nama berkas berbahaya ("../../evil.json")',
  );
  await expect(dialog).toContainText('Tidak ada yang diubah di penyimpanan Anda.');
  await dialog.getByRole('button', { name: 'Tutup' }).click();
  await expect(app.getByRole('link', { name: DEMO_TITLE })).toBeVisible();
  await expect(app.getByRole('table').getByRole('link')).toHaveCount(1);
});

test('comments on a pillar and a document section reach the authors; answers and the reviewer’s new comments survive the next version', async ({
  app: author,
  browser,
}, testInfo) => {
  test.setTimeout(180_000); // two hosts, two browsers: slow on a busy 2-core machine
  const files = testInfo.outputDir;
  await author.getByRole('link', { name: DEMO_TITLE }).click();
  const pkg = await download(
    author,
    async () => {
      await author.getByRole('button', { name: 'Simpan sebagai paket' }).click();
      await fillIdentity(author, 'Rina Wulandari', 'Bappeda Kabupaten Manggarai Timur');
    },
    files,
  );
  const reviewerHost = await startHost(newDataDir());
  const reviewer = await (await browser.newContext({ locale: 'id-ID' })).newPage();
  try {
    await reviewer.goto(reviewerHost.url);
    await openPackage(reviewer, pkg);
    await reviewer
      .getByRole('dialog', { name: /Membuka/ })
      .getByRole('button', { name: 'Buka untuk ditinjau' })
      .click();
    await expect(reviewer.getByText('Mode tinjauan — hanya baca')).toBeVisible();

    // Read-only, but the reviewer still chooses which books to export.
    await reviewer.getByRole('link', { name: /6\. Dokumen/ }).click();
    await expect(reviewer.getByRole('checkbox', { name: /^Buku I – / })).toBeEnabled();
    await reviewer.getByRole('link', { name: /1\. Profil & Tim/ }).click();
    await expect(reviewer.getByRole('textbox', { name: 'Ibu kota' })).not.toBeEditable();

    // A comment on a section of Buku II, numbered as in the PDF, and one on a pillar.
    await reviewer.getByRole('button', { name: 'Tinjauan (0)' }).click();
    const panel = reviewer.getByRole('dialog', { name: 'Komentar tinjauan' });
    let first = true;
    const comment = async (search: string, option: RegExp | string, text: string) => {
      await panel.getByLabel('Bagian yang dikomentari').fill(search);
      await reviewer.getByRole('option', { name: option }).first().click();
      await panel.getByRole('textbox', { name: 'Komentar' }).fill(text);
      await panel.getByRole('button', { name: 'Simpan komentar' }).click();
      if (first) {
        // The first comment asks who reviews.
        await fillIdentity(reviewer, 'Budi Santoso', 'Bappeda Provinsi NTT');
        await panel.getByRole('button', { name: 'Simpan komentar' }).click();
        first = false;
      }
      await expect(panel.getByText(text)).toBeVisible();
    };
    await comment(
      'Masterplan › BAB II',
      /^Bagian dokumen: Buku II — Masterplan › BAB II › 2\.1 /,
      'Bagian 2.1 terlalu singkat.',
    );
    await comment('Smart Governance', 'Pilar: Smart Governance', 'Pilar ini kurang dianalisis.');
    await reviewer.keyboard.press('Escape');
    const review = await download(
      reviewer,
      () => reviewer.getByRole('button', { name: 'Ekspor tinjauan' }).click(),
      files,
    );

    // Authors: each comment shows on its own step and leads to its item.
    await author.getByRole('link', { name: 'Rancang — Beranda' }).click();
    await openPackage(author, review);
    await author
      .getByRole('dialog', { name: /Membuka/ })
      .getByRole('button', { name: 'Lampirkan komentar' })
      .click();
    await author.getByRole('link', { name: /6\. Dokumen/ }).click();
    const strip = author.getByRole('alert', { name: '1 komentar terbuka pada langkah ini' });
    await expect(strip).toContainText(/Bagian dokumen: Buku II — Masterplan › BAB II › 2\.1 /);
    await expect(strip).toContainText('Bagian 2.1 terlalu singkat.');
    // Its link sets the Dokumen step's preview to that book.
    await strip
      .getByRole('button', { name: /^Tunjukkan Buku II — Masterplan › BAB II › 2\.1 / })
      .click();
    await expect(author.getByRole('combobox', { name: 'Dokumen yang dipratinjau' })).toHaveValue(
      'Masterplan Smart City',
    );
    await author.getByRole('link', { name: /3\. Analisis Pilar/ }).click();
    await expect(strip).toContainText('Pilar: Smart Governance');
    await strip.getByRole('button', { name: 'Tunjukkan Smart Governance' }).click();
    // The pillars step opens that pillar (its deep link `?pillar=governance`).
    await expect(author.getByRole('tab', { name: /Smart Governance/ })).toHaveAttribute(
      'aria-selected',
      'true',
    );

    // Answer and resolve the section's comment in the review panel.
    await author.getByRole('button', { name: 'Tinjauan (2)' }).click();
    const authorPanel = author.getByRole('dialog', { name: 'Komentar tinjauan' });
    await authorPanel.getByText('Semua').click();
    const card = authorPanel.getByRole('article', { name: /^Bagian dokumen: .*2\.1 .*/ });
    await card.getByRole('textbox', { name: 'Jawaban penyusun' }).fill('Bagian 2.1 dilengkapi.');
    await card.getByRole('button', { name: 'Simpan jawaban' }).click();
    await card.getByRole('button', { name: 'Tandai selesai' }).click();
    await expect(card.getByText('Selesai', { exact: true })).toBeVisible();
    await author.keyboard.press('Escape');
    const next = await download(
      author,
      () => author.getByRole('button', { name: 'Simpan sebagai paket' }).click(),
      files,
    );

    // The reviewer wrote one more comment before the new version arrived: it is kept.
    await reviewer.getByRole('button', { name: 'Tinjauan (2)' }).click();
    await comment('Smart Economy', 'Pilar: Smart Economy', 'Belum ada program ekonomi.');
    await reviewer.keyboard.press('Escape');
    await reviewer.getByRole('link', { name: 'Rancang — Beranda' }).click();
    await openPackage(reviewer, next);
    const update = reviewer.getByRole('dialog', { name: /Membuka/ });
    await expect(update.getByText('Versi baru dari rencana yang sedang Anda tinjau')).toBeVisible();
    await expect(update).toContainText('Salinan tinjauan Anda memuat 3 komentar.');
    await update.getByRole('button', { name: 'Perbarui salinan tinjauan' }).click();
    await expect(
      reviewer.getByText('1 komentar Anda dipindahkan.', { exact: false }),
    ).toBeVisible();
    await reviewer.getByRole('button', { name: 'Tinjauan (2)' }).click();
    await panel.getByText('Semua').click();
    await expect(panel.getByText('Belum ada program ekonomi.')).toBeVisible();
    const answered = panel.getByRole('article', { name: /^Bagian dokumen: .*2\.1 .*/ });
    await expect(answered).toContainText('Jawaban penyusun: Bagian 2.1 dilengkapi.');
    await expect(answered.getByText('Selesai', { exact: true })).toBeVisible();
  } finally {
    await reviewer.context().close();
    await reviewerHost.stop();
  }
});
