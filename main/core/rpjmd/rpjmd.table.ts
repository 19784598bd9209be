/**
 * The RPJMD "tabel cascading" as rows: one row per item (Kode 2.1.3, Jenis, Uraian …) and its
 * indicator; further rows with only indicator cells add indicators to the item above. Pure:
 * reading the file is elsewhere. Every problem names its row, column and reason.
 */
import { RPJMD_KINDS } from '../../../shared/analysis/rpjmd-numbering';
import type { ImportMapping, ImportProblem } from '../../../shared/contract/rpjmd';
import { parseIndonesianNumber } from '../../../shared/format';
import type { PlanDocument } from '../../../shared/plan-document';

type Kind = PlanDocument['rpjmdItems'][number]['kind'];
export type Cell = string | number | null;
export interface SheetRow {
  /** 1-based row number as the spreadsheet shows it. */
  row: number;
  cells: Record<string, Cell>;
}

export interface ParsedItem {
  key: string;
  parentKey: string | null;
  row: number;
  number: string;
  kind: Kind;
  text: string;
  nomenclature: string;
  opd: string;
}
export interface ParsedIndicator {
  itemKey: string;
  name: string;
  unit: string;
  baseline: number | null;
  baselineYear: number | null;
  targets: Array<{ year: number; value: number }>;
}
export interface ParsedCascade {
  items: ParsedItem[];
  indicators: ParsedIndicator[];
  problems: ImportProblem[];
}

/** Column headers of the template, in order (Indonesian; the import reads English ones too). */
export const TEMPLATE_HEADERS = {
  code: 'Kode',
  kind: 'Jenis',
  text: 'Uraian',
  nomenclature: 'Kode Nomenklatur',
  opd: 'OPD Penanggung Jawab',
  indicator: 'Indikator',
  unit: 'Satuan',
  baseline: 'Baseline',
  baselineYear: 'Tahun Baseline',
} as const;

/** The same headers for a template or export made with the UI in English. */
export const TEMPLATE_HEADERS_EN: Record<keyof typeof TEMPLATE_HEADERS, string> = {
  code: 'Code',
  kind: 'Level',
  text: 'Description',
  nomenclature: 'Nomenclature Code',
  opd: 'Responsible OPD',
  indicator: 'Indicator',
  unit: 'Unit',
  baseline: 'Baseline',
  baselineYear: 'Baseline Year',
};

export const templateHeaders = (language: 'id' | 'en') =>
  language === 'en' ? TEMPLATE_HEADERS_EN : TEMPLATE_HEADERS;

const KIND_WORDS: Array<[Kind, RegExp]> = [
  ['arah_kebijakan', /^(arah\s*kebijakan|policy\s*direction|arah_kebijakan)$/],
  ['misi', /^(misi|mission)$/],
  ['tujuan', /^(tujuan|goal|objective)$/],
  ['sasaran', /^(sasaran|target)$/],
  ['strategi', /^(strategi|strategy)$/],
  ['program', /^(program(\s*(prioritas|pembangunan\s*daerah))?|programme|program\s*priority)$/],
];

/** The kind named in a cell (Indonesian or English, any case), or null. */
export function kindOf(text: string): Kind | null {
  const s = text.trim().toLowerCase().replace(/\s+/g, ' ');
  return KIND_WORDS.find(([, re]) => re.test(s))?.[0] ?? null;
}

const SYNONYMS: Record<keyof ImportMapping['fields'], RegExp> = {
  code: /^(kode|no\.?|nomor|code|number)$/i,
  kind: /^(jenis|tingkat|level|kind)$/i,
  text: /^(uraian|uraian (misi|tujuan|sasaran)|nama|text|description)$/i,
  nomenclature: /nomenklatur|nomenclature/i,
  opd: /^(opd|perangkat daerah|opd penanggung ?jawab|responsible opd|pd penanggung ?jawab)/i,
  indicator: /^(indikator|indicator)/i,
  unit: /^(satuan|unit)$/i,
  baseline: /^(baseline|kondisi awal|capaian awal)$/i,
  baselineYear: /^(tahun baseline|baseline year|tahun awal)$/i,
};

/** A mapping guessed from the headers (exact template names first, then common synonyms). */
export function guessMapping(headers: string[]): ImportMapping {
  const fields: ImportMapping['fields'] = {};
  const taken = new Set<string>();
  for (const field of Object.keys(SYNONYMS) as Array<keyof typeof SYNONYMS>) {
    const names = [TEMPLATE_HEADERS[field], TEMPLATE_HEADERS_EN[field]].map((n) => n.toLowerCase());
    const exact = headers.find((h) => !taken.has(h) && names.includes(h.trim().toLowerCase()));
    const found = exact ?? headers.find((h) => !taken.has(h) && SYNONYMS[field].test(h.trim()));
    if (found && !taken.has(found)) {
      fields[field] = found;
      taken.add(found);
    }
  }
  const targets = headers
    .filter((h) => !taken.has(h))
    .flatMap((h) => {
      const m = /^(target|tahun|year)?\s*(\d{4})$/i.exec(h.trim());
      return m ? [{ header: h, year: Number(m[2]) }] : [];
    });
  return { fields, targets };
}

/** Keeps only the parts of a remembered mapping that fit the headers of this file. */
export function fitMapping(mapping: ImportMapping, headers: string[]): ImportMapping | null {
  const has = new Set(headers);
  const fields: ImportMapping['fields'] = {};
  for (const [k, v] of Object.entries(mapping.fields)) if (v && has.has(v)) fields[k as 'code'] = v;
  if (!fields.code || !fields.kind || !fields.text) return null;
  return { fields, targets: mapping.targets.filter((t) => has.has(t.header)) };
}

