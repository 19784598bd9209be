import { expect, startHost, test, waitSaved } from './fixtures';

const DEMO_TITLE = 'Contoh — Masterplan Smart City Kabupaten Manggarai Timur 2022–2031';

test('an edit typed just before switching step is not lost', async ({ app }) => {
  await app.getByRole('link', { name: DEMO_TITLE }).click();
  const capital = app.getByRole('textbox', { name: 'Ibu kota' });
  await capital.fill('Borong Kota');
  // No wait for the save: move on at once, as a hurried user does.
  await app
    .getByRole('navigation', { name: 'Langkah' })
    .getByRole('link', { name: /RPJMD/ })
    .click();
  await waitSaved(app);
  await app
    .getByRole('navigation', { name: 'Langkah' })
    .getByRole('link', { name: /Profil & Tim/ })
    .click();
  await expect(capital).toHaveValue('Borong Kota');
  await app.reload();
  await expect(app.getByRole('textbox', { name: 'Ibu kota' })).toHaveValue('Borong Kota');
});

test('edits and the language survive a restart of the app', async ({ app, host, browser }) => {
  await app.getByRole('link', { name: DEMO_TITLE }).click();
  await app
    .getByRole('textbox', { name: 'Judul rencana' })
    .fill('Masterplan Smart City Manggarai Timur (revisi)');
  await app.getByRole('group', { name: 'Bahasa' }).getByText('EN', { exact: true }).click();
  await waitSaved(app);
  await host.stop();

  const restarted = await startHost(host.dataDir);
  try {
    const page = await browser.newPage();
    await page.goto(restarted.url);
    await expect(page.getByRole('heading', { name: 'Plans on this computer' })).toBeVisible();
    await expect(
      page.getByRole('link', { name: 'Masterplan Smart City Manggarai Timur (revisi)' }),
    ).toBeVisible();
    await page.close();
  } finally {
    await restarted.stop();
  }
});
