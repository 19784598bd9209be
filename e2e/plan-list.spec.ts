import { expect, test } from './fixtures';

const DEMO_TITLE = 'Contoh — Masterplan Smart City Kabupaten Manggarai Timur 2022–2031';

test('switch language to English; it is remembered after a reload', async ({ app }) => {
  await app.getByRole('group', { name: 'Bahasa' }).getByText('EN', { exact: true }).click();
  await expect(app.getByRole('heading', { name: 'Plans on this computer' })).toBeVisible();
  await expect(app.locator('html')).toHaveAttribute('lang', 'en');
  await app.reload();
  await expect(app.getByRole('heading', { name: 'Plans on this computer' })).toBeVisible();
  await app.getByRole('group', { name: 'Language' }).getByText('ID', { exact: true }).click();
  await expect(app.getByRole('heading', { name: 'Rencana di komputer ini' })).toBeVisible();
});

test('delete a plan only after confirming', async ({ app }) => {
  await app.getByRole('button', { name: `Tindakan untuk ${DEMO_TITLE}` }).click();
  await app.getByRole('menuitem', { name: 'Hapus…' }).click();
  const dialog = app.getByRole('dialog', { name: 'Hapus rencana?' });
  await expect(dialog).toContainText(DEMO_TITLE);
  await dialog.getByRole('button', { name: 'Batal' }).click();
  await expect(app.getByRole('link', { name: DEMO_TITLE })).toBeVisible();

  await app.getByRole('button', { name: `Tindakan untuk ${DEMO_TITLE}` }).click();
  await app.getByRole('menuitem', { name: 'Hapus…' }).click();
  await app
    .getByRole('dialog', { name: 'Hapus rencana?' })
    .getByRole('button', { name: 'Hapus rencana' })
    .click();
  await expect(app.getByRole('link', { name: DEMO_TITLE })).toHaveCount(0);
  await app.reload();
  await expect(app.getByText('Belum ada rencana', { exact: false })).toBeVisible();
});

test('duplicate and rename a plan', async ({ app }) => {
  await app.getByRole('button', { name: `Tindakan untuk ${DEMO_TITLE}` }).click();
  await app.getByRole('menuitem', { name: 'Duplikat' }).click();
  const copyTitle = `${DEMO_TITLE} (salinan)`;
  await expect(app.getByRole('link', { name: copyTitle })).toBeVisible();

  await app.getByRole('button', { name: `Tindakan untuk ${copyTitle}` }).click();
  await app.getByRole('menuitem', { name: 'Ganti nama…' }).click();
  const dialog = app.getByRole('dialog', { name: 'Ganti nama rencana' });
  await dialog.getByRole('textbox', { name: 'Judul baru' }).fill('Latihan Bimtek Matim');
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(app.getByRole('link', { name: 'Latihan Bimtek Matim' })).toBeVisible();
  await expect(app.getByRole('link', { name: DEMO_TITLE })).toBeVisible();
});
