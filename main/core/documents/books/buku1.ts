/** Buku I – Analisis Strategis. */
import { pruneChapters } from '../model';
import type { Block, Cell, Chapter, Section } from '../model';
import { center, oneDecimal, type BookContext } from './context';
import {
  introduction,
  readiness,
  readinessHeatTable,
  readinessRadar,
  rpjmdSections,
  scaleTable,
} from './shared-chapters';

type Quadrant = 'kekuatan' | 'kelemahan' | 'peluang' | 'ancaman';

export function buku1Chapters(c: BookContext): Chapter[] {
  const t = c.t;
  const body: Chapter[] = pruneChapters([
    policy(c),
    profile(c),
    readinessChapter(c),
    gapChapter(c),
    issuesChapter(c),
  ]);
  const intro = introduction(c, 'buku1', [
    { title: t('books.intro.title'), sections: [] },
    ...body,
  ]);
  return [intro, ...body];
}

function policy(c: BookContext): Chapter {
  const t = c.t;
  return {
    title: t('books.policy.title'),
    sections: [
      { title: t('books.policy.rpjmn'), blocks: [c.p(t('books.policy.rpjmnText'))] },
      ...rpjmdSections(c),
      {
        title: t('books.policy.spbe'),
        blocks: [c.p(t('books.policy.spbeText', { region: c.region }))],
      },
      {
        title: t('books.policy.satuData'),
        blocks: [c.p(t('books.policy.satuDataText', { region: c.region }))],
      },
    ],
  };
}

function profile(c: BookContext): Chapter {
  const t = c.t;
  const r = c.doc.region;
  const rows: Cell[][] = [
    [t('books.profile.code'), r.code],
    [t('books.profile.province'), r.provinceName],
    [t('books.profile.capital'), r.capital],
    [
      t('books.profile.population'),
      r.population === null ? '' : `${c.number(r.population)} ${t('books.profile.people')}`,
    ],
    [t('books.profile.area'), r.areaKm2 === null ? '' : `${c.number(r.areaKm2)} km²`],
    [t('books.profile.apbd', { year: r.apbdYear ?? '' }), r.apbd === null ? '' : c.rupiah(r.apbd)],
  ].filter((row) => (row[1] as string).trim() !== '');
  const members = (body: 'dewan' | 'pelaksana') =>
    c.doc.team
      .filter((m) => m.body === body)
      .map((m, i): Cell[] => [
        center(String(i + 1)),
        m.name,
        m.position,
        m.role,
        c.opdShort(m.opdId),
      ]);
  const teamTable = (body: 'dewan' | 'pelaksana', caption: string): Block[] => {
    const rows = members(body);
    return rows.length
      ? [
          c.table(
            caption,
            [
              t('books.common.no'),
              t('books.team.name'),
              t('books.team.position'),
              t('books.team.role'),
              t('books.common.opd'),
            ],
            rows,
            [22, 110, '*', 70, 60],
          ),
        ]
      : [];
  };
  return {
    title: t('books.profile.title'),
    sections: [
      {
        title: t('books.profile.region'),
        blocks: [
          c.p(
            t('books.profile.regionText', {
              region: c.region,
              province: r.provinceName,
              capital: r.capital,
            }),
          ),
          ...(rows.length
            ? [
                c.table(
                  t('books.profile.figuresCaption', { region: c.region }),
                  [t('books.profile.item'), t('books.profile.value')],
                  rows,
                  [180, '*'],
                ),
              ]
            : []),
        ],
      },
      {
        title: t('books.team.title'),
        blocks: [
          ...(c.doc.team.length ? [c.p(t('books.team.text', { region: c.region }))] : []),
          ...teamTable('dewan', t('books.team.dewanCaption')),
          ...teamTable('pelaksana', t('books.team.pelaksanaCaption')),
        ],
      },
      {
        title: t('books.profile.opds'),
        blocks: c.doc.opds.length
          ? [
              c.table(
                t('books.profile.opdCaption'),
                [t('books.common.no'), t('books.common.opd'), t('books.profile.abbreviation')],
                c.doc.opds.map((o, i) => [center(String(i + 1)), o.name, o.abbreviation]),
                [22, '*', 110],
              ),
            ]
          : [],
      },
    ],
  };
}

