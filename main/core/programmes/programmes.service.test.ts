import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { scoreProgrammes } from '../../../shared/analysis/scoring';
import { budgetSummary, roadmapFindings } from '../../../shared/analysis/roadmap';
import type { Opd, PlanSummary } from '../../../shared/contract';
import type {
  ProgrammeDto,
  ProgrammeIndicatorDto,
  QuickWinDto,
  RiskDto,
} from '../../../shared/contract/programmes';
import type { PlanDocument } from '../../../shared/plan-document';
import type { Core } from '../app';
import { call, testCore } from '../../test/helpers';

let core: Core;
afterEach(async () => core?.close());

async function setup() {
  core = await testCore();
  const plan = await call<PlanSummary>(core, 'plans.create', {
    regionCode: '53.19',
    startYear: 2025,
  });
  const opd = await call<Opd>(core, 'opd.add', { planId: plan.id, name: 'Diskominfo' });
  const doc = () => call<PlanDocument>(core, 'plans.document', { planId: plan.id });
  const add = (name: string, extra: Record<string, unknown> = {}) =>
    call<ProgrammeDto>(core, 'programmes.add', {
      planId: plan.id,
      fields: { pillarCode: 'governance', subDimensionCode: 'policy', name, ...extra },
    });
  const error = async (method: string, input: unknown) => {
    const r = await core.dispatch(method, input);
    return r.ok ? null : r.error;
  };
  return { plan, opd, doc, add, error };
}

describe('programmes', () => {
  it('adds a programme with OPDs, sources, links and dependencies, and edits it', async () => {
    const { plan, opd, doc, add } = await setup();
    const base = await add('Satu Data');
    const p = await add('Portal layanan', {
      type: 'aplikasi',
      leadOpdId: opd.id,
      supportOpdIds: [opd.id],
      fundingSources: ['apbd', 'dak'],
      dependsOn: [base.id],
      costEstimate: 1_250_000_000,
      startYear: 2026,
    });
    expect(p).toMatchObject({
      name: 'Portal layanan',
      leadOpdId: opd.id,
      fundingSources: ['apbd', 'dak'],
      dependsOn: [base.id],
      startYear: 2026,
      endYear: 2026,
    });
    await call(core, 'programmes.update', {
      planId: plan.id,
      programmeId: p.id,
      patch: { name: 'Portal layanan publik', fundingSources: ['apbn'], endYear: 2028 },
    });
    const saved = (await doc()).programmes.find((x) => x.id === p.id)!;
    expect(saved).toMatchObject({
      name: 'Portal layanan publik',
      fundingSources: ['apbn'],
      startYear: 2026,
      endYear: 2028,
      supportOpdIds: [opd.id],
    });
  });

  it('refuses a sub-dimension of another pillar, years outside the plan and dependency cycles', async () => {
    const { plan, add, error } = await setup();
    expect(
      await error('programmes.add', {
        planId: plan.id,
        fields: { pillarCode: 'governance', subDimensionCode: 'health', name: 'X' },
      }),
    ).toMatchObject({ code: 'programme.unknownSubDimension' });
    const a = await add('A');
    const b = await add('B', { dependsOn: [a.id] });
    expect(
      await error('roadmap.setYears', {
        planId: plan.id,
        programmeId: a.id,
        startYear: 2024,
        endYear: 2025,
      }),
    ).toMatchObject({ code: 'programme.yearOutsidePlan', params: { first: 2025, last: 2034 } });
    expect(
      await error('roadmap.setYears', {
        planId: plan.id,
        programmeId: a.id,
        startYear: 2027,
        endYear: 2026,
      }),
    ).toMatchObject({ code: 'programme.yearsOrder' });
    expect(
      await error('programmes.update', {
        planId: plan.id,
        programmeId: a.id,
        patch: { dependsOn: [b.id] },
      }),
    ).toMatchObject({ code: 'programme.dependencyCycle' });
  });

  it('keeps indicators with yearly targets, and removes everything with the programme', async () => {
    const { plan, doc, add } = await setup();
    const p = await add('Satu Data', { startYear: 2025, endYear: 2026 });
    const ind = await call<ProgrammeIndicatorDto>(core, 'programmes.addIndicator', {
      planId: plan.id,
      programmeId: p.id,
      fields: { kind: 'output', name: 'Dataset terbit', unit: 'dataset', baseline: 0 },
    });
    await call(core, 'programmes.setTarget', {
      planId: plan.id,
      indicatorId: ind.id,
      year: 2025,
      value: 50,
    });
    await call(core, 'programmes.setTarget', {
      planId: plan.id,
      indicatorId: ind.id,
      year: 2025,
      value: 60,
    });
    let d = await doc();
    expect(d.indicators[0]!.targets.map((t) => [t.year, t.value])).toEqual([[2025, 60]]);
    expect(
      roadmapFindings(d).find((f) => f.code === 'indicatorYearWithoutTarget')?.params.years,
    ).toBe('2026');
    await call(core, 'roadmap.setBudget', {
      planId: plan.id,
      programmeId: p.id,
      year: 2025,
      sourceCode: 'apbd',
      amount: 100,
    });
    await call(core, 'programmes.remove', { planId: plan.id, programmeId: p.id });
    d = await doc();
    expect([d.programmes.length, d.indicators.length, d.budgets.length]).toEqual([0, 0, 0]);
  });
});

