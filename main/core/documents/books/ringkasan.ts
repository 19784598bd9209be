/** Ringkasan Eksekutif: the masterplan in a few pages for the regent and the ministry. */
import type { Cell, Chapter } from '../model';
import { budgetBlocks } from './buku2';
import { center, oneDecimal, right, type BookContext } from './context';
import { readiness, readinessRadar } from './shared-chapters';

export function ringkasanChapters(c: BookContext): Chapter[] {
  const t = c.t;
  const r = readiness(c);
  const radar = readinessRadar(c);
  const visi = c.doc.statements.find((s) => s.kind === 'visi');
  const misi = c.doc.statements.filter((s) => s.kind === 'misi');
  const pillarRows: Cell[][] = c
    .programmesByPillar()
    .filter((x) => x.programmes.length > 0)
    .map(({ code, programmes }) => [
      c.pillarName(code),
      center(oneDecimal(r.pillars.find((p) => p.code === code)?.average ?? null, c.lang)),
      center(String(programmes.length)),
      center(String(programmes.filter((p) => c.quickWinIds.has(p.id)).length)),
      right(c.rupiah(programmes.reduce((n, p) => n + c.budgetOf(p.id), 0))),
    ]);
  const qwRows: Cell[][] = c.doc.quickWins.map((q, i) => {
    const p = c.doc.programmes.find((x) => x.id === q.programmeId);
    return [center(String(i + 1)), p?.name ?? '–', p ? c.pillarName(p.pillarCode) : '–', q.benefit];
  });
  return [
    {
      title: t('books.summary.intro'),
      standalone: true,
      intro: [
        c.p(
          t('books.summary.introText', {
            region: c.region,
            start: c.doc.plan.startYear,
            end: c.endYear,
          }),
        ),
      ],
      sections: [],
    },
    {
      title: t('books.summary.vision'),
      sections: [
        {
          title: t('books.vision.visi'),
          blocks: visi
            ? [{ kind: 'paragraph', text: `“${visi.text}”`, italics: true, align: 'center' }]
            : [],
        },
        {
          title: t('books.vision.misi'),
          blocks: misi.length
            ? [{ kind: 'list', ordered: true, items: misi.map((m) => m.text) }]
            : [],
        },
      ],
    },
    {
      title: t('books.summary.findings'),
      sections: [
        {
          title: t('books.readiness.summary'),
          blocks: radar
            ? [c.p(t('books.readiness.radarOnlyText', { region: c.region })), radar]
            : [],
        },
        {
          title: t('books.summary.issues'),
          blocks: c.doc.strategicIssues.some((i) => i.priority === 1)
            ? [
                {
                  kind: 'list',
                  ordered: true,
                  items: c.doc.strategicIssues
                    .filter((i) => i.priority === 1)
                    .map((i) => `${c.pillarName(i.pillarCode)}: ${i.text}`),
                },
              ]
            : [],
        },
      ],
    },
    {
      title: t('books.summary.programmes'),
      sections: [
        {
          title: t('books.summary.perPillar'),
          blocks: pillarRows.length
            ? [
                c.table(
                  t('books.summary.pillarCaption'),
                  [
                    t('books.common.pillar'),
                    t('books.summary.readiness'),
                    t('books.funding.programmeCount'),
                    t('books.summary.quickWins'),
                    t('books.programmes.budget'),
                  ],
                  pillarRows,
                  ['*', 56, 56, 56, 100],
                ),
              ]
            : [],
        },
        {
          title: t('books.summary.quickWinTitle'),
          blocks: qwRows.length
            ? [
                c.table(
                  t('books.summary.quickWinCaption'),
                  [
                    t('books.common.no'),
                    t('books.programmes.programme'),
                    t('books.common.pillar'),
                    t('books.quickwin.benefit'),
                  ],
                  qwRows,
                  [20, 130, 80, '*'],
                ),
              ]
            : [],
        },
      ],
    },
    {
      title: t('books.summary.funding'),
      sections: [{ title: t('books.funding.perYear'), blocks: budgetBlocks(c) }],
    },
    {
      title: t('books.closing.title'),
      standalone: true,
      intro: [
        c.p(
          t('books.closing.text', {
            region: c.region,
            start: c.doc.plan.startYear,
            end: c.endYear,
          }),
        ),
      ],
      sections: [],
    },
  ];
}
