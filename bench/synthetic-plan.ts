/** A large plan for benchmarks: the demo plan grown to n programmes. */
import type { PlanDocument } from '../shared/plan-document';

const LONG =
  'Kegiatan ini dilaksanakan bertahap bersama perangkat daerah terkait, dimulai dari kajian kebutuhan, penyusunan standar layanan, pengadaan dan integrasi sistem, pelatihan petugas, hingga sosialisasi kepada masyarakat desa. ';

/** The demo plan grown to `n` programmes with a full ten-year roadmap and long texts. */
export function syntheticPlan(demo: PlanDocument, n: number): PlanDocument {
  const years = Array.from({ length: 10 }, (_, i) => demo.plan.startYear + i);
  const base = demo.programmes;
  const programmes = Array.from({ length: n }, (_, i) => {
    const p = base[i % base.length]!;
    const start = years[i % 10]!;
    return {
      ...p,
      id: `syn-${i}`,
      name: `${p.name} — tahap ${Math.floor(i / base.length) + 1}`,
      description: `${p.description} ${LONG.repeat(4)}`,
      startYear: start,
      endYear: Math.min(start + (i % 4), years[9]!),
      dependsOn: [],
    };
  });
  const sources = ['apbd', 'apbn', 'dak', 'csr'];
  const budgets = programmes.flatMap((p) =>
    years
      .filter((y) => y >= p.startYear! && y <= p.endYear!)
      .map((y, k) => ({
        id: `b-${p.id}-${y}`,
        programmeId: p.id,
        year: y,
        sourceCode: sources[(k + p.id.length) % sources.length]!,
        amount: 150_000_000 + ((y * 7919 + p.id.length * 104729) % 900) * 1_000_000,
        updatedAt: demo.plan.updatedAt,
      })),
  );
  const scores = programmes.flatMap((p, i) =>
    demo.criteria.map((c, k) => ({
      id: `s-${p.id}-${c.id}`,
      programmeId: p.id,
      criterionId: c.id,
      score: ((i + k * 3) % 5) + 1,
      updatedAt: demo.plan.updatedAt,
    })),
  );
  const quickWins = demo.quickWins.map((q, i) => ({
    ...q,
    id: `qw-${i}`,
    programmeId: programmes[i * 7]!.id,
    rationale: `${q.rationale} ${LONG}`,
  }));
  const indicators = [
    ...demo.indicators.filter((x) => x.programmeId === null),
    ...programmes.map((p, i) => ({
      id: `ind-${p.id}`,
      rpjmdItemId: null,
      programmeId: p.id,
      kind: 'output' as const,
      name: `Capaian keluaran ${i + 1}`,
      unit: 'persen',
      baseline: 10,
      baselineYear: demo.plan.baseYear,
      updatedAt: demo.plan.updatedAt,
      targets: years.map((y) => ({
        id: `t-${p.id}-${y}`,
        year: y,
        value: 10 + (y - years[0]!) * 9,
        updatedAt: demo.plan.updatedAt,
      })),
    })),
  ];
  const subDimensions = demo.subDimensions.map((s) => ({
    ...s,
    currentCondition: `${s.currentCondition} ${LONG.repeat(3)}`,
    gap: `${s.gap} ${LONG.repeat(2)}`,
  }));
  return { ...demo, programmes, budgets, scores, quickWins, indicators, subDimensions };
}
