/** Chapters and pieces that several books share: introduction, readiness, RPJMD tables. */
import { localized } from '../../../../shared/reference';
import { readinessSummary } from '../../../../shared/analysis/readiness';
import { readinessRadarOption } from '../../../../shared/charts/readiness';
import { renderChartSvg } from '../charts';
import type { Block, Cell, Chapter, Section } from '../model';
import { center, heatFill, mean, oneDecimal, type BookContext } from './context';

/** Introduction chapter: background, purpose, legal basis, scope, outline of the book. */
export function introduction(c: BookContext, bookKey: string, outline: Chapter[]): Chapter {
  const t = c.t;
  const vars = {
    region: c.region,
    start: c.doc.plan.startYear,
    end: c.endYear,
    head: c.head,
  };
  const legal = [
    t('books.intro.law1'),
    t('books.intro.law2'),
    t('books.intro.law3'),
    t('books.intro.law4'),
    t('books.intro.law5'),
    t('books.intro.law6'),
    c.doc.rpjmd?.legalBasis ?? '',
  ].filter((x) => x.trim() !== '');
  return {
    title: t('books.intro.title'),
    sections: [
      {
        title: t('books.intro.background'),
        blocks: [
          c.p(t('books.intro.backgroundText1', vars)),
          c.p(t(`books.intro.${bookKey}Background`, vars)),
        ],
      },
      {
        title: t('books.intro.purpose'),
        blocks: [c.p(t(`books.intro.${bookKey}Purpose`, vars))],
      },
      { title: t('books.intro.legal'), blocks: [{ kind: 'list', ordered: true, items: legal }] },
      {
        title: t('books.intro.scope'),
        blocks: [c.p(t('books.intro.scopeText', vars))],
      },
      {
        title: t('books.intro.outline'),
        blocks: [
          c.p(t('books.intro.outlineText')),
          {
            kind: 'list',
            ordered: false,
            items: outline.map(
              (ch, i) => `${t('books.layout.chapter')} ${roman(i + 1)} ${ch.title.toUpperCase()}`,
            ),
          },
        ],
      },
    ],
  };
}

function roman(n: number): string {
  return (
    ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'][n - 1] ?? String(n)
  );
}

export interface ReadinessRow {
  pillarCode: string;
  subCode: string;
  scores: Record<'struktur' | 'infrastruktur' | 'suprastruktur', number | null>;
  evidence: Record<'struktur' | 'infrastruktur' | 'suprastruktur', string>;
  average: number | null;
}

/** Readiness per sub-dimension in catalogue order, with pillar averages. */
export function readiness(c: BookContext) {
  const rows: ReadinessRow[] = [];
  for (const p of c.ref.pillars.pillars) {
    for (const s of p.subDimensions) {
      const sd = c.doc.subDimensions.find((x) => x.subDimensionCode === s.code);
      const get = (e: 'struktur' | 'infrastruktur' | 'suprastruktur') =>
        sd?.readiness.find((r) => r.element === e);
      const scores = {
        struktur: get('struktur')?.score ?? null,
        infrastruktur: get('infrastruktur')?.score ?? null,
        suprastruktur: get('suprastruktur')?.score ?? null,
      };
      rows.push({
        pillarCode: p.code,
        subCode: s.code,
        scores,
        evidence: {
          struktur: get('struktur')?.evidence ?? '',
          infrastruktur: get('infrastruktur')?.evidence ?? '',
          suprastruktur: get('suprastruktur')?.evidence ?? '',
        },
        average: mean(Object.values(scores)),
      });
    }
  }
  const pillars = c.ref.pillars.pillars.map((p) => {
    const mine = rows.filter((r) => r.pillarCode === p.code);
    return {
      code: p.code,
      average: mean(mine.flatMap((r) => Object.values(r.scores))),
      scored: mine.reduce(
        (n, r) => n + Object.values(r.scores).filter((x) => x !== null).length,
        0,
      ),
    };
  });
  return { rows, pillars, anyScore: rows.some((r) => r.average !== null) };
}

export function readinessRadar(c: BookContext): Block | null {
  const r = readiness(c);
  if (!r.anyScore) return null;
  const svg = c.chart('radar', () =>
    renderChartSvg(
      readinessRadarOption(
        readinessSummary(c.doc, c.ref),
        { pillarName: (code) => c.pillarName(code), seriesName: c.t('books.readiness.series') },
        { animation: false },
      ),
      560,
      400,
    ),
  );
  return {
    kind: 'figure',
    caption: c.t('books.readiness.radarCaption'),
    source: c.sourceLine,
    svg,
    width: 400,
    height: 286,
  };
}