function readinessChapter(c: BookContext): Chapter {
  const t = c.t;
  const r = readiness(c);
  const radar = readinessRadar(c);
  const heat = readinessHeatTable(c);
  const perPillar: Section[] = c.ref.pillars.pillars.map((p) => {
    const rows = r.rows.filter((x) => x.pillarCode === p.code && x.average !== null);
    const avg = r.pillars.find((x) => x.code === p.code)?.average ?? null;
    const blocks: Block[] = rows.length
      ? [
          c.p(
            t('books.readiness.pillarText', {
              pillar: c.pillarName(p.code),
              average: oneDecimal(avg, c.lang),
            }),
          ),
          c.table(
            t('books.readiness.pillarCaption', { pillar: c.pillarName(p.code) }),
            [
              t('books.common.subDimension'),
              t('books.common.element'),
              t('books.common.score'),
              t('books.readiness.evidence'),
            ],
            rows.flatMap((row) =>
              (['struktur', 'infrastruktur', 'suprastruktur'] as const).map((e, i): Cell[] => [
                i === 0 ? { text: c.subName(row.subCode), bold: true } : '',
                t(`books.readiness.${e}`),
                center(row.scores[e] === null ? '–' : String(row.scores[e])),
                row.evidence[e] || '–',
              ]),
            ),
            [90, 70, 36, '*'],
          ),
        ]
      : [];
    return { title: c.pillarName(p.code), blocks };
  });
  return {
    title: t('books.readiness.title'),
    sections: [
      {
        title: t('books.readiness.method'),
        blocks: [c.p(t('books.readiness.methodText')), scaleTable(c)],
      },
      {
        title: t('books.readiness.summary'),
        blocks: [
          ...(r.anyScore ? [c.p(t('books.readiness.summaryText', { region: c.region }))] : []),
          ...(radar ? [radar] : []),
          ...(heat ? [heat] : []),
        ],
      },
      ...perPillar,
    ],
  };
}

function gapChapter(c: BookContext): Chapter {
  const t = c.t;
  const sections: Section[] = c.ref.pillars.pillars.map((p) => {
    const subsections: Section[] = p.subDimensions.map((s) => {
      const sd = c.doc.subDimensions.find((x) => x.subDimensionCode === s.code);
      const rows: Cell[][] = sd
        ? [
            [t('books.gap.current'), sd.currentCondition],
            [t('books.gap.expected'), sd.expectedCondition],
            [t('books.gap.gap'), sd.gap],
          ].filter((r) => (r[1] as string).trim() !== '')
        : [];
      return {
        title: c.subName(s.code),
        blocks: rows.length
          ? [
              c.table(
                t('books.gap.caption', { sub: c.subName(s.code) }),
                [t('books.gap.aspect'), t('books.gap.description')],
                rows,
                [100, '*'],
              ),
            ]
          : [],
      };
    });
    const swot = c.doc.swot.filter((x) => x.pillarCode === p.code);
    const list = (q: Quadrant) =>
      swot
        .filter((x) => x.quadrant === q)
        .map((x) => `• ${x.text}`)
        .join('\n') || '–';
    const swotSection: Section = {
      title: t('books.gap.swot'),
      blocks: swot.length
        ? [
            c.table(
              t('books.gap.swotCaption', { pillar: c.pillarName(p.code) }),
              [
                { text: c.code('swotQuadrants', 'kekuatan'), fill: '#e3efe0' },
                { text: c.code('swotQuadrants', 'kelemahan'), fill: '#f6e3e0' },
              ],
              [
                [list('kekuatan'), list('kelemahan')],
                [
                  {
                    text: c.code('swotQuadrants', 'peluang'),
                    bold: true,
                    fill: '#e0eaf6',
                    align: 'center',
                  },
                  {
                    text: c.code('swotQuadrants', 'ancaman'),
                    bold: true,
                    fill: '#f6eedd',
                    align: 'center',
                  },
                ],
                [list('peluang'), list('ancaman')],
              ],
              ['*', '*'],
            ),
          ]
        : [],
    };
    return { title: c.pillarName(p.code), blocks: [], subsections: [...subsections, swotSection] };
  });
  return { title: t('books.gap.title'), intro: [c.p(t('books.gap.intro'))], sections };
}

function issuesChapter(c: BookContext): Chapter {
  const t = c.t;
  const sections: Section[] = c.ref.pillars.pillars.map((p) => {
    const issues = c.doc.strategicIssues
      .filter((x) => x.pillarCode === p.code)
      .sort((a, b) => a.priority - b.priority);
    return {
      title: c.pillarName(p.code),
      blocks: issues.length
        ? [
            c.table(
              t('books.issues.caption', { pillar: c.pillarName(p.code) }),
              [
                t('books.common.no'),
                t('books.issues.issue'),
                t('books.common.subDimension'),
                t('books.issues.priority'),
              ],
              issues.map((x, i) => [
                center(String(i + 1)),
                x.text,
                x.subDimensionCode ? c.subName(x.subDimensionCode) : '–',
                center(t(`books.issues.priority${x.priority}`)),
              ]),
              [22, '*', 90, 56],
            ),
          ]
        : [],
    };
  });
  return { title: t('books.issues.title'), intro: [c.p(t('books.issues.intro'))], sections };
}
