/** Buku II – Masterplan Smart City (also the Lampiran of the draft regulation). */
import { budgetSummary } from '../../../../shared/analysis/roadmap';
import { budgetOption } from '../../../../shared/charts/budget';
import { timelineOption } from '../../../../shared/charts/timeline';
import { formatNumber, formatRupiah } from '../../../../shared/format';
import { renderChartSvg } from '../charts';
import { pruneChapters } from '../model';
import type { Block, Cell, Chapter, Section } from '../model';
import { center, right, type BookContext, type Programme } from './context';
import { introduction } from './shared-chapters';

export function buku2Chapters(c: BookContext, withIntro = true): Chapter[] {
  const t = c.t;
  const body: Chapter[] = pruneChapters([
    vision(c),
    programmes(c),
    implementation(c),
    roadmap(c),
    funding(c),
    monitoring(c),
    closing(c),
  ]);
  if (!withIntro) return body;
  return [
    introduction(c, 'buku2', [{ title: t('books.intro.title'), sections: [] }, ...body]),
    ...body,
  ];
}

function rpjmdRefs(c: BookContext, ids: string[]): string {
  const items = c.doc.rpjmdItems;
  return ids
    .map((id) => items.find((i) => i.id === id))
    .filter((i) => i !== undefined)
    .map((i) => `${c.t(`books.rpjmdKind.${i.kind}`)}${i.code ? ` ${i.code}` : ''}: ${i.text}`)
    .join('\n');
}

function vision(c: BookContext): Chapter {
  const t = c.t;
  const st = c.doc.statements;
  const visi = st.find((s) => s.kind === 'visi');
  const misi = st.filter((s) => s.kind === 'misi');
  const tujuan = st.filter((s) => s.kind === 'tujuan');
  const alignRows: Cell[][] = [...(visi ? [visi] : []), ...misi, ...tujuan]
    .filter((s) => s.rpjmdItemIds.length > 0)
    .map((s) => [
      `${t(`books.vision.kind.${s.kind}`)}${s.pillarCode ? ` (${c.pillarName(s.pillarCode)})` : ''}: ${s.text}`,
      rpjmdRefs(c, s.rpjmdItemIds) || '–',
    ]);
  return {
    title: t('books.vision.title'),
    sections: [
      {
        title: t('books.vision.visi'),
        blocks: visi
          ? [
              c.p(t('books.vision.visiText', { region: c.region })),
              { kind: 'paragraph', text: `“${visi.text}”`, italics: true, align: 'center' },
            ]
          : [],
      },
      {
        title: t('books.vision.misi'),
        blocks: misi.length
          ? [{ kind: 'list', ordered: true, items: misi.map((m) => m.text) }]
          : [],
      },
      {
        title: t('books.vision.tujuan'),
        blocks: tujuan.length
          ? [
              c.table(
                t('books.vision.tujuanCaption'),
                [t('books.common.no'), t('books.common.pillar'), t('books.vision.goal')],
                tujuan.map((s, i) => [
                  center(String(i + 1)),
                  s.pillarCode ? c.pillarName(s.pillarCode) : '–',
                  s.text,
                ]),
                [22, 110, '*'],
              ),
            ]
          : [],
      },
      {
        title: t('books.vision.alignment'),
        blocks: alignRows.length
          ? [
              c.p(t('books.vision.alignmentText')),
              c.table(
                t('books.vision.alignmentCaption'),
                [t('books.vision.statement'), t('books.vision.rpjmd')],
                alignRows,
                ['*', '*'],
              ),
            ]
          : [],
      },
    ],
  };
}

function period(p: Programme): string {
  if (p.startYear === null) return '–';
  return p.endYear && p.endYear !== p.startYear
    ? `${p.startYear}–${p.endYear}`
    : String(p.startYear);
}

function programmeRows(c: BookContext, list: Programme[]): Cell[][] {
  return list.map((p, i) => [
    center(String(i + 1)),
    { text: `${p.name}${c.quickWinIds.has(p.id) ? ' *' : ''}`, bold: c.quickWinIds.has(p.id) },
    c.subName(p.subDimensionCode),
    c.opdShort(p.leadOpdId) || '–',
    center(period(p)),
    right(c.rupiah(c.budgetOf(p.id) || p.costEstimate)),
  ]);
}

