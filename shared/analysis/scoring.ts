/**
 * Quick-win scoring: the weighted score of every programme over the plan's own criteria
 * (scores 1–5, weights in points that total 100), the ranking, the recommended top picks per
 * pillar and the stability of a pick when one weight moves by ±10 points.
 * Pure: works on the PlanDocument only, so the screens and the PDF show the same numbers.
 */
import type { PlanDocument } from '../plan-document';

/** How far a single weight moves in the stability check (points). */
export const STABILITY_DELTA = 10;
/** How many programmes per pillar are recommended as quick wins (domain: 1–2 per pillar). */
export const PICKS_PER_PILLAR = 2;
/**
 * Criteria that measure impact in the impact × ease quadrant (our convention, by code); every
 * other criterion (deliverable in 12 months, cost, readiness, criteria a plan adds) measures ease.
 */
export const IMPACT_CRITERIA: readonly string[] = ['citizen_impact', 'rpjmd_alignment'];

export type CriterionAxis = 'impact' | 'ease';

/**
 * The quadrant axis a criterion measures: the plan's own choice, or (older files without it)
 * impact for the reference impact criteria and ease for every other.
 */
export function criterionAxis(c: { code: string; axis?: CriterionAxis }): CriterionAxis {
  return c.axis ?? (IMPACT_CRITERIA.includes(c.code) ? 'impact' : 'ease');
}

type Doc = Pick<PlanDocument, 'programmes' | 'criteria' | 'scores'>;

export interface ProgrammeScore {
  programmeId: string;
  pillarCode: string;
  /** Weighted average on the 1–5 scale; null until every weighted criterion is scored. */
  score: number | null;
  /** 1 = best; ties share a rank (1, 2, 2, 4). Null when the score is null. */
  rank: number | null;
  complete: boolean;
  /** How many of the weighted criteria have a score. */
  scored: number;
  /** Weighted average of the impact criteria (1–5), null when none is scored. */
  impact: number | null;
  /** Weighted average of the ease criteria (1–5), null when none is scored. */
  ease: number | null;
}

/** Scores indexed by programme then criterion, for fast repeated scoring. */
export function scoreMatrix(doc: Pick<PlanDocument, 'scores'>): Map<string, Map<string, number>> {
  const matrix = new Map<string, Map<string, number>>();
  for (const s of doc.scores) {
    let row = matrix.get(s.programmeId);
    if (!row) matrix.set(s.programmeId, (row = new Map()));
    row.set(s.criterionId, s.score);
  }
  return matrix;
}

function weightedAverage(
  row: Map<string, number> | undefined,
  criteria: Array<{ id: string; weight: number }>,
): { value: number | null; scored: number; weighted: number } {
  let sum = 0;
  let total = 0;
  let scored = 0;
  let weighted = 0;
  for (const c of criteria) {
    if (c.weight <= 0) continue;
    weighted++;
    const s = row?.get(c.id);
    if (s === undefined) continue;
    scored++;
    sum += s * c.weight;
    total += c.weight;
  }
  return { value: total > 0 ? sum / total : null, scored, weighted };
}

/** Competition ranking (1, 2, 2, 4) of the non-null values, by value descending. */
function rankOf(values: Array<number | null>): Array<number | null> {
  const order = values
    .map((v, i) => ({ v, i }))
    .filter((x): x is { v: number; i: number } => x.v !== null)
    .sort((a, b) => b.v - a.v || a.i - b.i);
  const ranks: Array<number | null> = values.map(() => null);
  order.forEach((x, position) => {
    const previous = order[position - 1];
    ranks[x.i] = previous && Math.abs(previous.v - x.v) < 1e-9 ? ranks[previous.i]! : position + 1;
  });
  return ranks;
}

/**
 * The weighted score and rank of every programme, in the plan's programme order.
 * `weights` (criterion id → points) overrides the stored weights, e.g. while the user types.
 */
export function scoreProgrammes(
  doc: Doc,
  weights?: Record<string, number>,
  matrix: Map<string, Map<string, number>> = scoreMatrix(doc),
): ProgrammeScore[] {
  const criteria = doc.criteria.map((c) => ({
    id: c.id,
    axis: criterionAxis(c),
    weight: weights?.[c.id] ?? c.weight,
  }));
  const impactCriteria = criteria.filter((c) => c.axis === 'impact');
  const easeCriteria = criteria.filter((c) => c.axis === 'ease');
  const rows = doc.programmes.map((p) => {
    const row = matrix.get(p.id);
    const all = weightedAverage(row, criteria);
    const complete = all.weighted > 0 && all.scored === all.weighted;
    return {
      programmeId: p.id,
      pillarCode: p.pillarCode,
      score: complete ? all.value : null,
      rank: null as number | null,
      complete,
      scored: all.scored,
      impact: weightedAverage(row, impactCriteria).value,
      ease: weightedAverage(row, easeCriteria).value,
    };
  });
  const ranks = rankOf(rows.map((r) => r.score));
  rows.forEach((r, i) => (r.rank = ranks[i] ?? null));
  return rows;
}

