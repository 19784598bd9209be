import { afterEach, describe, expect, it } from 'vitest';
import type { PlanDetail, PlanSummary, TeamMember } from '../../../shared/contract';
import type { Core } from '../app';
import { call, testCore } from '../../test/helpers';

let core: Core;
afterEach(async () => core?.close());

async function newPlan(regionCode = '53.19', startYear = 2025): Promise<PlanSummary> {
  return call<PlanSummary>(core, 'plans.create', { regionCode, startYear });
}

describe('plans', () => {
  it('creates a plan for a region from the official list, filling code, province, population and area', async () => {
    core = await testCore();
    const summary = await newPlan('53.19', 2025);
    expect(summary.title).toBe('Masterplan Smart City Kabupaten Manggarai Timur 2025–2034');
    expect(summary.endYear).toBe(2034);
    const detail = await call<PlanDetail>(core, 'plans.get', { planId: summary.id });
    expect(detail.region).toMatchObject({
      code: '53.19',
      type: 'kabupaten',
      provinceCode: '53',
      provinceName: 'Nusa Tenggara Timur',
    });
    const csvRow = core.ctx.reference.regionByCode.get('53.19')!;
    expect(detail.region.population).toBe(csvRow.population);
    expect(detail.region.areaKm2).toBe(csvRow.areaKm2);
    expect(detail.baseYear).toBe(2024);
    expect(await call<PlanSummary[]>(core, 'plans.list')).toHaveLength(1);
  });

  it('gives each new plan the default quick-win criteria from the reference data', async () => {
    core = await testCore();
    const plan = await newPlan();
    const doc = await call(core, 'plans.document', { planId: plan.id });
    expect(doc.criteria.map((c: { code: string; weight: number }) => [c.code, c.weight])).toEqual(
      core.ctx.reference.data.quickWinCriteria.criteria.map((c) => [c.code, c.weight]),
    );
  });

  it('refuses a region code that is not in the list', async () => {
    core = await testCore();
    const result = await core.dispatch('plans.create', { regionCode: '99.99', startYear: 2025 });
    expect(result.ok ? null : result.error.code).toBe('region.notFound');
  });

  it('lists the 514 regencies and cities', async () => {
    core = await testCore();
    const regions = await call<{ type: string }[]>(core, 'regions.list');
    expect(regions).toHaveLength(514);
    expect(regions.filter((r) => r.type === 'kota')).toHaveLength(98);
  });

  it('renames, and the list shows the new title', async () => {
    core = await testCore();
    const plan = await newPlan();
    await call(core, 'plans.rename', { planId: plan.id, title: 'Masterplan Matim' });
    const list = await call<PlanSummary[]>(core, 'plans.list');
    expect(list[0]!.title).toBe('Masterplan Matim');
  });

  it('edits the profile and validates the base year against the first year', async () => {
    core = await testCore();
    const plan = await newPlan();
    const detail = await call<PlanDetail>(core, 'plans.updateProfile', {
      planId: plan.id,
      patch: {
        capital: 'Borong',
        apbd: 1_250_000_000_000,
        apbdYear: 2024,
        startYear: 2026,
        baseYear: 2025,
      },
    });
    expect(detail.region.capital).toBe('Borong');
    expect(detail.region.apbd).toBe(1_250_000_000_000);
    expect(detail.endYear).toBe(2035);
    const bad = await core.dispatch('plans.updateProfile', {
      planId: plan.id,
      patch: { baseYear: 2027 },
    });
    expect(bad.ok ? null : bad.error.code).toBe('plan.invalidYears');
    expect((await call<PlanDetail>(core, 'plans.get', { planId: plan.id })).baseYear).toBe(2025);
  });

  it('duplicates a plan with its team under new ids, leaving the original as it was', async () => {
    core = await testCore();
    const plan = await newPlan();
    const opd = await call(core, 'opd.add', {
      planId: plan.id,
      name: 'Dinas Komunikasi dan Informatika',
      abbreviation: 'Diskominfo',
    });
    const member = await call<TeamMember>(core, 'team.addMember', {
      planId: plan.id,
      body: 'dewan',
      fields: { name: 'Ana', opdId: opd.id },
    });
    const copy = await call<PlanSummary>(core, 'plans.duplicate', {
      planId: plan.id,
      title: 'Salinan',
    });
    expect(copy.id).not.toBe(plan.id);
    expect(copy.title).toBe('Salinan');
    const copiedTeam = await call<TeamMember[]>(core, 'team.list', { planId: copy.id });
    const copiedOpds = await call<{ id: string }[]>(core, 'opd.list', { planId: copy.id });
    expect(copiedTeam).toHaveLength(1);
    expect(copiedTeam[0]!.name).toBe('Ana');
    expect(copiedTeam[0]!.id).not.toBe(member.id);
    expect(copiedTeam[0]!.opdId).toBe(copiedOpds[0]!.id);
    expect(copiedOpds[0]!.id).not.toBe(opd.id);
    await call(core, 'team.updateMember', {
      planId: copy.id,
      memberId: copiedTeam[0]!.id,
      patch: { name: 'Budi' },
    });
    expect((await call<TeamMember[]>(core, 'team.list', { planId: plan.id }))[0]!.name).toBe('Ana');
  });

  it('deletes a plan and everything in it', async () => {
    core = await testCore();
    const plan = await newPlan();
    await call(core, 'team.addMember', { planId: plan.id, body: 'pelaksana' });
    await call(core, 'plans.delete', { planId: plan.id });
    expect(await call(core, 'plans.list')).toEqual([]);
    const leftovers = core.store.sqlite
      .prepare("select name from sqlite_master where type = 'table' and sql like '%plan_id%'")
      .all()
      .map(
        (r: any) =>
          core.store.sqlite.prepare(`select count(*) n from ${r.name}`).get() as { n: number },
      )
      .reduce((sum, r) => sum + r.n, 0);
    expect(leftovers).toBe(0);
    const again = await core.dispatch('plans.delete', { planId: plan.id });
    expect(again.ok ? null : again.error.code).toBe('plan.notFound');
  });

  it('reports profile progress that grows as the profile and team are filled', async () => {
    core = await testCore();
    const plan = await newPlan();
    const profile = async () =>
      (
        await call<{ step: string; done: number; total: number }[]>(core, 'plans.progress', {
          planId: plan.id,
        })
      ).find((p) => p.step === 'profile')!;
    const before = await profile();
    await call(core, 'plans.updateProfile', {
      planId: plan.id,
      patch: { capital: 'Borong', apbd: 1, apbdYear: 2024 },
    });
    await call(core, 'team.addMember', { planId: plan.id, body: 'dewan', fields: { name: 'A' } });
    await call(core, 'team.addMember', {
      planId: plan.id,
      body: 'pelaksana',
      fields: { name: 'B' },
    });
    const after = await profile();
    expect(after.total).toBe(before.total);
    expect(after.done).toBe(after.total);
    expect(before.done).toBeLessThan(after.done);
  });
});