describe('quick wins', () => {
  it('enforces weights that total 100 and keeps what was saved', async () => {
    const { plan, doc, error } = await setup();
    const criteria = (await doc()).criteria;
    const [a, b] = criteria;
    expect(
      await error('quickwin.setWeights', { planId: plan.id, weights: { [a!.id]: a!.weight + 5 } }),
    ).toMatchObject({ code: 'quickwin.weightsTotal', params: { total: 105 } });
    const saved = await call(core, 'quickwin.setWeights', {
      planId: plan.id,
      weights: { [a!.id]: a!.weight + 5, [b!.id]: b!.weight - 5 },
    });
    expect(saved.reduce((s: number, c: { weight: number }) => s + c.weight, 0)).toBe(100);
    await call(core, 'quickwin.resetCriteria', { planId: plan.id });
    expect((await doc()).criteria.map((c) => c.weight)).toEqual([30, 20, 15, 20, 15]);
  });

  it('lets the plan add, rename and remove its own criteria; the total stays 100', async () => {
    const { plan, doc, add, error } = await setup();
    const p = await add('Satu Data');
    const added = await call<{ id: string; weight: number; axis: string; code: string }>(
      core,
      'quickwin.addCriterion',
      { planId: plan.id, fields: { name: 'Kearifan lokal', axis: 'impact' } },
    );
    expect(added).toMatchObject({ weight: 0, axis: 'impact' });
    let criteria = (await doc()).criteria;
    expect(criteria.map((c) => c.name).at(-1)).toBe('Kearifan lokal');
    expect(criteria.find((c) => c.code === 'citizen_impact')?.axis).toBe('impact');
    expect(criteria.find((c) => c.code === 'cost')?.axis).toBe('ease');
    await call(core, 'quickwin.updateCriterion', {
      planId: plan.id,
      criterionId: added.id,
      patch: { name: 'Budaya Manggarai', axis: 'ease' },
    });
    const cost = criteria.find((c) => c.code === 'cost')!;
    await call(core, 'quickwin.setScore', {
      planId: plan.id,
      programmeId: p.id,
      criterionId: cost.id,
      score: 4,
    });
    // Cost (15) leaves; 30/20/20/15/0 share it in proportion (whole points, largest remainder).
    const left = await call<Array<{ id: string; weight: number; name: string; axis: string }>>(
      core,
      'quickwin.removeCriterion',
      { planId: plan.id, criterionId: cost.id },
    );
    expect(left.map((c) => c.weight)).toEqual([35, 24, 23, 18, 0]);
    expect(left.at(-1)).toMatchObject({ name: 'Budaya Manggarai', axis: 'ease' });
    const after = await doc();
    expect(after.scores.filter((s) => s.criterionId === cost.id)).toHaveLength(0);
    criteria = after.criteria;
    for (const c of criteria.slice(1))
      await call(core, 'quickwin.removeCriterion', { planId: plan.id, criterionId: c.id });
    expect((await doc()).criteria.map((c) => c.weight)).toEqual([100]);
    expect(
      await error('quickwin.removeCriterion', { planId: plan.id, criterionId: criteria[0]!.id }),
    ).toMatchObject({ code: 'quickwin.lastCriterion' });
    expect(
      await error('quickwin.addCriterion', { planId: plan.id, fields: { name: '  ' } }),
    ).toMatchObject({ code: 'rpc.invalidInput' });
  });

  it('carries criteria axes and a quick win duration through a duplicate', async () => {
    const { plan, doc, add } = await setup();
    const p = await add('PSC 119');
    const c = await call<{ id: string }>(core, 'quickwin.addCriterion', {
      planId: plan.id,
      fields: { name: 'Kearifan lokal', axis: 'impact' },
    });
    const q = await call<QuickWinDto>(core, 'quickwin.select', {
      planId: plan.id,
      programmeId: p.id,
      fields: { durationMonths: 9 },
    });
    expect(q.durationMonths).toBe(9);
    const copy = await call<PlanSummary>(core, 'plans.duplicate', { planId: plan.id });
    const copied = await call<PlanDocument>(core, 'plans.document', { planId: copy.id });
    expect(copied.criteria.at(-1)).toMatchObject({ name: 'Kearifan lokal', axis: 'impact' });
    expect(copied.quickWins[0]?.durationMonths).toBe(9);
    expect((await doc()).criteria.find((x) => x.id === c.id)?.axis).toBe('impact');
  });

  it('scores, ranks, selects a quick win with rationale, profile and risks', async () => {
    const { plan, doc, add, error } = await setup();
    const a = await add('A');
    const b = await add('B');
    const criteria = (await doc()).criteria;
    for (const c of criteria) {
      await call(core, 'quickwin.setScore', {
        planId: plan.id,
        programmeId: a.id,
        criterionId: c.id,
        score: 4,
      });
      await call(core, 'quickwin.setScore', {
        planId: plan.id,
        programmeId: b.id,
        criterionId: c.id,
        score: 5,
      });
    }
    await call(core, 'quickwin.setScore', {
      planId: plan.id,
      programmeId: b.id,
      criterionId: criteria[0]!.id,
      score: 1,
    });
    let ranked = scoreProgrammes(await doc());
    expect(ranked.map((r) => [r.score, r.rank])).toEqual([
      [4, 1],
      [3.8, 2],
    ]);
    await call(core, 'quickwin.setScore', {
      planId: plan.id,
      programmeId: b.id,
      criterionId: criteria[1]!.id,
      score: null,
    });
    ranked = scoreProgrammes(await doc());
    expect(ranked[1]).toMatchObject({ score: null, complete: false });

    const qw = await call<QuickWinDto>(core, 'quickwin.select', {
      planId: plan.id,
      programmeId: a.id,
      fields: { rationale: 'Cepat dan terlihat' },
    });
    await call(core, 'quickwin.update', {
      planId: plan.id,
      quickWinId: qw.id,
      patch: { profileType: 'teknologi', benefit: 'Data sama', partners: 'BPS' },
    });
    expect(
      await error('quickwin.update', {
        planId: plan.id,
        quickWinId: qw.id,
        patch: { profileType: 'aplikasi' },
      }),
    ).toMatchObject({ code: 'quickwin.unknownProfileType' });
    const risk = await call<RiskDto>(core, 'quickwin.addRisk', {
      planId: plan.id,
      quickWinId: qw.id,
      fields: { risk: 'Sinyal lemah', likelihood: 4, impact: 3 },
    });
    await call(core, 'quickwin.updateRisk', {
      planId: plan.id,
      riskId: risk.id,
      patch: { handling: 'alihkan', owner: 'Diskominfo' },
    });
    const saved = (await doc()).quickWins[0]!;
    expect(saved).toMatchObject({
      programmeId: a.id,
      rationale: 'Cepat dan terlihat',
      profileType: 'teknologi',
      risks: [
        {
          risk: 'Sinyal lemah',
          likelihood: 4,
          impact: 3,
          handling: 'alihkan',
          owner: 'Diskominfo',
        },
      ],
    });
    await call(core, 'quickwin.unselect', { planId: plan.id, programmeId: a.id });
    expect((await doc()).quickWins).toEqual([]);
  });
});

