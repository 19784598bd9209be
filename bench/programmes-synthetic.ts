/** A plan of N programmes grown from the demo plan, with a full ten-year roadmap (benchmarks). */
import fs from 'node:fs';
import path from 'node:path';
import type { PlanDocument } from '../shared/plan-document';

export function syntheticPlan(resourcesDir: string, size: number): PlanDocument {
  const demo = JSON.parse(
    fs.readFileSync(path.join(resourcesDir, 'demo/manggarai-timur.json'), 'utf8'),
  ) as PlanDocument;
  const t = demo.plan.updatedAt;

  const start = demo.plan.startYear;
  const programmes = Array.from({ length: size }, (_, i) => {
    const p = demo.programmes[i % demo.programmes.length]!;
    const s = start + (i % 10);
    return {
      ...p,
      id: `syn-${i}`,
      name: `${p.name} ${i + 1}`,
      startYear: s,
      endYear: Math.min(start + 9, s + (i % 4)),
      dependsOn: i > 10 && i % 3 === 0 ? [`syn-${i - 7}`] : [],
      rpjmdItemIds: p.rpjmdItemIds,
    };
  });
  const scores = programmes.flatMap((p, i) =>
    demo.criteria.map((c, j) => ({
      id: `sc-${i}-${j}`,
      programmeId: p.id,
      criterionId: c.id,
      score: ((i * 7 + j * 3) % 5) + 1,
      updatedAt: t,
    })),
  );
  const budgets = programmes.flatMap((p, i) =>
    Array.from({ length: 10 }, (_, y) => start + y).flatMap((year) =>
      ['apbd', 'dak'].map((sourceCode) => ({
        id: `b-${i}-${year}-${sourceCode}`,
        programmeId: p.id,
        year,
        sourceCode,
        amount: 25_000_000 + ((i * 13 + year) % 40) * 5_000_000,
        updatedAt: t,
      })),
    ),
  );
  const indicators = programmes.map((p, i) => ({
    id: `ind-${i}`,
    rpjmdItemId: null,
    programmeId: p.id,
    kind: 'output' as const,
    name: `Indikator ${i}`,
    unit: 'unit',
    baseline: 0,
    baselineYear: start - 1,
    updatedAt: t,
    targets: Array.from({ length: 10 }, (_, y) => ({
      id: `tg-${i}-${y}`,
      year: start + y,
      value: y * 10,
      updatedAt: t,
    })),
  }));
  const quickWins = programmes
    .filter((_, i) => i % 17 === 0)
    .slice(0, 12)
    .map((p, i) => {
      const q = demo.quickWins[i % demo.quickWins.length]!;
      return {
        ...q,
        id: `qw-${i}`,
        programmeId: p.id,
        risks: q.risks.map((r, j) => ({ ...r, id: `risk-${i}-${j}` })),
      };
    });
  return {
    ...demo,
    plan: { ...demo.plan, title: `Uji ${size} program`, isExample: false },
    programmes,
    scores,
    budgets,
    indicators,
    quickWins,
  };
}