function programmes(c: BookContext): Chapter {
  const t = c.t;
  const sections: Section[] = c.programmesByPillar().map(({ code, programmes: list }) => {
    const strategy = c.doc.statements.find((s) => s.kind === 'tujuan' && s.pillarCode === code);
    return {
      title: c.pillarName(code),
      blocks: list.length
        ? [
            ...(strategy
              ? [
                  c.p(
                    t('books.programmes.strategyText', {
                      pillar: c.pillarName(code),
                      goal: strategy.text,
                    }),
                  ),
                ]
              : []),
            c.table(
              t('books.programmes.caption', { pillar: c.pillarName(code) }),
              [
                t('books.common.no'),
                t('books.programmes.programme'),
                t('books.common.subDimension'),
                t('books.programmes.leadOpd'),
                t('books.programmes.period'),
                t('books.programmes.budget'),
              ],
              programmeRows(c, list),
              [20, '*', 78, 60, 48, 84],
              t('books.programmes.source', { source: c.sourceLine }),
            ),
            ...list.flatMap((p): Block[] =>
              p.description.trim()
                ? [{ kind: 'subheading', text: p.name }, c.p(p.description)]
                : [],
            ),
          ]
        : [],
    };
  });
  return {
    title: t('books.programmes.title'),
    intro: [c.p(t('books.programmes.intro'))],
    sections,
  };
}

function implementation(c: BookContext): Chapter {
  const t = c.t;
  const byTypes = (types: string[]) =>
    c.doc.programmes
      .filter((p) => types.includes(p.type))
      .map((p) => `${p.name} (${c.opdShort(p.leadOpdId) || '–'})`);
  const part = (key: string, types: string[]): Section => {
    const list = byTypes(types);
    return {
      title: t(`books.implementation.${key}`),
      blocks: [
        c.p(t(`books.implementation.${key}Text`, { region: c.region })),
        ...(list.length
          ? [
              c.p(t('books.implementation.listIntro')),
              { kind: 'list', ordered: false, items: list } as Block,
            ]
          : []),
      ],
    };
  };
  return {
    title: t('books.implementation.title'),
    sections: [
      part('policy', ['regulasi', 'kelembagaan']),
      part('infrastructure', ['infrastruktur', 'aplikasi']),
      part('people', ['sdm_literasi', 'layanan']),
    ],
  };
}

export function horizonOf(c: BookContext, p: Programme): 'pendek' | 'menengah' | 'panjang' | null {
  if (p.startYear === null) return null;
  const end = p.endYear ?? p.startYear;
  const last = end - c.doc.plan.startYear + 1;
  if (last <= 1) return 'pendek';
  if (last <= 5) return 'menengah';
  return 'panjang';
}

const TIMELINE_ROWS = 30;

/**
 * The roadmap timeline of one pillar, drawn by the same builder as the Peta Jalan screen; long
 * pillars are split so each figure fits a page.
 */
function timelineFigures(c: BookContext, code: string, list: Programme[]): Block[] {
  const rows = list.map((p) => ({
    id: p.id,
    name: p.name,
    pillarCode: p.pillarCode,
    startYear: p.startYear,
    endYear: p.endYear,
    quickWin: c.quickWinIds.has(p.id),
  }));
  const parts = Math.ceil(rows.length / TIMELINE_ROWS);
  return Array.from({ length: parts }, (_, part) => {
    const chunk = rows.slice(part * TIMELINE_ROWS, (part + 1) * TIMELINE_ROWS);
    const height = 50 + chunk.length * 19;
    const svg = c.chart(`timeline:${code}:${part}`, () => {
      const option = timelineOption(chunk, c.doc.plan.startYear, {
        pillarName: (x) => c.pillarName(x),
        quickWin: c.t('books.quickwin.chosen'),
        programme: c.t('books.programmes.programme'),
      });
      // Printed smaller than on screen, ten years side by side: the year labels as small as
      // the programme names, so they never touch.
      const x = option.xAxis as { axisLabel?: object } | undefined;
      if (x && !Array.isArray(x)) x.axisLabel = { ...x.axisLabel, fontSize: 10 };
      return renderChartSvg(option, 520, height);
    });
    const caption = c.t('books.roadmap.timelineCaption', { pillar: c.pillarName(code) });
    return {
      kind: 'figure',
      caption: parts > 1 ? `${caption} (${part + 1}/${parts})` : caption,
      source: c.t('books.roadmap.timelineSource', { source: c.sourceLine }),
      svg,
      width: 520,
      height,
    };
  });
}

