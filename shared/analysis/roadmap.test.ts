import { describe, expect, it } from 'vitest';
import demo from '../../resources/demo/manggarai-timur.json';
import { planDocumentSchema, type PlanDocument } from '../plan-document';
import { budgetSummary, horizonOf, roadmapFindings } from './roadmap';

const base = planDocumentSchema.parse(demo);
const clone = (): PlanDocument => structuredClone(base);

describe('horizons', () => {
  it('derives the horizon from the plan year in which a programme ends', () => {
    expect(horizonOf(2022, 2022, 2022)).toBe('pendek');
    expect(horizonOf(2022, 2023, 2022)).toBe('menengah');
    expect(horizonOf(2024, 2026, 2022)).toBe('menengah');
    expect(horizonOf(2022, 2027, 2022)).toBe('panjang');
    expect(horizonOf(2030, 2031, 2022)).toBe('panjang');
    expect(horizonOf(2023, null, 2022)).toBe('menengah');
    expect(horizonOf(null, null, 2022)).toBeNull();
  });
});

describe('budget summary', () => {
  it('sums per year, per source and in total', () => {
    const doc = clone();
    doc.budgets = [
      { id: 'a', programmeId: 'p', year: 2022, sourceCode: 'apbd', amount: 1_000, updatedAt: '' },
      { id: 'b', programmeId: 'q', year: 2022, sourceCode: 'apbd', amount: 500, updatedAt: '' },
      { id: 'c', programmeId: 'p', year: 2023, sourceCode: 'dak', amount: 250, updatedAt: '' },
      { id: 'd', programmeId: 'p', year: 2023, sourceCode: 'csr', amount: 0, updatedAt: '' },
    ];
    const s = budgetSummary(doc, ['apbd', 'apbn', 'dak', 'csr']);
    expect(s.years).toEqual([2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031]);
    expect(s.sources).toEqual(['apbd', 'dak']);
    expect(s.byYearSource[2022]).toEqual({ apbd: 1_500 });
    expect(s.totalByYear[2023]).toBe(250);
    expect(s.totalByYear[2031]).toBe(0);
    expect(s.totalBySource).toMatchObject({ apbd: 1_500, dak: 250 });
    expect(s.total).toBe(1_750);
  });

  it('matches the demo plan budget rows', () => {
    const s = budgetSummary(base);
    expect(s.total).toBe(base.budgets.reduce((sum, b) => sum + b.amount, 0));
    expect(Object.values(s.totalByYear).reduce((a, b) => a + b, 0)).toBe(s.total);
  });
});

describe('roadmap findings', () => {
  const codes = (doc: PlanDocument) => roadmapFindings(doc).map((f) => `${f.code}:${f.targetId}`);

  it('flags a programme scheduled before the programme it depends on, until it is moved', () => {
    const doc = clone();
    const [a, b] = doc.programmes;
    b!.dependsOn = [a!.id];
    a!.startYear = 2024;
    a!.endYear = 2025;
    b!.startYear = 2023;
    b!.endYear = 2026;
    expect(codes(doc)).toContain(`dependencyBeforePrerequisite:${b!.id}`);
    b!.startYear = 2024;
    expect(codes(doc)).not.toContain(`dependencyBeforePrerequisite:${b!.id}`);
  });

  it('flags quick wins that end after year one, run over 12 months or have no lead OPD', () => {
    const doc = clone();
    const q = doc.quickWins[0]!;
    const p = doc.programmes.find((x) => x.id === q.programmeId)!;
    p.startYear = 2022;
    p.endYear = 2023;
    p.leadOpdId = null;
    const found = codes(doc);
    expect(found).toContain(`quickWinAfterYearOne:${p.id}`);
    expect(found).toContain(`quickWinOver12Months:${q.id}`);
    expect(found).toContain(`quickWinWithoutLeadOpd:${q.id}`);
    expect(found).toContain(`budgetWithoutOpd:${p.id}`);
  });

  it('judges the 12-month rule on the stated duration, else on the budget years', () => {
    const doc = clone();
    const q = doc.quickWins[0]!;
    const p = doc.programmes.find((x) => x.id === q.programmeId)!;
    p.startYear = doc.plan.startYear;
    p.endYear = doc.plan.startYear;
    q.durationMonths = 18;
    expect(codes(doc)).toContain(`quickWinDurationOver12Months:${q.id}`);
    q.durationMonths = 10;
    expect(codes(doc).filter((c) => c.includes('12Months'))).toEqual([]);
    // Ten months from July still crosses into the next budget year: no 12-month warning.
    p.endYear = doc.plan.startYear + 1;
    expect(codes(doc)).not.toContain(`quickWinOver12Months:${q.id}`);
    q.durationMonths = null;
    expect(codes(doc)).toContain(`quickWinOver12Months:${q.id}`);
  });

  it('flags indicator years without target and years above the ceiling', () => {
    const doc = clone();
    const indicator = doc.indicators.find((i) => i.programmeId)!;
    const p = doc.programmes.find((x) => x.id === indicator.programmeId)!;
    p.startYear = 2022;
    p.endYear = 2024;
    indicator.targets = [{ id: 't', year: 2022, value: 5, updatedAt: '' }];
    const f = roadmapFindings(doc).find(
      (x) => x.code === 'indicatorYearWithoutTarget' && x.targetId === indicator.id,
    );
    expect(f?.params.years).toBe('2023, 2024');

    doc.plan.budgetCeiling = 1;
    const above = roadmapFindings(doc).filter((x) => x.code === 'budgetAboveCeiling');
    expect(above.length).toBeGreaterThan(0);
    expect(String(above[0]!.params.ceiling)).toBe('Rp1');
    doc.plan.budgetCeiling = null;
    expect(roadmapFindings(doc).some((x) => x.code === 'budgetAboveCeiling')).toBe(false);
  });
});
