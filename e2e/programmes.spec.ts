import { expect, test, waitSaved } from './fixtures';

test('add programmes by keyboard, score them, watch the ranking and quadrant, pick a quick win with rationale and risks', async ({
  app,
}) => {
  await app.getByRole('button', { name: 'Rencana baru' }).click();
  const dialog = app.getByRole('dialog', { name: 'Rencana baru' });
  await dialog.getByRole('combobox', { name: 'Kabupaten/kota' }).fill('Flores Timur');
  await app.getByRole('option', { name: 'Kabupaten Flores Timur' }).click();
  await dialog.getByRole('textbox', { name: 'Tahun awal periode' }).fill('2026');
  await dialog.getByRole('button', { name: 'Buat rencana' }).click();
  await expect(app.getByRole('heading', { name: 'Profil & Tim', level: 2 })).toBeVisible();
  await app.getByRole('combobox', { name: 'Tambah OPD' }).fill('Dinas Komunikasi dan Informatika');
  await app.getByRole('button', { name: 'Tambah', exact: true }).click();
  await waitSaved(app);

  await app
    .getByRole('navigation')
    .getByRole('link', { name: /Program & Quick Win/ })
    .click();
  await expect(app.getByText('Belum ada program.')).toBeVisible();

  // Three programmes, typed one after another without leaving the field.
  const name = app.getByRole('textbox', { name: 'Nama program baru' });
  await name.fill('Satu Data Flotim');
  await name.press('Enter');
  await expect(name).toBeFocused();
  await name.fill('Aplikasi Pengaduan Warga');
  await name.press('Enter');
  await name.fill('Wifi Taman Kota');
  await name.press('Enter');
  await expect(app.getByText('3 dari 3 program')).toBeVisible();
  const table = app.getByRole('table', { name: 'Katalog program' });
  await expect(table.getByRole('button', { name: 'Wifi Taman Kota' })).toBeVisible();

  // Search and detail: the cost accepts Indonesian amounts, refuses the ambiguous.
  await app.getByRole('textbox', { name: 'Cari program' }).fill('wifi');
  await expect(app.getByText('1 dari 3 program')).toBeVisible();
  await table.getByRole('button', { name: 'Wifi Taman Kota' }).click();
  const detail = app.getByRole('region', { name: 'Rincian program' });
  const cost = detail.getByRole('textbox', { name: 'Perkiraan biaya' });
  await cost.fill('1.25');
  await cost.blur();
  await expect(detail.getByText(/bisa dibaca dua cara/)).toBeVisible();
  await cost.fill('1,25 M');
  await cost.blur();
  await waitSaved(app);
  await expect(cost).toHaveValue('1.250.000.000');
  await app.getByRole('textbox', { name: 'Cari program' }).fill('');
  await expect(table.getByText('Rp1.250.000.000')).toHaveCount(0); // cost column hidden beside the detail
  await detail.getByRole('button', { name: 'Tutup rincian' }).click();
  await expect(table.getByText('Rp1.250.000.000')).toBeVisible();

  // Scoring like a spreadsheet: a digit scores and moves right, the row wraps to the next.
  await app.getByRole('tab', { name: 'Pemilihan quick win' }).click();
  const grid = app.getByRole('grid', { name: 'Penilaian kandidat (skor 1–5)' });
  await grid
    .getByRole('gridcell', { name: 'Skor Dampak bagi warga untuk Satu Data Flotim' })
    .click();
  await app.keyboard.type('55555' + '33333' + '44444');
  const row = (programme: string) => grid.getByRole('row').filter({ hasText: programme });
  await expect(row('Satu Data Flotim')).toContainText('5.00');
  await expect(row('Aplikasi Pengaduan Warga')).toContainText('3.00');
  await expect(row('Wifi Taman Kota').getByRole('gridcell').nth(6)).toHaveText('2');
  const quadrant = app.getByRole('img', { name: /3 program dinilai/ });
  await expect(quadrant).toBeVisible();

  // Re-scoring the complaints app moves it up; Wifi drops to rank 3.
  await grid
    .getByRole('gridcell', { name: 'Skor Dampak bagi warga untuk Aplikasi Pengaduan Warga' })
    .click();
  await app.keyboard.type('55555');
  await expect(row('Aplikasi Pengaduan Warga')).toContainText('5.00');
  await expect(row('Wifi Taman Kota').getByRole('gridcell').nth(6)).toHaveText('3');
  // The last digit wrapped to Wifi's first cell. Arrow keys and Delete: clear one score, the
  // programme is no longer complete; typing it again completes it.
  await app.keyboard.press('ArrowUp');
  await app.keyboard.press('ArrowRight');
  await app.keyboard.press('ArrowDown');
  await app.keyboard.press('ArrowLeft');
  await expect(
    grid.getByRole('gridcell', { name: 'Skor Dampak bagi warga untuk Wifi Taman Kota' }),
  ).toBeFocused();
  await app.keyboard.press('Delete');
  await expect(row('Wifi Taman Kota')).toContainText('4/5 dinilai');
  await app.keyboard.press('4');

  // Weights must total 100 as the user types.
  const weight = app.getByRole('textbox', { name: 'Bobot Dampak bagi warga (%)' });
  await weight.fill('40');
  await expect(
    app.getByRole('alert').filter({ hasText: 'Bobot harus berjumlah 100%' }),
  ).toBeVisible();
  await expect(app.getByText('Total bobot: 110%')).toBeVisible();
  await app
    .getByRole('textbox', { name: 'Bobot Dapat diselesaikan dalam 12 bulan (%)' })
    .fill('10');
  await expect(app.getByText('Total bobot: 100%')).toBeVisible();

  // Pick the top programme with rationale and a risk; the quadrant names it.
  await app
    .getByRole('button', { name: 'Pilih sebagai quick win: Satu Data Flotim' })
    .first()
    .click();
  const card = app.getByRole('article', { name: 'Satu Data Flotim' });
  await expect(card).toBeVisible();
  await expect(app.getByRole('img', { name: /Terpilih: Satu Data Flotim/ })).toBeVisible();
  await expect(card.getByText(/belum memiliki OPD penanggung jawab/)).toBeVisible();
  await expect(card.getByLabel(/^Stabilitas:/)).toBeVisible();
  await card
    .getByRole('textbox', { name: 'Alasan pemilihan' })
    .fill('Fondasi data untuk semua OPD.');
  await card.getByRole('button', { name: 'Tambah risiko' }).click();
  await card
    .getByRole('textbox', { name: 'Risiko', exact: true })
    .fill('OPD terlambat menyerahkan data');
  await card.getByRole('textbox', { name: 'Pemilik risiko' }).fill('Sekda');
  await card.getByRole('textbox', { name: 'Pemilik risiko' }).blur();
  await waitSaved(app);

  // The 12-month rule follows the stated duration.
  const duration = card.getByRole('textbox', { name: 'Durasi pelaksanaan (bulan)' });
  await duration.fill('18');
  await duration.blur();
  await expect(card.getByText(/direncanakan 18 bulan, lebih dari 12 bulan/)).toBeVisible();
  await duration.fill('9');
  await duration.blur();
  await expect(card.getByText(/lebih dari 12 bulan/)).toHaveCount(0);
  await waitSaved(app);

  await app.reload();
  await app.getByRole('tab', { name: 'Pemilihan quick win' }).click();
  const again = app.getByRole('article', { name: 'Satu Data Flotim' });
  await again.getByRole('button', { name: /Satu Data Flotim/ }).click();
  await expect(again.getByRole('textbox', { name: 'Alasan pemilihan' })).toHaveValue(
    'Fondasi data untuk semua OPD.',
  );
  await expect(again.getByRole('textbox', { name: 'Risiko', exact: true })).toHaveValue(
    'OPD terlambat menyerahkan data',
  );
  await expect(app.getByText('Total bobot: 100%')).toBeVisible();

  // The missing lead OPD is fixed in the programme: the warning opens it in the catalogue.
  await again.getByRole('button', { name: 'Isi OPD di rincian program' }).click();
  const opened = app.getByRole('region', { name: 'Rincian program' });
  await expect(opened.getByRole('textbox', { name: 'Program', exact: true })).toHaveValue(
    'Satu Data Flotim',
  );
  await opened.getByRole('combobox', { name: 'OPD penanggung jawab' }).click();
  await app.getByRole('option', { name: /Diskominfo|Dinas Komunikasi/ }).click();
  await waitSaved(app);
  await app.getByRole('tab', { name: 'Pemilihan quick win' }).click();
  await expect(
    app.getByRole('article', { name: 'Satu Data Flotim' }).getByText(/belum memiliki OPD/),
  ).toHaveCount(0);
});