/** The heat table: sub-dimensions × three elements, cells coloured by score. */
export function readinessHeatTable(c: BookContext): Block | null {
  const r = readiness(c);
  if (!r.anyScore) return null;
  const score = (v: number | null): Cell => ({
    text: v === null ? '–' : String(v),
    align: 'center',
    ...(heatFill(v) ? { fill: heatFill(v)! } : {}),
  });
  // The pillar is named once, on the first of its sub-dimensions.
  const rows: Cell[][] = r.rows.map((row, i) => [
    i > 0 && r.rows[i - 1]!.pillarCode === row.pillarCode
      ? ''
      : { text: c.pillarName(row.pillarCode), bold: true },
    c.subName(row.subCode),
    score(row.scores.struktur),
    score(row.scores.infrastruktur),
    score(row.scores.suprastruktur),
    { text: oneDecimal(row.average, c.lang), align: 'center', bold: true },
  ]);
  const el = (code: 'struktur' | 'infrastruktur' | 'suprastruktur') =>
    localized(c.ref.readinessScale.elements.find((e) => e.code === code)!.name, c.lang);
  // Narrow pillar and sub-dimension columns, a smaller face: "Infrastruktur" and "Suprastruktur"
  // fit their score columns whole.
  const table = c.table(
    c.t('books.readiness.heatCaption'),
    [
      c.t('books.common.pillar'),
      c.t('books.common.subDimension'),
      el('struktur'),
      el('infrastruktur'),
      el('suprastruktur'),
      c.t('books.common.average'),
    ],
    rows,
    [72, 100, '*', '*', '*', 40],
  );
  return table.kind === 'table' ? { ...table, fontSize: 8.5 } : table;
}

/** The readiness scale (levels 1–5) as a table. */
export function scaleTable(c: BookContext): Block {
  return c.table(
    c.t('books.readiness.scaleCaption'),
    [c.t('books.common.score'), c.t('books.common.level'), c.t('books.common.description')],
    c.ref.readinessScale.levels.map((l) => [
      center(String(l.score)),
      localized(l.name, c.lang),
      localized(l.description, c.lang),
    ]),
    [36, 110, '*'],
    c.t('books.common.sourceReference'),
  );
}

/** RPJMD visi and misi with their tujuan and sasaran. */
export function rpjmdSections(c: BookContext): Section[] {
  const items = c.doc.rpjmdItems;
  const misi = items.filter((i) => i.kind === 'misi');
  const children = (id: string, kind: string) =>
    items.filter((i) => i.parentId === id && i.kind === kind);
  const rows: Cell[][] = [];
  misi.forEach((m, mi) => {
    for (const tj of children(m.id, 'tujuan')) {
      const sasaran = children(tj.id, 'sasaran');
      rows.push([
        center(String(mi + 1)),
        m.text,
        tj.text,
        sasaran.map((s) => `• ${s.text}`).join('\n') || '–',
      ]);
    }
    if (children(m.id, 'tujuan').length === 0)
      rows.push([center(String(mi + 1)), m.text, '–', '–']);
  });
  const rp = c.doc.rpjmd;
  return [
    {
      title: c.t('books.policy.rpjmdTitle', {
        start: rp?.periodStart ?? '',
        end: rp?.periodEnd ?? '',
      }),
      blocks: rp
        ? [
            c.p(
              c.t('books.policy.rpjmdText', {
                region: c.region,
                start: rp.periodStart,
                end: rp.periodEnd,
              }),
            ),
            { kind: 'subheading', text: c.t('books.policy.visi') },
            { kind: 'paragraph', text: `“${rp.visi}”`, italics: true, align: 'center' },
            ...(rows.length
              ? [
                  c.table(
                    c.t('books.policy.cascadeCaption', { region: c.region }),
                    [
                      c.t('books.common.no'),
                      c.t('books.policy.misi'),
                      c.t('books.policy.tujuan'),
                      c.t('books.policy.sasaran'),
                    ],
                    rows,
                    [22, 120, 120, '*'],
                    rp.legalBasis || c.sourceLine,
                  ),
                ]
              : []),
          ]
        : [],
    },
  ];
}
