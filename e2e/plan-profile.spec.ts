import { expect, test, waitSaved } from './fixtures';

const DEMO_TITLE = 'Contoh — Masterplan Smart City Kabupaten Manggarai Timur 2022–2031';

test('the demo plan is there on first start', async ({ app }) => {
  await expect(app.getByRole('heading', { name: 'Rencana di komputer ini' })).toBeVisible();
  await expect(app.getByRole('link', { name: DEMO_TITLE })).toBeVisible();
  await expect(app.locator('html')).toHaveAttribute('lang', 'id');
});

test('create a plan for a chosen regency, edit profile and team, reload: everything is still there', async ({
  app,
}) => {
  await app.getByRole('button', { name: 'Rencana baru' }).click();
  const dialog = app.getByRole('dialog', { name: 'Rencana baru' });
  await dialog.getByRole('combobox', { name: 'Kabupaten/kota' }).fill('Flores Timur');
  await app.getByRole('option', { name: 'Kabupaten Flores Timur' }).click();
  await expect(dialog.getByText('53.06')).toBeVisible();
  await expect(dialog.getByText('Nusa Tenggara Timur')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Tahun awal periode' }).fill('2026');
  await expect(dialog.getByRole('textbox', { name: 'Judul rencana' })).toHaveValue(
    'Masterplan Smart City Kabupaten Flores Timur 2026–2035',
  );
  await dialog.getByRole('button', { name: 'Buat rencana' }).click();

  await expect(app.getByRole('heading', { name: 'Profil & Tim', level: 2 })).toBeVisible();
  await expect(app.getByRole('textbox', { name: 'Kode wilayah' })).toHaveValue('53.06');
  await app.getByRole('textbox', { name: 'Ibu kota' }).fill('Larantuka');
  await app.getByRole('textbox', { name: 'APBD (Rp)' }).fill('1.250.000.000.000');
  await app.getByRole('textbox', { name: 'Tahun APBD' }).fill('2025');

  await app.getByRole('combobox', { name: 'Tambah OPD' }).fill('Dinas Komunikasi dan Informatika');
  await app.getByRole('button', { name: 'Tambah', exact: true }).click();
  await expect(app.getByRole('textbox', { name: 'Singkatan' })).toHaveValue('Diskominfo');

  const dewan = app.getByRole('region', { name: 'Dewan Smart City' });
  await dewan.getByRole('button', { name: 'Tambah anggota' }).click();
  await dewan.getByRole('textbox', { name: 'Nama (Anggota 1)' }).fill('Yosef Tote');
  await dewan.getByRole('textbox', { name: /^Jabatan/ }).fill('Bupati Flores Timur');
  await dewan.getByRole('combobox', { name: /^Peran/ }).fill('Ketua');

  const tim = app.getByRole('region', { name: 'Tim Pelaksana' });
  await tim.getByRole('button', { name: 'Tambah anggota' }).click();
  await tim.getByRole('textbox', { name: 'Nama (Anggota 1)' }).fill('Maria Bunga');
  await tim.getByRole('combobox', { name: /^OPD/ }).click();
  await app.getByRole('option', { name: /Diskominfo/ }).click();
  await waitSaved(app);

  await app.reload();
  await expect(app.getByRole('textbox', { name: 'Ibu kota' })).toHaveValue('Larantuka');
  await expect(app.getByRole('textbox', { name: 'APBD (Rp)' })).toHaveValue('1.250.000.000.000');
  await expect(
    app
      .getByRole('region', { name: 'Dewan Smart City' })
      .getByRole('textbox', { name: /^Jabatan/ }),
  ).toHaveValue('Bupati Flores Timur');
  await expect(
    app.getByRole('region', { name: 'Tim Pelaksana' }).getByRole('combobox', { name: /^OPD/ }),
  ).toHaveValue(/Diskominfo/);

  await app
    .getByRole('link', { name: /Rancang/ })
    .first()
    .click();
  await expect(
    app.getByRole('link', { name: 'Masterplan Smart City Kabupaten Flores Timur 2026–2035' }),
  ).toBeVisible();
});

test('a wrong number is explained in the field and not saved', async ({ app }) => {
  await app.getByRole('link', { name: DEMO_TITLE }).click();
  const population = app.getByRole('textbox', { name: 'Jumlah penduduk (jiwa)' });
  const before = await population.inputValue();
  await population.fill('dua ratus ribu');
  await population.blur();
  await expect(app.getByText('Isi dengan angka.')).toBeVisible();
  await app.reload();
  await expect(app.getByRole('textbox', { name: 'Jumlah penduduk (jiwa)' })).toHaveValue(before);
});

test('the sidebar shows the six steps with their completion, and each step opens', async ({
  app,
}) => {
  await app.getByRole('link', { name: DEMO_TITLE }).click();
  const steps = app.getByRole('navigation', { name: 'Langkah' });
  for (const name of [
    'Profil & Tim',
    'RPJMD',
    'Analisis Pilar',
    'Program & Quick Win',
    'Peta Jalan',
    'Dokumen',
  ]) {
    await expect(steps.getByRole('link', { name: new RegExp(name) })).toBeVisible();
  }
  await steps.getByRole('link', { name: /Analisis Pilar/ }).click();
  await expect(app.getByRole('heading', { name: 'Analisis Pilar', level: 2 })).toBeVisible();
  // The demo plan is scored: its radar is not empty.
  await expect(app.getByTestId('readiness-radar')).not.toHaveAttribute(
    'data-values',
    '0,0,0,0,0,0',
  );
  await steps.getByRole('link', { name: /RPJMD/ }).click();
  await expect(app.getByRole('heading', { name: 'RPJMD', level: 2 })).toBeVisible();
});