test('the plan owns its criteria: add, rename, set the quadrant axis, remove with its scores', async ({
  app,
}) => {
  await app.getByRole('link', { name: /Contoh/ }).click();
  await app
    .getByRole('navigation')
    .getByRole('link', { name: /Program & Quick Win/ })
    .click();
  await app.getByRole('tab', { name: 'Pemilihan quick win' }).click();
  const grid = app.getByRole('grid', { name: 'Penilaian kandidat (skor 1–5)' });
  await expect(grid.getByRole('columnheader', { name: /Biaya dan ketersediaan/ })).toBeVisible();
  await app.getByRole('button', { name: 'Ubah kriteria' }).click();

  // Add: a new criterion starts at 0%, so the total stays 100%.
  const newName = app.getByRole('textbox', { name: 'Kriteria baru' });
  await newName.fill('Kearifan lokal');
  await newName.press('Enter');
  await expect(grid.getByRole('columnheader', { name: /Kearifan lokal/ })).toBeVisible();
  await expect(app.getByRole('textbox', { name: 'Bobot Kearifan lokal (%)' })).toHaveValue('0%');
  await expect(app.getByText('Total bobot: 100%')).toBeVisible();

  // Rename: the grid, the weights and the scores follow.
  const first = app.getByRole('textbox', { name: 'Nama kriteria 1' });
  await first.fill('Manfaat langsung bagi warga');
  await first.blur();
  await waitSaved(app);
  await expect(
    grid.getByRole('columnheader', { name: /Manfaat langsung bagi warga/ }),
  ).toBeVisible();
  await expect(
    grid.getByRole('gridcell', { name: /^Skor Manfaat langsung bagi warga untuk / }).first(),
  ).toHaveText(/[1-5]/);

  // Axes: with no weighted criterion on the impact axis the quadrant says what is missing.
  const quadrant = app.getByRole('img', { name: /program dinilai/ });
  await expect(quadrant).toBeVisible();
  await expect(
    app.getByText(/^Dampak: Manfaat langsung bagi warga, Keselarasan RPJMD/),
  ).toBeVisible();
  await app.getByRole('combobox', { name: 'Sumbu kuadran kriteria 1' }).selectOption('ease');
  await app.getByRole('combobox', { name: 'Sumbu kuadran kriteria 4' }).selectOption('ease');
  await expect(app.getByText(/tidak ada kriteria berbobot pada sumbu Dampak/)).toBeVisible();
  await expect(quadrant).toHaveCount(0);
  await app.getByRole('combobox', { name: 'Sumbu kuadran kriteria 1' }).selectOption('impact');
  await expect(quadrant).toBeVisible();
  await expect(app.getByText(/^Dampak: Manfaat langsung bagi warga · Kemudahan: /)).toBeVisible();

  // Remove a criterion that has scores: asked first; its weight goes to the others.
  await app.getByRole('button', { name: 'Hapus kriteria Biaya dan ketersediaan anggaran' }).click();
  const confirm = app.getByRole('alertdialog', { name: 'Biaya dan ketersediaan anggaran' });
  await expect(confirm).toContainText(/sudah memiliki \d+ skor/);
  await confirm.getByRole('button', { name: 'Batal' }).click();
  await expect(grid.getByRole('columnheader', { name: /Biaya dan ketersediaan/ })).toBeVisible();
  await app.getByRole('button', { name: 'Hapus kriteria Biaya dan ketersediaan anggaran' }).click();
  await confirm.getByRole('button', { name: 'Hapus beserta skor' }).click();
  await expect(grid.getByRole('columnheader', { name: /Biaya dan ketersediaan/ })).toHaveCount(0);
  await expect(app.getByText('Total bobot: 100%')).toBeVisible();
  await waitSaved(app);

  await app.reload();
  await app.getByRole('tab', { name: 'Pemilihan quick win' }).click();
  await expect(grid.getByRole('columnheader', { name: /Kearifan lokal/ })).toBeVisible();
  await expect(grid.getByRole('columnheader', { name: /Biaya dan ketersediaan/ })).toHaveCount(0);
  await expect(app.getByText('Total bobot: 100%')).toBeVisible();
});

test('a link to a quick win (review comment) opens its card on the quick-win tab', async ({
  app,
}) => {
  await app.getByRole('link', { name: /Contoh/ }).click();
  await app
    .getByRole('navigation')
    .getByRole('link', { name: /Program & Quick Win/ })
    .click();
  await app.getByRole('tab', { name: 'Pemilihan quick win' }).click();
  const card = app.getByRole('article', { name: /^Titik Akses Internet Desa/ });
  const toggle = card.locator('.quickwin-toggle');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  const quickWinId = await card.getAttribute('data-quickwin');
  const planId = /#\/plans\/([^/]+)\//.exec(app.url())![1];

  await app
    .getByRole('navigation')
    .getByRole('link', { name: /Peta Jalan/ })
    .click();
  await app.goto(new URL(`/?quickwin=${quickWinId}#/plans/${planId}/programmes`, app.url()).href);
  await expect(app.getByRole('tab', { name: 'Pemilihan quick win' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(toggle).toBeFocused();
  await expect(app).toHaveURL(/\/programmes$/);
});