const text = (cell: Cell | undefined): string =>
  cell === null || cell === undefined ? '' : String(cell).trim();

function numberOf(cell: Cell | undefined): number | null | 'bad' {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : 'bad';
  const s = cell.trim();
  if (s === '' || s === '-' || s === '–') return null;
  return parseIndonesianNumber(s) ?? 'bad';
}

const kindIndex = (kind: Kind) => RPJMD_KINDS.indexOf(kind);

/** Turns the mapped rows into items and indicators, or problems (nothing partial is used). */
export function parseCascade(
  rows: SheetRow[],
  mapping: ImportMapping,
  period: { start: number; end: number } | null,
): ParsedCascade {
  const problems: ImportProblem[] = [];
  const items: ParsedItem[] = [];
  const indicators: ParsedIndicator[] = [];
  const f = mapping.fields;
  const problem = (row: number, column: string | undefined, reason: string, params = {}) =>
    problems.push({ row, column: column ?? '', reason, params });

  for (const field of ['code', 'kind', 'text'] as const)
    if (!f[field]) problem(1, '', 'unmapped', { field });
  if (problems.length) return { items, indicators, problems };

  if (period)
    for (const t of mapping.targets)
      if (t.year < period.start || t.year > period.end)
        problem(1, t.header, 'targetYearOutside', {
          year: t.year,
          start: period.start,
          end: period.end,
        });

  const byNumber = new Map<string, ParsedItem[]>();
  let last: ParsedItem | null = null;
  for (const { row, cells } of rows) {
    const get = (field: keyof ImportMapping['fields']) => (f[field] ? cells[f[field]!] : null);
    const mapped = [
      ...Object.values(f).map((h) => (h ? cells[h] : null)),
      ...mapping.targets.map((t) => cells[t.header]),
    ];
    if (mapped.every((c) => text(c) === '')) continue; // empty rows are skipped

    const code = text(get('code')).replace(/\.$/, '');
    const kindText = text(get('kind'));
    const itemText = text(get('text'));
    const isItem = code !== '' || kindText !== '' || itemText !== '';
    if (isItem) {
      const before = problems.length;
      const kind = kindOf(kindText);
      if (!kindText) problem(row, f.kind, 'missing');
      else if (!kind) problem(row, f.kind, 'unknownKind', { value: kindText });
      if (!itemText) problem(row, f.text, 'missing');
      if (!code) problem(row, f.code, 'missing');
      else if (!/^\d+(\.\d+)*$/.test(code)) problem(row, f.code, 'badCode', { value: code });
      let parentKey: string | null = null;
      if (kind && /^\d+(\.\d+)*$/.test(code)) {
        const segments = code.split('.');
        const same = byNumber.get(code) ?? [];
        if (same.some((i) => i.kind === kind))
          problem(row, f.code, 'duplicateCode', {
            value: code,
            first: same.find((i) => i.kind === kind)!.row,
          });
        if (segments.length === 1) {
          if (kind !== 'misi') problem(row, f.kind, 'rootNotMisi', { value: code });
        } else {
          const parentNumber = segments.slice(0, -1).join('.');
          const candidates = (byNumber.get(parentNumber) ?? []).filter(
            (p) => kindIndex(p.kind) < kindIndex(kind),
          );
          const parent = candidates.sort((a, b) => kindIndex(b.kind) - kindIndex(a.kind))[0];
          if (!parent) problem(row, f.code, 'noParent', { value: code, parent: parentNumber });
          else parentKey = parent.key;
        }
      }
      if (problems.length === before && kind) {
        const item: ParsedItem = {
          key: `${kind}:${code}`,
          parentKey,
          row,
          number: code,
          kind,
          text: itemText,
          nomenclature: text(get('nomenclature')),
          opd: text(get('opd')),
        };
        items.push(item);
        byNumber.set(code, [...(byNumber.get(code) ?? []), item]);
        last = item;
      } else {
        last = null;
      }
    }

    const name = text(get('indicator'));
    const extras = [
      get('unit'),
      get('baseline'),
      get('baselineYear'),
      ...mapping.targets.map((t) => cells[t.header]),
    ];
    if (!name) {
      if (!isItem && extras.some((c) => text(c) !== ''))
        problem(row, f.indicator, 'indicatorNameMissing');
      continue;
    }
    if (!isItem && !last) {
      if (items.length === 0) problem(row, f.indicator, 'indicatorWithoutItem');
      continue; // the item above had problems of its own
    }
    const before = problems.length;
    const baseline = numberOf(get('baseline'));
    if (baseline === 'bad') problem(row, f.baseline, 'notNumber', { value: text(get('baseline')) });
    const by = numberOf(get('baselineYear'));
    if (
      by === 'bad' ||
      (typeof by === 'number' && (!Number.isInteger(by) || by < 1990 || by > 2100))
    )
      problem(row, f.baselineYear, 'notYear', { value: text(get('baselineYear')) });
    const targets: ParsedIndicator['targets'] = [];
    for (const t of mapping.targets) {
      const v = numberOf(cells[t.header]);
      if (v === 'bad') problem(row, t.header, 'notNumber', { value: text(cells[t.header]) });
      else if (v !== null) targets.push({ year: t.year, value: v });
    }
    if (problems.length === before && last)
      indicators.push({
        itemKey: last.key,
        name,
        unit: text(get('unit')),
        baseline: baseline === 'bad' ? null : baseline,
        baselineYear: typeof by === 'number' ? by : null,
        targets,
      });
  }
  if (items.length === 0 && problems.length === 0) problem(1, '', 'noItems');
  return { items, indicators, problems };
}
