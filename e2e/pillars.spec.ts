import type { Page } from '@playwright/test';
import { expect, test, waitSaved } from './fixtures';

async function newPlanPillars(app: Page) {
  await app.getByRole('button', { name: 'Rencana baru' }).click();
  const dialog = app.getByRole('dialog', { name: 'Rencana baru' });
  await dialog.getByRole('combobox', { name: 'Kabupaten/kota' }).fill('Pulau Morotai');
  await app.getByRole('option', { name: 'Kabupaten Pulau Morotai' }).click();
  await dialog.getByRole('button', { name: 'Buat rencana' }).click();
  await expect(app.getByRole('heading', { name: 'Profil & Tim', level: 2 })).toBeVisible();
  await app
    .getByRole('navigation')
    .getByRole('link', { name: /Analisis Pilar/ })
    .click();
  await expect(app.getByRole('heading', { name: 'Analisis Pilar', level: 2 })).toBeVisible();
}

test('score a pillar and see the radar and heat table change; nothing typed is lost on a quick switch', async ({
  app,
}) => {
  await newPlanPillars(app);
  const radar = app.getByTestId('readiness-radar');
  await expect(radar).toHaveAttribute('data-values', '0,0,0,0,0,0');

  await app.getByRole('tab', { name: 'Smart Economy' }).click();
  const industry = app.getByRole('region', { name: 'Ekosistem Industri' });
  const struktur = industry.getByRole('radiogroup', { name: 'Skor Struktur — Ekosistem Industri' });
  await struktur.getByText('4', { exact: true }).click();
  await expect(industry.getByText(/^4 · Terintegrasi sebagian/)).toBeVisible();
  const infra = industry.getByRole('radiogroup', {
    name: 'Skor Infrastruktur — Ekosistem Industri',
  });
  await infra.getByText('2', { exact: true }).click();
  await industry
    .getByRole('textbox', { name: 'Bukti Struktur — Ekosistem Industri' })
    .fill('Ada 12 penyuluh dan 3 koperasi kopi aktif');
  await industry
    .getByRole('textbox', { name: 'Kesenjangan — Ekosistem Industri' })
    .fill('Pengolahan pascapanen belum standar');
  // Switch at once, before the autosave delay: the typing must still be saved.
  await app.getByRole('tab', { name: 'Smart Living' }).click();

  const swot = app.getByRole('region', { name: 'SWOT Smart Living' });
  await swot.getByRole('button', { name: 'Tambah Peluang' }).click();
  await swot.getByRole('textbox', { name: 'Peluang 1' }).fill('Wisata bahari Morotai');
  const issues = app.getByRole('region', { name: 'Isu strategis Smart Living' });
  await issues.getByRole('button', { name: 'Tambah isu strategis' }).click();
  await issues.getByRole('textbox', { name: 'Isu strategis 1' }).fill('Akses air bersih');
  await issues.getByRole('combobox', { name: 'Prioritas Isu strategis 1' }).click();
  await app.getByRole('option', { name: 'Tinggi' }).click();
  await waitSaved(app);

  await app.getByRole('tab', { name: 'Ringkasan' }).click();
  await expect(radar).toHaveAttribute('data-values', '0,0,3,0,0,0');
  await expect(radar).toHaveAttribute('aria-label', /Smart Economy 3/);
  const heat = app.getByRole('table', { name: /Peta kesiapan/ });
  await expect(heat.getByRole('row', { name: /Ekosistem Industri/ })).toContainText('42');

  await app.reload();
  await app.getByRole('tab', { name: 'Smart Economy' }).click();
  await expect(
    app.getByRole('textbox', { name: 'Bukti Struktur — Ekosistem Industri' }),
  ).toHaveValue('Ada 12 penyuluh dan 3 koperasi kopi aktif');
  await expect(app.getByRole('textbox', { name: 'Kesenjangan — Ekosistem Industri' })).toHaveValue(
    'Pengolahan pascapanen belum standar',
  );
  await app.getByRole('tab', { name: 'Smart Living' }).click();
  await expect(app.getByRole('combobox', { name: 'Prioritas Isu strategis 1' })).toHaveValue(
    'Tinggi',
  );
});

test('?pillar=&sub= opens that pillar with the sub-dimension in view', async ({ app }) => {
  await newPlanPillars(app);
  const planId = /#\/plans\/([\w-]+)\//.exec(app.url())![1]!;
  await app.goto(
    new URL(`/?pillar=environment&sub=energy#/plans/${planId}/pillars`, app.url()).href,
  );
  await expect(app.getByRole('tab', { name: 'Smart Environment' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(
    app.getByRole('region', { name: 'Tata Kelola Energi', exact: true }),
  ).toBeInViewport();
  await expect.poll(() => new URL(app.url()).search).toBe('');
});
