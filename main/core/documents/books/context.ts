/** What every book builder reads: the plan, reference data, translations and formatters. */
import { formatDate, formatNumber, formatRupiah } from '../../../../shared/format';
import type { PlanDocument } from '../../../../shared/plan-document';
import { localized, type ReferenceData } from '../../../../shared/reference';
import type { Block, Cell, DocLanguage, FrontMatter } from '../model';

/** Translation of a `books.*` key (loosely typed: keys are built from codes). */
export type Tr = (key: string, vars?: Record<string, string | number>) => string;

export type Programme = PlanDocument['programmes'][number];

export interface BookContext {
  doc: PlanDocument;
  ref: ReferenceData;
  t: Tr;
  lang: DocLanguage;
  endYear: number;
  years: number[];
  region: string;
  /** "Bupati" or "Wali Kota". */
  head: string;
  pillarName(code: string): string;
  subName(code: string): string;
  opdName(id: string | null): string;
  opdShort(id: string | null): string;
  rupiah(n: number | null): string;
  number(n: number | null): string;
  date(d: string | null): string;
  code(list: 'programmeTypes' | 'riskHandling' | 'swotQuadrants' | 'teamRoles', c: string): string;
  source(c: string): string;
  sourceLine: string;
  front: FrontMatter;
  quickWinIds: Set<string>;
  /** Programmes in reference pillar order, then the user's order. */
  programmesByPillar(): Array<{ code: string; programmes: Programme[] }>;
  budgetOf(programmeId: string): number;
  table(
    caption: string,
    header: Cell[],
    rows: Cell[][],
    widths: Array<number | '*' | 'auto'>,
    source?: string,
  ): Block;
  p(text: string): Block;
  /** Chart SVGs drawn once per render run (Buku II and the Perbup's Lampiran share them). */
  chart(key: string, draw: () => string): string;
}

export const PLAN_YEARS = 10;

export function createBookContext(
  doc: PlanDocument,
  ref: ReferenceData,
  t: Tr,
  lang: DocLanguage,
  logo: string | null,
): BookContext {
  const endYear = doc.plan.startYear + PLAN_YEARS - 1;
  const years = Array.from({ length: PLAN_YEARS }, (_, i) => doc.plan.startYear + i);
  const pillars = new Map(ref.pillars.pillars.map((p) => [p.code, p]));
  const subs = new Map(
    ref.pillars.pillars.flatMap((p) => p.subDimensions.map((s) => [s.code, s] as const)),
  );
  const opds = new Map(doc.opds.map((o) => [o.id, o]));
  const budgets = new Map<string, number>();
  for (const b of doc.budgets)
    budgets.set(b.programmeId, (budgets.get(b.programmeId) ?? 0) + b.amount);
  const settings = doc.documentSettings;
  const region = doc.region.name;
  const head = t(
    doc.region.type === 'kota' ? 'books.common.headKota' : 'books.common.headKabupaten',
  );
  const sourceLine = t('books.common.sourcePlan', {
    year: settings?.date?.slice(0, 4) ?? doc.plan.startYear,
  });
  const charts = new Map<string, string>();
  const ctx: BookContext = {
    doc,
    ref,
    t,
    lang,
    endYear,
    years,
    region,
    head,
    pillarName: (c) => (pillars.get(c) ? localized(pillars.get(c)!.name, lang) : c),
    subName: (c) => (subs.get(c) ? localized(subs.get(c)!.name, lang) : c),
    opdName: (id) => (id ? (opds.get(id)?.name ?? '') : ''),
    opdShort: (id) => {
      const o = id ? opds.get(id) : undefined;
      return o ? o.abbreviation || o.name : '';
    },
    rupiah: (n) => (n === null ? '–' : formatRupiah(n)),
    number: (n) => (n === null ? '–' : formatNumber(n, lang)),
    date: (d) => (d ? formatDate(d, lang) : ''),
    code: (list, c) => {
      const item = ref.vocabularies[list].find((x) => x.code === c);
      return item ? localized(item.name, lang) : c;
    },
    source: (c) => {
      const s = ref.fundingSources.sources.find((x) => x.code === c);
      return s ? localized(s.name, lang) : c.toUpperCase();
    },
    sourceLine,
    front: {
      region: region,
      province: t('books.common.province', { name: doc.region.provinceName }),
      period: t('books.common.period', { start: doc.plan.startYear, end: endYear }),
      year: settings?.date?.slice(0, 4) ?? String(doc.plan.startYear),
      logo,
      foreword: settings?.foreword ?? '',
      place: settings?.place ?? '',
      date: settings?.date ? formatDate(settings.date, lang) : '',
      signatoryName: settings?.signatoryName ?? '',
      signatoryTitle: settings?.signatoryTitle ?? '',
      signatoryNip: settings?.signatoryNip ?? '',
    },
    quickWinIds: new Set(doc.quickWins.map((q) => q.programmeId)),
    programmesByPillar: () =>
      ref.pillars.pillars.map((p) => ({
        code: p.code,
        programmes: doc.programmes.filter((x) => x.pillarCode === p.code),
      })),
    budgetOf: (id) => budgets.get(id) ?? 0,
    table: (caption, header, rows, widths, source) => ({
      kind: 'table',
      caption,
      source: source ?? sourceLine,
      header,
      rows,
      widths,
    }),
    p: (text) => ({ kind: 'paragraph', text }),
    chart: (key, draw) => {
      let svg = charts.get(key);
      if (svg === undefined) charts.set(key, (svg = draw()));
      return svg;
    },
  };
  return ctx;
}

export const num = (n: number): Cell => ({ text: String(n), align: 'center' });
export const right = (text: string): Cell => ({ text, align: 'right' });
export const center = (text: string): Cell => ({ text, align: 'center' });
export const bold = (text: string): Cell => ({ text, bold: true });

/** Heat colours of the 1–5 readiness scale (print-safe, readable black text). */
export function heatFill(score: number | null): string | undefined {
  if (score === null) return undefined;
  return ['#f4c7c3', '#fbe0b5', '#fdf3b0', '#d4ecc0', '#a9dba0'][score - 1];
}

/** Mean of the scores present, or null. */
export function mean(values: Array<number | null | undefined>): number | null {
  const v = values.filter((x): x is number => typeof x === 'number');
  return v.length ? v.reduce((a, b) => a + b, 0) / v.length : null;
}

export function oneDecimal(n: number | null, lang: DocLanguage): string {
  if (n === null) return '–';
  const s = n.toFixed(2);
  return lang === 'id' ? s.replace('.', ',') : s;
}