describe('roadmap', () => {
  it('keeps budgets per year and source in whole rupiah, and the ceiling', async () => {
    const { plan, doc, add, error } = await setup();
    const p = await add('A', { startYear: 2025, endYear: 2026 });
    const set = (year: number, sourceCode: string, amount: number | null) =>
      call(core, 'roadmap.setBudget', {
        planId: plan.id,
        programmeId: p.id,
        year,
        sourceCode,
        amount,
      });
    await set(2025, 'apbd', 1_250_000_000);
    await set(2025, 'dak', 500_000_000);
    await set(2026, 'apbd', 750_000_000);
    await set(2026, 'apbd', 800_000_000);
    await set(2025, 'dak', null);
    expect(
      await error('roadmap.setBudget', {
        planId: plan.id,
        programmeId: p.id,
        year: 2025,
        sourceCode: 'apbd',
        amount: 1.5,
      }),
    ).toMatchObject({ code: 'rpc.invalidInput' });
    expect(
      await error('roadmap.setBudget', {
        planId: plan.id,
        programmeId: p.id,
        year: 2025,
        sourceCode: 'bitcoin',
        amount: 1,
      }),
    ).toMatchObject({ code: 'programme.unknownSource' });
    await call(core, 'roadmap.setCeiling', { planId: plan.id, ceiling: 1_000_000_000 });
    const d = await doc();
    const s = budgetSummary(d);
    expect(s.totalByYear[2025]).toBe(1_250_000_000);
    expect(s.totalByYear[2026]).toBe(800_000_000);
    expect(d.plan.budgetCeiling).toBe(1_000_000_000);
    expect(
      roadmapFindings(d)
        .filter((f) => f.code === 'budgetAboveCeiling')
        .map((f) => f.targetId),
    ).toEqual(['2025']);
  });

  it('exports the tables as an XLSX workbook', async () => {
    const { plan, add } = await setup();
    const p = await add('Satu Data', { startYear: 2025 });
    await call(core, 'roadmap.setBudget', {
      planId: plan.id,
      programmeId: p.id,
      year: 2025,
      sourceCode: 'apbd',
      amount: 385_000_000,
    });
    const qw = await call<QuickWinDto>(core, 'quickwin.select', {
      planId: plan.id,
      programmeId: p.id,
      fields: { rationale: 'Fondasi data' },
    });
    await call(core, 'quickwin.addRisk', {
      planId: plan.id,
      quickWinId: qw.id,
      fields: { risk: 'Data terlambat', likelihood: 4, impact: 3, owner: 'Sekda' },
    });
    const out = await call<{ fileName: string; base64: string }>(core, 'roadmap.exportXlsx', {
      planId: plan.id,
      language: 'id',
    });
    expect(out.fileName).toMatch(/\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(out.base64, 'base64') as never);
    expect(book.worksheets.map((w) => w.name)).toEqual([
      'Program',
      'Skor quick win',
      'Peta jalan',
      'Indikator',
      'Quick win',
      'Anggaran',
    ]);
    expect(book.getWorksheet('Program')!.getRow(2).getCell(3).value).toBe('Satu Data');
    const risk = book.getWorksheet('Quick win')!.getRow(2);
    expect(book.getWorksheet('Quick win')!.getRow(1).getCell(4).value).toBe(
      'Durasi pelaksanaan (bulan)',
    );
    expect([risk.getCell(1).value, risk.getCell(2).value, risk.getCell(8).value]).toEqual([
      'Satu Data',
      'Fondasi data',
      'Data terlambat',
    ]);
    expect(risk.getCell(11).value).toBe(12);
    expect((book.getWorksheet('Anggaran')!.getRow(2).values as unknown[]).slice(1)).toEqual([
      2025, 385_000_000, 385_000_000,
    ]);
  });
});
