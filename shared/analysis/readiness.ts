/**
 * Readiness (kesiapan daerah) summarised from the plan: per sub-dimension the three element
 * scores (struktur, infrastruktur, suprastruktur) and their mean, per pillar the mean of all its
 * scored elements. Unscored elements are left out of the means (null when nothing is scored).
 */
import type { PlanDocument } from '../plan-document';
import type { ReferenceData } from '../reference';

export type ReadinessElement = 'struktur' | 'infrastruktur' | 'suprastruktur';
export const READINESS_ELEMENTS: readonly ReadinessElement[] = [
  'struktur',
  'infrastruktur',
  'suprastruktur',
];

export interface SubDimensionReadiness {
  code: string;
  pillarCode: string;
  struktur: number | null;
  infrastruktur: number | null;
  suprastruktur: number | null;
  average: number | null;
}

export interface PillarReadiness {
  code: string;
  average: number | null;
  /** Element scores given in this pillar. */
  scored: number;
  /** Element scores possible (3 sub-dimensions × 3 elements). */
  total: number;
}

export interface ReadinessSummary {
  pillars: PillarReadiness[];
  subDimensions: SubDimensionReadiness[];
}

const mean = (values: number[]): number | null =>
  values.length === 0
    ? null
    : Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 100) / 100;

/** Scores per sub-dimension and pillar, in the catalogue's order. */
export function readinessSummary(
  doc: Pick<PlanDocument, 'subDimensions'>,
  ref: Pick<ReferenceData, 'pillars'>,
): ReadinessSummary {
  const byCode = new Map(doc.subDimensions.map((s) => [s.subDimensionCode, s]));
  const pillars: PillarReadiness[] = [];
  const subDimensions: SubDimensionReadiness[] = [];
  for (const pillar of ref.pillars.pillars) {
    const pillarScores: number[] = [];
    for (const sub of pillar.subDimensions) {
      const analysis = byCode.get(sub.code);
      const score = (element: ReadinessElement) =>
        analysis?.readiness.find((r) => r.element === element)?.score ?? null;
      const row: SubDimensionReadiness = {
        code: sub.code,
        pillarCode: pillar.code,
        struktur: score('struktur'),
        infrastruktur: score('infrastruktur'),
        suprastruktur: score('suprastruktur'),
        average: null,
      };
      const given = READINESS_ELEMENTS.map((e) => row[e]).filter((v): v is number => v !== null);
      row.average = mean(given);
      pillarScores.push(...given);
      subDimensions.push(row);
    }
    pillars.push({
      code: pillar.code,
      average: mean(pillarScores),
      scored: pillarScores.length,
      total: pillar.subDimensions.length * READINESS_ELEMENTS.length,
    });
  }
  return { pillars, subDimensions };
}

export interface PillarCompletion {
  code: string;
  /** Filled parts: 9 scores, 3 × (current, expected, gap), at least one SWOT item per quadrant, one strategic issue. */
  done: number;
  total: number;
}

/** How complete each pillar's analysis is, for the overview. */
export function pillarCompletion(
  doc: Pick<PlanDocument, 'subDimensions' | 'swot' | 'strategicIssues'>,
  ref: Pick<ReferenceData, 'pillars'>,
): PillarCompletion[] {
  const byCode = new Map(doc.subDimensions.map((s) => [s.subDimensionCode, s]));
  return ref.pillars.pillars.map((pillar) => {
    let done = 0;
    let total = 0;
    for (const sub of pillar.subDimensions) {
      const a = byCode.get(sub.code);
      for (const e of READINESS_ELEMENTS) {
        total += 1;
        if (a?.readiness.some((r) => r.element === e && r.score !== null)) done += 1;
      }
      for (const text of [a?.currentCondition, a?.expectedCondition, a?.gap]) {
        total += 1;
        if (text?.trim()) done += 1;
      }
    }
    for (const q of ['kekuatan', 'kelemahan', 'peluang', 'ancaman'] as const) {
      total += 1;
      if (doc.swot.some((s) => s.pillarCode === pillar.code && s.quadrant === q && s.text.trim()))
        done += 1;
    }
    total += 1;
    if (doc.strategicIssues.some((s) => s.pillarCode === pillar.code && s.text.trim())) done += 1;
    return { code: pillar.code, done, total };
  });
}
