/** Buku III – Quick Win: criteria and scoring, profile sheets, risk registers, schedule. */
import { recommendQuickWins, scoreProgrammes } from '../../../../shared/analysis/scoring';
import type { EChartsOption } from 'echarts';
import { quadrantOption } from '../../../../shared/charts/quadrant';
import { renderChartSvg } from '../charts';
import { pruneChapters } from '../model';
import type { Block, Cell, Chapter, Section } from '../model';
import { center, oneDecimal, right, type BookContext } from './context';
import { introduction } from './shared-chapters';

export function buku3Chapters(c: BookContext): Chapter[] {
  const t = c.t;
  const body = pruneChapters([criteria(c), profiles(c), risks(c), schedule(c)]);
  return [
    introduction(c, 'buku3', [{ title: t('books.intro.title'), sections: [] }, ...body]),
    ...body,
  ];
}

/** Scored programmes ranked by the shared quick-win scoring (the Program step's numbers). */
export function scoring(c: BookContext) {
  const crit = c.doc.criteria;
  const scored = scoreProgrammes(c.doc);
  const byId = new Map(c.doc.programmes.map((p) => [p.id, p]));
  const scores = new Map<string, Map<string, number>>();
  for (const s of c.doc.scores) {
    if (!scores.has(s.programmeId)) scores.set(s.programmeId, new Map());
    scores.get(s.programmeId)!.set(s.criterionId, s.score);
  }
  const rows = scored
    .filter((r) => r.scored > 0)
    .map((r) => ({
      programme: byId.get(r.programmeId)!,
      scores: scores.get(r.programmeId) ?? new Map<string, number>(),
      weighted: r.score,
      rank: r.rank,
      impact: r.impact,
      ease: r.ease,
    }))
    .sort((a, b) => (a.rank ?? 1e9) - (b.rank ?? 1e9));
  return { criteria: crit, rows };
}

/** Points near the right edge carry names: leave them room on paper. */
function withRoomForLabels(option: EChartsOption): EChartsOption {
  const grid = (option.grid ?? {}) as Record<string, unknown>;
  return { ...option, grid: { ...grid, right: 150 } };
}

function criteria(c: BookContext): Chapter {
  const t = c.t;
  const s = scoring(c);
  const recommended = recommendQuickWins(scoreProgrammes(c.doc));
  const points = s.rows
    .filter((r) => r.impact !== null && r.ease !== null)
    .map((r) => ({
      id: r.programme.id,
      name: r.programme.name,
      impact: r.impact!,
      ease: r.ease!,
      selected: c.quickWinIds.has(r.programme.id),
      recommended: recommended.has(r.programme.id),
    }));
  const figure: Block[] = points.length
    ? [
        {
          kind: 'figure',
          caption: t('books.quickwin.quadrantCaption'),
          source: c.sourceLine,
          svg: renderChartSvg(
            withRoomForLabels(
              quadrantOption(points, {
                impact: t('books.quickwin.impact'),
                ease: t('books.quickwin.ease'),
                selected: t('books.quickwin.chosen'),
                recommended: t('books.quickwin.recommended'),
                others: t('books.quickwin.candidate'),
                quadrants: {
                  quickWins: t('books.quickwin.qQuickWins'),
                  major: t('books.quickwin.qMajor'),
                  fillIns: t('books.quickwin.qFillIns'),
                  thankless: t('books.quickwin.qThankless'),
                },
              }),
            ),
            600,
            460,
          ),
          width: 400,
          height: 307,
        },
      ]
    : [];
  return {
    title: t('books.quickwin.criteriaTitle'),
    sections: [
      {
        title: t('books.quickwin.criteria'),
        blocks: s.criteria.length
          ? [
              c.p(t('books.quickwin.criteriaText')),
              c.table(
                t('books.quickwin.criteriaCaption'),
                [
                  t('books.common.no'),
                  t('books.quickwin.criterion'),
                  t('books.common.description'),
                  t('books.quickwin.weight'),
                ],
                s.criteria.map((x, i) => [
                  center(String(i + 1)),
                  x.name,
                  x.description,
                  center(`${x.weight}%`),
                ]),
                [22, 120, '*', 50],
              ),
            ]
          : [],
      },
      {
        title: t('books.quickwin.scoring'),
        blocks: s.rows.length
          ? [
              c.p(
                t('books.quickwin.scoringText', {
                  count: s.rows.length,
                  chosen: c.doc.quickWins.length,
                }),
              ),
              {
                kind: 'table',
                caption: t('books.quickwin.scoringCaption'),
                source: t('books.quickwin.scoringSource', { source: c.sourceLine }),
                header: [
                  t('books.quickwin.rank'),
                  t('books.programmes.programme'),
                  ...s.criteria.map((x, i) => ({ text: `K${i + 1}`, align: 'center' as const })),
                  t('books.quickwin.score'),
                ],
                rows: s.rows.map((r): Cell[] => [
                  center(r.rank === null ? '–' : String(r.rank)),
                  {
                    text: `${r.programme.name}${c.quickWinIds.has(r.programme.id) ? ' *' : ''}`,
                    bold: c.quickWinIds.has(r.programme.id),
                  },
                  ...s.criteria.map((x) =>
                    center(r.scores.has(x.id) ? String(r.scores.get(x.id)) : '–'),
                  ),
                  { text: oneDecimal(r.weighted ?? null, c.lang), align: 'center', bold: true },
                ]),
                widths: [44, '*', ...s.criteria.map(() => 24), 40],
              },
              ...figure,
            ]
          : [],
      },
    ],
  };
}