/**
 * The recommended quick wins: the best `perPillar` complete programmes of each pillar
 * (ties at the boundary are all included). Returns programme ids.
 */
export function recommendQuickWins(
  scores: ProgrammeScore[],
  perPillar: number = PICKS_PER_PILLAR,
): Set<string> {
  const byPillar = new Map<string, ProgrammeScore[]>();
  for (const s of scores) {
    if (s.score === null) continue;
    const list = byPillar.get(s.pillarCode) ?? [];
    list.push(s);
    byPillar.set(s.pillarCode, list);
  }
  const picks = new Set<string>();
  for (const list of byPillar.values()) {
    list.sort((a, b) => b.score! - a.score!);
    const cutoff = list[Math.min(perPillar, list.length) - 1]?.score;
    if (cutoff == null) continue;
    for (const s of list) if (s.score! >= cutoff - 1e-9) picks.add(s.programmeId);
  }
  return picks;
}

export type Stability = 'stabil' | 'sensitif' | 'bukanTeratas';

export interface StabilityResult {
  programmeId: string;
  /** stabil: stays a top pick under every ±10 move; sensitif: drops out under some move;
   *  bukanTeratas: not a top pick with the current weights. Null when not scored. */
  status: Stability | null;
  /** The weight moves that drop it out of the top picks. */
  flips: Array<{ criterionId: string; delta: number }>;
}

/**
 * For each programme asked, whether it stays among the top picks of its pillar when any single
 * weight moves by ±`delta` points (clamped at 0; the score is the weighted average, so the
 * other weights keep their proportions).
 */
export function stabilityCheck(
  doc: Doc,
  programmeIds: string[],
  options: { delta?: number; perPillar?: number; weights?: Record<string, number> } = {},
): StabilityResult[] {
  const delta = options.delta ?? STABILITY_DELTA;
  const perPillar = options.perPillar ?? PICKS_PER_PILLAR;
  const base = Object.fromEntries(
    doc.criteria.map((c) => [c.id, options.weights?.[c.id] ?? c.weight]),
  );
  const matrix = scoreMatrix(doc);
  const current = scoreProgrammes(doc, base, matrix);
  const currentPicks = recommendQuickWins(current, perPillar);
  const scoreOf = new Map(current.map((s) => [s.programmeId, s.score]));
  const variants: Array<{ criterionId: string; delta: number; picks: Set<string> }> = [];
  for (const c of doc.criteria) {
    for (const d of [-delta, delta]) {
      const w = Math.max(0, base[c.id]! + d);
      if (w === base[c.id]) continue;
      const weights = { ...base, [c.id]: w };
      if (Object.values(weights).every((x) => x <= 0)) continue;
      variants.push({
        criterionId: c.id,
        delta: d,
        picks: recommendQuickWins(scoreProgrammes(doc, weights, matrix), perPillar),
      });
    }
  }
  return programmeIds.map((programmeId) => {
    if (scoreOf.get(programmeId) == null) return { programmeId, status: null, flips: [] };
    if (!currentPicks.has(programmeId))
      return { programmeId, status: 'bukanTeratas' as const, flips: [] };
    const flips = variants
      .filter((v) => !v.picks.has(programmeId))
      .map((v) => ({ criterionId: v.criterionId, delta: v.delta }));
    return {
      programmeId,
      status: flips.length ? ('sensitif' as const) : ('stabil' as const),
      flips,
    };
  });
}

/** The sum of the weights; the plan's criteria are valid when it is exactly 100. */
export function weightTotal(weights: Iterable<number>): number {
  let total = 0;
  for (const w of weights) total += w;
  return total;
}

/**
 * Shares `freed` points among `weights` in proportion to them (evenly when all are 0), in whole
 * points by the largest remainder, so the result totals sum(weights) + freed.
 */
export function redistribute(weights: number[], freed: number): number[] {
  if (weights.length === 0) return [];
  const sum = weights.reduce((a, b) => a + b, 0);
  const shares = weights.map((w) => (sum > 0 ? (freed * w) / sum : freed / weights.length));
  const result = weights.map((w, i) => w + Math.floor(shares[i]!));
  let left = freed - shares.reduce((a, x) => a + Math.floor(x), 0);
  const order = shares
    .map((x, i) => ({ i, r: x - Math.floor(x) }))
    .sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    result[i]! += 1;
    left--;
  }
  return result;
}
