import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { rpjmdNumbers } from '../../../shared/analysis/rpjmd-numbering';
import type { PlanSummary } from '../../../shared/contract';
import type { ImportPreview, RpjmdData } from '../../../shared/contract/rpjmd';
import type { PlanDocument } from '../../../shared/plan-document';
import type { Core } from '../app';
import { call, testCore } from '../../test/helpers';
import { guessMapping, parseCascade, type SheetRow } from './rpjmd.table';

let core: Core;
afterEach(async () => core?.close());

async function setup() {
  core = await testCore();
  const plan = await call<PlanSummary>(core, 'plans.create', {
    regionCode: '53.19',
    startYear: 2025,
  });
  return plan.id;
}

const HEAD = [
  'Kode',
  'Jenis',
  'Uraian',
  'Kode Nomenklatur',
  'OPD Penanggung Jawab',
  'Indikator',
  'Satuan',
  'Baseline',
  'Tahun Baseline',
  'Target 2025',
  'Target 2026',
];

async function xlsx(rows: unknown[][], merge?: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('RPJMD');
  for (const r of rows) ws.addRow(r);
  if (merge) ws.mergeCells(merge);
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}
const csv = (text: string) => Buffer.from(text, 'utf8').toString('base64');

const CASCADE = [
  HEAD,
  ['1', 'Misi', 'Tata kelola yang melayani', '', '', '', '', '', '', '', ''],
  [
    '1.1',
    'Tujuan',
    'Pelayanan publik berkualitas',
    '',
    '',
    'IKM',
    'indeks',
    '78,5',
    2024,
    '80',
    '82',
  ],
  [],
  [
    '1.1.1',
    'Sasaran',
    'SPBE meningkat',
    '',
    'Diskominfo',
    'Indeks SPBE',
    'indeks',
    1.8,
    2024,
    '2,1',
    '1.250,5',
  ],
  ['', '', '', '', '', 'Layanan daring', 'layanan', 10, 2024, 15, 20],
  [
    '1.1.1.1',
    'Program',
    'Program Aplikasi Informatika',
    '2.16.03',
    'Diskominfo',
    '',
    '',
    '',
    '',
    '',
    '',
  ],
  ['2', 'Misi', 'Ekonomi kerakyatan', '', '', '', '', '', '', '', ''],
];

async function importFile(planId: string, base64: string, fileName = 'rpjmd.xlsx') {
  const read = await call(core, 'rpjmd.importRead', { planId, fileName, base64 });
  const preview = await call<ImportPreview>(core, 'rpjmd.importPreview', {
    planId,
    fileName,
    base64,
    mapping: read.mapping,
  });
  return {
    read,
    preview,
    apply: () =>
      core.dispatch('rpjmd.importApply', { planId, fileName, base64, mapping: read.mapping }),
  };
}