function profiles(c: BookContext): Chapter {
  const t = c.t;
  const sections: Section[] = c.doc.quickWins.map((q) => {
    const p = c.doc.programmes.find((x) => x.id === q.programmeId);
    const name = p?.name ?? '–';
    const rows: Array<[string, string]> = [
      [t('books.programmes.programme'), name],
      [
        t('books.common.pillar'),
        p ? `${c.pillarName(p.pillarCode)} – ${c.subName(p.subDimensionCode)}` : '',
      ],
      [t('books.quickwin.type'), c.code('programmeTypes', q.profileType) || ''],
      [t('books.programmes.leadOpd'), p ? c.opdName(p.leadOpdId) : ''],
      [
        t('books.quickwin.support'),
        p
          ? p.supportOpdIds
              .map((id) => c.opdShort(id))
              .filter(Boolean)
              .join(', ')
          : '',
      ],
      [
        t('books.programmes.period'),
        p?.startYear
          ? `${p.startYear}${p.endYear && p.endYear !== p.startYear ? `–${p.endYear}` : ''}`
          : '',
      ],
      [t('books.programmes.budget'), p ? c.rupiah(c.budgetOf(p.id) || p.costEstimate) : ''],
      [t('books.quickwin.description'), p?.description ?? ''],
      [t('books.quickwin.rationale'), q.rationale],
      [t('books.quickwin.benefit'), q.benefit],
      [t('books.quickwin.partners'), q.partners],
      [t('books.quickwin.sustainability'), q.sustainability],
    ];
    return {
      title: name,
      blocks: [
        {
          kind: 'sheet',
          caption: t('books.quickwin.profileCaption', { name }),
          source: c.sourceLine,
          rows: rows.filter((r) => r[1].trim() !== ''),
        },
      ],
    };
  });
  return {
    title: t('books.quickwin.profilesTitle'),
    intro: [c.p(t('books.quickwin.profilesIntro', { count: c.doc.quickWins.length }))],
    sections,
  };
}

function level(likelihood: number, impact: number): { text: string; fill: string } {
  const v = likelihood * impact;
  if (v >= 15) return { text: 'high', fill: '#f4c7c3' };
  if (v >= 8) return { text: 'medium', fill: '#fbe0b5' };
  return { text: 'low', fill: '#d4ecc0' };
}

function risks(c: BookContext): Chapter {
  const t = c.t;
  const sections: Section[] = c.doc.quickWins.map((q) => {
    const name = c.doc.programmes.find((x) => x.id === q.programmeId)?.name ?? '–';
    return {
      title: name,
      blocks: q.risks.length
        ? [
            c.table(
              t('books.risk.caption', { name }),
              [
                t('books.common.no'),
                t('books.risk.risk'),
                { text: t('books.risk.likelihood'), align: 'center' },
                { text: t('books.risk.impact'), align: 'center' },
                t('books.risk.level'),
                t('books.risk.handling'),
                t('books.risk.mitigation'),
                t('books.risk.owner'),
              ],
              q.risks.map((r, i) => {
                const l = level(r.likelihood, r.impact);
                return [
                  center(String(i + 1)),
                  r.risk,
                  center(String(r.likelihood)),
                  center(String(r.impact)),
                  { text: t(`books.risk.${l.text}`), fill: l.fill, align: 'center' },
                  c.code('riskHandling', r.handling),
                  r.mitigation,
                  r.owner,
                ];
              }),
              [16, '*', 24, 24, 40, 46, '*', 50],
            ),
          ]
        : [],
    };
  });
  return { title: t('books.risk.title'), intro: [c.p(t('books.risk.intro'))], sections };
}

function schedule(c: BookContext): Chapter {
  const t = c.t;
  const rows: Cell[][] = c.doc.quickWins.map((q, i) => {
    const p = c.doc.programmes.find((x) => x.id === q.programmeId);
    const years = p?.startYear
      ? `${p.startYear}${p.endYear && p.endYear !== p.startYear ? `–${p.endYear}` : ''}`
      : '–';
    return [
      center(String(i + 1)),
      p?.name ?? '–',
      p ? c.opdShort(p.leadOpdId) || '–' : '–',
      center(years),
      right(p ? c.rupiah(c.budgetOf(p.id) || p.costEstimate) : '–'),
    ];
  });
  return {
    title: t('books.schedule.title'),
    sections: [
      {
        title: t('books.schedule.plan'),
        blocks: rows.length
          ? [
              c.p(t('books.schedule.text')),
              c.table(
                t('books.schedule.caption'),
                [
                  t('books.common.no'),
                  t('books.programmes.programme'),
                  t('books.programmes.leadOpd'),
                  t('books.programmes.period'),
                  t('books.programmes.budget'),
                ],
                rows,
                [20, '*', 70, 56, 90],
              ),
            ]
          : [],
      },
      {
        title: t('books.schedule.stages'),
        blocks: [
          {
            kind: 'list',
            ordered: true,
            items: [
              t('books.schedule.stage1'),
              t('books.schedule.stage2'),
              t('books.schedule.stage3'),
              t('books.schedule.stage4'),
            ],
          },
        ],
      },
    ],
  };
}