function roadmap(c: BookContext): Chapter {
  const t = c.t;
  const scheduled = c.doc.programmes.filter((p) => p.startYear !== null);
  const horizon = (h: 'pendek' | 'menengah' | 'panjang'): Section => {
    const list = scheduled.filter((p) => horizonOf(c, p) === h);
    return {
      title: t(`books.roadmap.${h}`),
      blocks: list.length
        ? [
            c.p(
              t(`books.roadmap.${h}Text`, {
                start: c.doc.plan.startYear,
                mid: c.doc.plan.startYear + 4,
                end: c.endYear,
              }),
            ),
            c.table(
              t('books.roadmap.horizonCaption', { horizon: t(`books.roadmap.${h}`) }),
              [
                t('books.common.no'),
                t('books.programmes.programme'),
                t('books.common.pillar'),
                t('books.programmes.leadOpd'),
                t('books.programmes.period'),
                t('books.programmes.budget'),
              ],
              list.map((p, i) => [
                center(String(i + 1)),
                p.name,
                c.pillarName(p.pillarCode),
                c.opdShort(p.leadOpdId) || '–',
                center(period(p)),
                right(c.rupiah(c.budgetOf(p.id) || p.costEstimate)),
              ]),
              [20, '*', 78, 60, 48, 84],
            ),
          ]
        : [],
    };
  };
  const indicatorRows: Cell[][] = c.doc.indicators
    .filter((i) => i.programmeId !== null)
    .map((i) => {
      const prog = c.doc.programmes.find((p) => p.id === i.programmeId);
      const last = [...i.targets]
        .filter((x) => x.value !== null)
        .sort((a, b) => b.year - a.year)[0];
      return [
        prog?.name ?? '–',
        i.name,
        i.unit,
        right(i.baseline === null ? '–' : c.number(i.baseline)),
        right(last ? `${c.number(last.value)} (${last.year})` : '–'),
      ];
    });
  const timeline = c
    .programmesByPillar()
    .map(({ code, programmes: list }) => ({ code, list: list.filter((p) => p.startYear !== null) }))
    .filter((x) => x.list.length > 0);
  return {
    title: t('books.roadmap.title'),
    intro: [c.p(t('books.roadmap.intro', { start: c.doc.plan.startYear, end: c.endYear }))],
    sections: [
      horizon('pendek'),
      horizon('menengah'),
      horizon('panjang'),
      {
        title: t('books.roadmap.timeline'),
        blocks: timeline.length
          ? [
              c.p(t('books.roadmap.timelineText')),
              ...timeline.flatMap((x) => timelineFigures(c, x.code, x.list)),
            ]
          : [],
      },
      {
        title: t('books.roadmap.indicators'),
        blocks: indicatorRows.length
          ? [
              c.table(
                t('books.roadmap.indicatorCaption'),
                [
                  t('books.programmes.programme'),
                  t('books.roadmap.indicator'),
                  t('books.roadmap.unit'),
                  t('books.roadmap.baseline'),
                  t('books.roadmap.target'),
                ],
                indicatorRows,
                [110, '*', 50, 50, 70],
              ),
            ]
          : [],
      },
    ],
  };
}

export function budgetFigures(c: BookContext) {
  const summary = budgetSummary(
    c.doc,
    c.ref.fundingSources.sources.map((x) => x.code),
  );
  const at = (y: number, s: string) => summary.byYearSource[y]?.[s] ?? 0;
  return { summary, sources: summary.sources, years: summary.years, at, total: summary.total };
}

/** Axis labels: "1,5 M" (miliar) or "750 jt" (juta). */
function shortRupiah(v: number, lang: 'id' | 'en'): string {
  const comma = (x: number) => (lang === 'id' ? String(x).replace('.', ',') : String(x));
  if (v >= 1e9) return `${comma(Math.round(v / 1e8) / 10)} ${lang === 'id' ? 'M' : 'bn'}`;
  if (v >= 1e6) return `${comma(Math.round(v / 1e5) / 10)} ${lang === 'id' ? 'jt' : 'm'}`;
  return comma(v);
}