describe('RPJMD import', () => {
  it('imports a real cascade with Indonesian numbers, extra indicator rows and new OPDs', async () => {
    const planId = await setup();
    const { read, preview, apply } = await importFile(planId, await xlsx(CASCADE));
    expect(read.mapping.fields).toMatchObject({ code: 'Kode', kind: 'Jenis', text: 'Uraian' });
    expect(read.mapping.targets).toEqual([
      { header: 'Target 2025', year: 2025 },
      { header: 'Target 2026', year: 2026 },
    ]);
    expect(preview.problems).toEqual([]);
    expect(preview.counts).toEqual({ misi: 2, tujuan: 1, sasaran: 1, program: 1 });
    expect(preview.indicators).toBe(3);
    expect(preview.newOpds).toEqual(['Diskominfo']);
    expect((await apply()).ok).toBe(true);
    const data = await call<RpjmdData>(core, 'rpjmd.get', { planId });
    const n = rpjmdNumbers(data.items);
    expect(data.items.map((i) => `${n.get(i.id)} ${i.kind}`)).toEqual([
      '1 misi',
      '1.1 tujuan',
      '1.1.1 sasaran',
      '1.1.1.1 program',
      '2 misi',
    ]);
    const spbe = data.indicators.find((i) => i.name === 'Indeks SPBE')!;
    expect(spbe).toMatchObject({ baseline: 1.8, baselineYear: 2024 });
    expect(spbe.targets.map((t) => t.value)).toEqual([2.1, 1250.5]);
    const ikm = data.indicators.find((i) => i.name === 'IKM')!;
    expect(ikm.baseline).toBe(78.5);
    expect(data.items.find((i) => i.kind === 'program')).toMatchObject({ code: '2.16.03' });
    expect((await call(core, 'opd.list', { planId })).map((o: { name: string }) => o.name)).toEqual(
      ['Diskominfo'],
    );
  });

  it('marks each bad row with row number, column and reason, and changes nothing', async () => {
    const planId = await setup();
    await call(core, 'rpjmd.addItem', { planId, text: 'Misi lama' });
    const rows = [
      HEAD,
      ['1', 'Misi', 'A'],
      ['1.1', 'Tujuan', ''],
      ['1.2', 'Visi', 'X'],
      ['1', 'Misi', 'Dua kali'],
      ['3.1', 'Tujuan', 'Tanpa induk'],
      ['1.3', 'Tujuan', 'Angka salah', '', '', 'I', '%', 'banyak', '', '', ''],
    ];
    const { preview, apply } = await importFile(planId, await xlsx(rows));
    expect(preview.problems.map((p) => [p.row, p.column, p.reason])).toEqual([
      [3, 'Uraian', 'missing'],
      [4, 'Jenis', 'unknownKind'],
      [5, 'Kode', 'duplicateCode'],
      [6, 'Kode', 'noParent'],
      [7, 'Baseline', 'notNumber'],
    ]);
    const refused = await apply();
    expect(refused.ok ? null : refused.error).toMatchObject({
      code: 'import.invalidRows',
      params: { count: 5 },
    });
    const data = await call<RpjmdData>(core, 'rpjmd.get', { planId });
    expect(data.items.map((i) => i.text)).toEqual(['Misi lama']);
  });

  it('refuses merged cells, files that are not spreadsheets, empty sheets and files over 20 MB', async () => {
    const planId = await setup();
    const read = (base64: string, fileName = 'x.xlsx') =>
      core.dispatch('rpjmd.importRead', { planId, fileName, base64 });
    const code = (r: Awaited<ReturnType<typeof read>>) => (r.ok ? null : r.error);
    expect(code(await read(await xlsx(CASCADE, 'B3:B5')))).toMatchObject({
      code: 'import.mergedCells',
      params: { range: 'B3:B5' },
    });
    expect(
      code(await read(Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2]).toString('base64'), 'a.pdf')),
    ).toMatchObject({
      code: 'import.notSpreadsheet',
      params: { name: 'a.pdf' },
    });
    expect(code(await read(Buffer.from('PK\u0003\u0004garbage').toString('base64')))).toMatchObject(
      { code: 'import.notSpreadsheet' },
    );
    expect(code(await read(await xlsx([[], [null, null]])))).toMatchObject({
      code: 'import.empty',
    });
    const big = Buffer.alloc(20 * 1024 * 1024 + 10, 65).toString('base64');
    expect(code(await read(big, 'big.csv'))).toMatchObject({
      code: 'import.tooBig',
      params: { max: 20 },
    });
  });

  it('reads CSV with semicolons and quoted Indonesian decimals, and remembers the mapping', async () => {
    const planId = await setup();
    const text = [
      'No;Level;Nama;Indicator;Unit;2025;2026',
      '1;Misi;"Misi satu; dengan titik koma";;;;',
      '1.1;Tujuan;Tujuan;IPM;indeks;"70,25";71',
    ].join('\r\n');
    const base64 = csv(text);
    const read = await call(core, 'rpjmd.importRead', { planId, fileName: 'r.csv', base64 });
    expect(read.mapping.fields).toMatchObject({
      code: 'No',
      kind: 'Level',
      text: 'Nama',
      indicator: 'Indicator',
    });
    const mapping = {
      ...read.mapping,
      targets: [
        { header: '2025', year: 2025 },
        { header: '2026', year: 2026 },
      ],
    };
    const preview = await call<ImportPreview>(core, 'rpjmd.importPreview', {
      planId,
      fileName: 'r.csv',
      base64,
      mapping,
    });
    expect(preview.problems).toEqual([]);
    expect(preview.sample[0]).toMatchObject({ text: 'Misi satu; dengan titik koma' });
    const again = await call(core, 'rpjmd.importRead', { planId, fileName: 'r.csv', base64 });
    expect(again.mapping).toEqual(mapping);
  });

  it('exports to XLSX and imports back the same cascade, keeping programme links', async () => {
    core = await testCore({ seedDemo: true });
    const [demo] = await call<PlanSummary[]>(core, 'plans.list');
    const planId = demo!.id;
    const before = await call<PlanDocument>(core, 'plans.document', { planId });
    const exported = await call(core, 'rpjmd.exportXlsx', { planId });
    expect(exported.fileName).toMatch(/^RPJMD-.*\.xlsx$/);
    const read = await call(core, 'rpjmd.importRead', {
      planId,
      fileName: exported.fileName,
      base64: exported.base64,
    });
    const input = {
      planId,
      fileName: exported.fileName,
      base64: exported.base64,
      mapping: read.mapping,
    };
    const preview = await call<ImportPreview>(core, 'rpjmd.importPreview', input);
    expect(preview.problems).toEqual([]);
    expect(preview.replaced).toBe(before.rpjmdItems.length);
    await call(core, 'rpjmd.importApply', input);
    const after = await call<PlanDocument>(core, 'plans.document', { planId });
    const shape = (d: PlanDocument) => {
      const n = rpjmdNumbers(d.rpjmdItems);
      const label = (id: string) => `${d.rpjmdItems.find((i) => i.id === id)?.kind}:${n.get(id)}`;
      return {
        items: d.rpjmdItems
          .map((i) => `${label(i.id)} ${i.code} ${i.text} ${i.opdId ? 'opd' : ''}`)
          .sort(),
        indicators: d.indicators
          .filter((i) => i.rpjmdItemId)
          .map(
            (i) =>
              `${label(i.rpjmdItemId!)} ${i.name} ${i.baseline} ${i.targets.map((t) => `${t.year}=${t.value}`).join(',')}`,
          )
          .sort(),
        links: d.programmes.map((p) => p.rpjmdItemIds.map(label).sort().join('|')),
      };
    };
    expect(shape(after)).toEqual(shape(before));
  });

  it('writes the template and the export in the UI language and reads either language back', async () => {
    core = await testCore({ seedDemo: true });
    const [demo] = await call<PlanSummary[]>(core, 'plans.list');
    const planId = demo!.id;
    const sheets = async (base64: string) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
      const ws = wb.getWorksheet('RPJMD')!;
      const values = (n: number) => (ws.getRow(n).values as unknown[]).slice(1);
      return { names: wb.worksheets.map((w) => w.name), head: values(1), row2: values(2), wb };
    };

    const idTemplate = await sheets((await call(core, 'rpjmd.importTemplate', { planId })).base64);
    expect(idTemplate.names).toEqual(['RPJMD', 'Petunjuk']);
    expect(idTemplate.head.slice(0, 3)).toEqual(['Kode', 'Jenis', 'Uraian']);
    expect(idTemplate.row2.slice(0, 2)).toEqual(['1', 'Misi']);

    const en = await call(core, 'rpjmd.importTemplate', { planId, language: 'en' });
    expect(en.fileName).toMatch(/^RPJMD-template-\d{4}-\d{4}\.xlsx$/);
    const enTemplate = await sheets(en.base64);
    expect(enTemplate.names).toEqual(['RPJMD', 'Instructions']);
    expect(enTemplate.head.slice(0, 9)).toEqual([
      'Code',
      'Level',
      'Description',
      'Nomenclature Code',
      'Responsible OPD',
      'Indicator',
      'Unit',
      'Baseline',
      'Baseline Year',
    ]);
    expect(enTemplate.row2.slice(0, 2)).toEqual(['1', 'Mission']);
    expect(String(enTemplate.wb.getWorksheet('Instructions')!.getCell('A2').value)).toBe(
      'Required columns: Code, Level, Description.',
    );
    // The English template, filled in, imports without a mapping change.
    const read = await call(core, 'rpjmd.importRead', {
      planId,
      fileName: en.fileName,
      base64: en.base64,
    });
    expect(read.mapping.fields).toMatchObject({
      code: 'Code',
      kind: 'Level',
      text: 'Description',
      baseline: 'Baseline',
      baselineYear: 'Baseline Year',
    });
    const templatePreview = await call<ImportPreview>(core, 'rpjmd.importPreview', {
      planId,
      fileName: en.fileName,
      base64: en.base64,
      mapping: read.mapping,
    });
    expect(templatePreview.problems).toEqual([]);
    expect(templatePreview.counts).toMatchObject({ misi: 1, tujuan: 1, sasaran: 1, program: 1 });

    // The English export of the whole demo cascade reads back as the same cascade.
    const before = await call<PlanDocument>(core, 'plans.document', { planId });
    const exported = await call(core, 'rpjmd.exportXlsx', { planId, language: 'en' });
    const enExport = await sheets(exported.base64);
    expect(enExport.head[1]).toBe('Level');
    expect(enExport.row2[1]).toBe('Mission');
    const back = await call(core, 'rpjmd.importRead', {
      planId,
      fileName: exported.fileName,
      base64: exported.base64,
    });
    const preview = await call<ImportPreview>(core, 'rpjmd.importPreview', {
      planId,
      fileName: exported.fileName,
      base64: exported.base64,
      mapping: back.mapping,
    });
    expect(preview.problems).toEqual([]);
    expect(preview.replaced).toBe(before.rpjmdItems.length);
    expect(Object.values(preview.counts).reduce((a, b) => a + b, 0)).toBe(before.rpjmdItems.length);
    expect(preview.indicators).toBe(before.indicators.filter((i) => i.rpjmdItemId).length);
  });
});

describe('cascade table parser', () => {
  it('skips empty rows, needs an indicator name for indicator cells, and checks target years', () => {
    const mapping = guessMapping(HEAD);
    const rows: SheetRow[] = [
      { row: 2, cells: { Kode: '1', Jenis: 'MISI', Uraian: 'A' } },
      { row: 3, cells: {} },
      { row: 4, cells: { Satuan: '%', 'Target 2025': 3 } },
    ];
    const parsed = parseCascade(rows, mapping, { start: 2026, end: 2030 });
    expect(parsed.problems.map((p) => [p.row, p.column, p.reason])).toEqual([
      [1, 'Target 2025', 'targetYearOutside'],
      [4, 'Indikator', 'indicatorNameMissing'],
    ]);
    expect(parsed.items).toHaveLength(1);
  });
});
