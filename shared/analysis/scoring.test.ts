import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../plan-document';
import {
  recommendQuickWins,
  redistribute,
  scoreProgrammes,
  stabilityCheck,
  weightTotal,
} from './scoring';

type Doc = Pick<PlanDocument, 'programmes' | 'criteria' | 'scores'>;
const t = '2026-01-01T00:00:00.000Z';

function programme(id: string, pillarCode = 'governance') {
  return {
    id,
    pillarCode,
    subDimensionCode: 'policy',
    name: id,
    description: '',
    type: 'layanan',
    nomenclatureCode: '',
    leadOpdId: null,
    supportOpdIds: [],
    fundingSources: [],
    rpjmdItemIds: [],
    dependsOn: [],
    costEstimate: null,
    startYear: null,
    endYear: null,
    updatedAt: t,
  };
}

function doc(
  weights: Record<string, number>,
  rows: Record<string, { pillar?: string; scores: Record<string, number> }>,
): Doc {
  return {
    criteria: Object.entries(weights).map(([code, weight]) => ({
      id: `c-${code}`,
      code,
      name: code,
      description: '',
      weight,
      updatedAt: t,
    })),
    programmes: Object.entries(rows).map(([id, r]) => programme(id, r.pillar)),
    scores: Object.entries(rows).flatMap(([id, r]) =>
      Object.entries(r.scores).map(([code, score]) => ({
        id: `${id}-${code}`,
        programmeId: id,
        criterionId: `c-${code}`,
        score,
        updatedAt: t,
      })),
    ),
  };
}

describe('quick-win scoring', () => {
  it('computes the weighted score on the 1–5 scale', () => {
    const d = doc(
      { citizen_impact: 30, deliverable_12m: 20, cost: 15, rpjmd_alignment: 20, readiness: 15 },
      {
        a: {
          scores: {
            citizen_impact: 5,
            deliverable_12m: 4,
            cost: 3,
            rpjmd_alignment: 5,
            readiness: 2,
          },
        },
      },
    );
    const [a] = scoreProgrammes(d);
    // (5·30 + 4·20 + 3·15 + 5·20 + 2·15) / 100 = 4.05
    expect(a!.score).toBeCloseTo(4.05, 10);
    expect(a!.complete).toBe(true);
    // impact = (5·30 + 5·20)/50, ease = (4·20 + 3·15 + 2·15)/50
    expect(a!.impact).toBeCloseTo(5, 10);
    expect(a!.ease).toBeCloseTo(3.1, 10);
  });

  it('places each criterion on the quadrant axis the plan chose, whatever its name', () => {
    const d = doc(
      { citizen_impact: 50, custom_6: 30, cost: 20 },
      { a: { scores: { citizen_impact: 5, custom_6: 1, cost: 3 } } },
    );
    // Without a stored axis the reference code decides: custom criteria measure ease.
    expect(scoreProgrammes(d)[0]).toMatchObject({ impact: 5 });
    expect(scoreProgrammes(d)[0]!.ease).toBeCloseTo((1 * 30 + 3 * 20) / 50, 10);
    d.criteria[1]!.axis = 'impact';
    d.criteria[0]!.name = 'Manfaat';
    expect(scoreProgrammes(d)[0]!.impact).toBeCloseTo((5 * 50 + 1 * 30) / 80, 10);
    // No criterion left on the impact axis: no impact value, the quadrant says so.
    d.criteria[0]!.axis = 'ease';
    d.criteria[1]!.axis = 'ease';
    expect(scoreProgrammes(d)[0]).toMatchObject({ impact: null });
    expect(scoreProgrammes(d)[0]!.score).toBeCloseTo(3.4, 10);
  });

  it('leaves a programme unscored until every weighted criterion has a score', () => {
    const d = doc(
      { x: 50, y: 50, z: 0 },
      { a: { scores: { x: 5 } }, b: { scores: { x: 1, y: 1 } } },
    );
    const [a, b] = scoreProgrammes(d);
    expect(a).toMatchObject({ score: null, rank: null, complete: false, scored: 1 });
    // a criterion with weight 0 is not needed
    expect(b).toMatchObject({ score: 1, rank: 1, complete: true });
  });

  it('ranks by score, ties sharing a rank', () => {
    const d = doc(
      { x: 100 },
      {
        a: { scores: { x: 3 } },
        b: { scores: { x: 5 } },
        c: { scores: { x: 3 } },
        d: { scores: { x: 1 } },
      },
    );
    expect(scoreProgrammes(d).map((s) => s.rank)).toEqual([2, 1, 2, 4]);
  });

  it('uses weights being typed instead of the stored ones', () => {
    const d = doc(
      { x: 50, y: 50 },
      { a: { scores: { x: 5, y: 1 } }, b: { scores: { x: 1, y: 5 } } },
    );
    expect(scoreProgrammes(d, { 'c-x': 80, 'c-y': 20 }).map((s) => s.rank)).toEqual([1, 2]);
    expect(scoreProgrammes(d, { 'c-x': 20, 'c-y': 80 }).map((s) => s.rank)).toEqual([2, 1]);
  });

  it('recommends the top two per pillar', () => {
    const d = doc(
      { x: 100 },
      {
        a: { scores: { x: 5 } },
        b: { scores: { x: 4 } },
        c: { scores: { x: 3 } },
        e: { pillar: 'economy', scores: { x: 2 } },
        f: { pillar: 'economy', scores: {} },
      },
    );
    expect([...recommendQuickWins(scoreProgrammes(d))].sort()).toEqual(['a', 'b', 'e']);
  });

  it('calls a pick stabil when no single ±10 weight move drops it, sensitif otherwise', () => {
    const d = doc(
      { x: 50, y: 50 },
      {
        clear: { scores: { x: 5, y: 5 } },
        close: { scores: { x: 5, y: 2 } },
        rival: { scores: { x: 2, y: 5 } },
        low: { scores: { x: 1, y: 1 } },
      },
    );
    // With one pick per pillar: clear always wins.
    const one = stabilityCheck(d, ['clear', 'close'], { perPillar: 1 });
    expect(one[0]).toMatchObject({ status: 'stabil', flips: [] });
    expect(one[1]).toMatchObject({ status: 'bukanTeratas' });
    // With two picks, close and rival tie at 3.5; moving x or y by 10 breaks the tie.
    const two = stabilityCheck(d, ['clear', 'close', 'rival'], { perPillar: 2 });
    expect(two.map((r) => r.status)).toEqual(['stabil', 'sensitif', 'sensitif']);
    expect(two[1]!.flips).toContainEqual({ criterionId: 'c-y', delta: 10 });
    expect(two[2]!.flips).toContainEqual({ criterionId: 'c-x', delta: 10 });
  });

  it('shares a removed weight in proportion, in whole points that keep the total', () => {
    expect(redistribute([30, 20, 20, 15, 0], 15)).toEqual([35, 24, 23, 18, 0]);
    expect(redistribute([0, 0, 0], 10)).toEqual([4, 3, 3]);
    expect(redistribute([50, 50], 0)).toEqual([50, 50]);
  });

  it('adds weights up', () => {
    expect(weightTotal([30, 20, 15, 20, 15])).toBe(100);
  });
});
