/** Filtering and sorting of the programme table (pure: the screen, its tests and the benchmark). */
import { horizonOf, type Horizon } from './roadmap';
import type { ProgrammeScore } from './scoring';
import type { PlanDocument } from '../plan-document';

export interface ProgrammeFilter {
  search: string;
  pillar: string | null;
  opd: string | null;
  horizon: Horizon | 'none' | null;
  quickWin: 'yes' | 'no' | null;
}

export type SortKey = 'order' | 'name' | 'pillar' | 'opd' | 'horizon' | 'score' | 'cost';
export interface Sort {
  key: SortKey;
  descending: boolean;
}

export const emptyFilter: ProgrammeFilter = {
  search: '',
  pillar: null,
  opd: null,
  horizon: null,
  quickWin: null,
};

const HORIZON_ORDER = { pendek: 0, menengah: 1, panjang: 2 } as const;

const fold = (text: string) =>
  text
    .toLocaleLowerCase('id')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');

export interface Row {
  programme: PlanDocument['programmes'][number];
  index: number;
  horizon: Horizon | null;
  quickWin: boolean;
  score: ProgrammeScore | undefined;
}

/** The rows shown for a filter and sort; `opdName` and `pillarName` feed search and sorting. */
export function filterProgrammes(
  doc: Pick<PlanDocument, 'plan' | 'programmes' | 'quickWins'>,
  scores: ProgrammeScore[],
  filter: ProgrammeFilter,
  sort: Sort,
  names: { opd: (id: string | null) => string; pillar: (code: string) => string },
): Row[] {
  const quickWins = new Set(doc.quickWins.map((q) => q.programmeId));
  const scoreById = new Map(scores.map((s) => [s.programmeId, s]));
  const words = fold(filter.search).split(/\s+/).filter(Boolean);
  const rows: Row[] = [];
  doc.programmes.forEach((programme, index) => {
    const horizon = horizonOf(programme.startYear, programme.endYear, doc.plan.startYear);
    const quickWin = quickWins.has(programme.id);
    if (filter.pillar && programme.pillarCode !== filter.pillar) return;
    if (
      filter.opd &&
      programme.leadOpdId !== filter.opd &&
      !programme.supportOpdIds.includes(filter.opd)
    )
      return;
    if (filter.horizon === 'none' ? horizon !== null : filter.horizon && horizon !== filter.horizon)
      return;
    if (filter.quickWin === 'yes' && !quickWin) return;
    if (filter.quickWin === 'no' && quickWin) return;
    if (words.length) {
      const text = fold(
        `${programme.name} ${programme.description} ${programme.nomenclatureCode} ${names.opd(programme.leadOpdId)}`,
      );
      if (!words.every((w) => text.includes(w))) return;
    }
    rows.push({ programme, index, horizon, quickWin, score: scoreById.get(programme.id) });
  });
  const dir = sort.descending ? -1 : 1;
  const collator = new Intl.Collator('id');
  const compare: Record<SortKey, (a: Row, b: Row) => number> = {
    order: (a, b) => a.index - b.index,
    name: (a, b) => collator.compare(a.programme.name, b.programme.name),
    pillar: (a, b) =>
      collator.compare(names.pillar(a.programme.pillarCode), names.pillar(b.programme.pillarCode)),
    opd: (a, b) =>
      collator.compare(names.opd(a.programme.leadOpdId), names.opd(b.programme.leadOpdId)),
    horizon: (a, b) =>
      (a.horizon ? HORIZON_ORDER[a.horizon] : 9) - (b.horizon ? HORIZON_ORDER[b.horizon] : 9),
    score: (a, b) => (a.score?.score ?? -1) - (b.score?.score ?? -1),
    cost: (a, b) => (a.programme.costEstimate ?? -1) - (b.programme.costEstimate ?? -1),
  };
  return rows.sort((a, b) => dir * compare[sort.key](a, b) || a.index - b.index);
}