/** Budget per year and source: table and stacked bar chart. */
export function budgetBlocks(c: BookContext): Block[] {
  const t = c.t;
  const b = budgetFigures(c);
  if (b.total === 0) return [];
  // With many sources full Rupiah figures do not fit the page width: the table then reads in
  // millions, as the caption says ("juta rupiah").
  const inMillions = b.sources.length > 3;
  const money = (v: number) =>
    inMillions ? formatNumber(Math.round(v / 100_000) / 10, c.lang) : c.rupiah(v);
  const rows: Cell[][] = b.years.map((y) => [
    center(String(y)),
    ...b.sources.map((s) => right(b.at(y, s) ? money(b.at(y, s)) : '–')),
    { text: money(b.sources.reduce((n, s) => n + b.at(y, s), 0)), align: 'right', bold: true },
  ]);
  rows.push([
    { text: t('books.common.total'), bold: true, align: 'center' },
    ...b.sources.map((s): Cell => ({
      text: money(b.years.reduce((n, y) => n + b.at(y, s), 0)),
      align: 'right',
      bold: true,
    })),
    { text: money(b.total), align: 'right', bold: true },
  ]);
  const svg = c.chart('budget', () =>
    renderChartSvg(
      budgetOption(b.summary, {
        sourceName: (code) => c.source(code),
        amountShort: (v) => shortRupiah(v, c.lang),
        amount: (v) => formatRupiah(v),
      }),
      620,
      340,
    ),
  );
  return [
    c.p(
      t('books.funding.totalText', {
        total: c.rupiah(b.total),
        start: b.years[0] ?? '',
        end: b.years[b.years.length - 1] ?? '',
      }),
    ),
    {
      kind: 'table',
      caption: inMillions
        ? `${t('books.funding.tableCaption')} (${t('books.funding.millions')})`
        : t('books.funding.tableCaption'),
      source: c.sourceLine,
      header: [
        t('books.funding.year'),
        ...b.sources.map((s) => c.source(s)),
        t('books.common.total'),
      ],
      rows,
      widths: [30, ...b.sources.map(() => '*' as const), inMillions ? 50 : 82],
      fontSize: b.sources.length > 5 ? 7.5 : 8.5,
    },
    {
      kind: 'figure',
      caption: t('books.funding.chartCaption'),
      source: c.sourceLine,
      svg,
      width: 430,
      height: 236,
    },
  ];
}

function funding(c: BookContext): Chapter {
  const t = c.t;
  const pillarRows: Cell[][] = c
    .programmesByPillar()
    .map(({ code, programmes: list }) => ({
      code,
      list,
      sum: list.reduce((n, p) => n + c.budgetOf(p.id), 0),
    }))
    .filter((x) => x.list.length > 0)
    .map((x) => [c.pillarName(x.code), center(String(x.list.length)), right(c.rupiah(x.sum))]);
  const partners = c.doc.quickWins
    .filter((q) => q.partners.trim())
    .map(
      (q) => `${c.doc.programmes.find((p) => p.id === q.programmeId)?.name ?? ''}: ${q.partners}`,
    );
  const ceiling = c.doc.plan.budgetCeiling;
  return {
    title: t('books.funding.title'),
    sections: [
      { title: t('books.funding.perYear'), blocks: budgetBlocks(c) },
      {
        title: t('books.funding.perPillar'),
        blocks: pillarRows.length
          ? [
              ...(ceiling
                ? [c.p(t('books.funding.ceilingText', { ceiling: c.rupiah(ceiling) }))]
                : []),
              c.table(
                t('books.funding.pillarCaption'),
                [
                  t('books.common.pillar'),
                  t('books.funding.programmeCount'),
                  t('books.programmes.budget'),
                ],
                pillarRows,
                ['*', 80, 110],
              ),
            ]
          : [],
      },
      {
        title: t('books.funding.partnership'),
        blocks: [
          c.p(t('books.funding.partnershipText')),
          ...(partners.length ? [{ kind: 'list', ordered: false, items: partners } as Block] : []),
        ],
      },
    ],
  };
}

function monitoring(c: BookContext): Chapter {
  const t = c.t;
  return {
    title: t('books.monitoring.title'),
    sections: [
      {
        title: t('books.monitoring.mechanism'),
        blocks: [c.p(t('books.monitoring.mechanismText', { region: c.region, head: c.head }))],
      },
      {
        title: t('books.monitoring.review'),
        blocks: [c.p(t('books.monitoring.reviewText', { mid: c.doc.plan.startYear + 4 }))],
      },
    ],
  };
}

function closing(c: BookContext): Chapter {
  return {
    title: c.t('books.closing.title'),
    standalone: true,
    intro: [
      c.p(
        c.t('books.closing.text', {
          region: c.region,
          start: c.doc.plan.startYear,
          end: c.endYear,
        }),
      ),
    ],
    sections: [],
  };
}
