import { afterEach, describe, expect, it } from 'vitest';
import type { Opd, PlanSummary, TeamMember } from '../../../shared/contract';
import type { Core } from '../app';
import { call, testCore } from '../../test/helpers';

let core: Core;
afterEach(async () => core?.close());

async function setup() {
  core = await testCore();
  return call<PlanSummary>(core, 'plans.create', { regionCode: '53.19', startYear: 2025 });
}

describe('team and OPD', () => {
  it('adds members to each body with name, position, OPD and role, and edits them', async () => {
    const plan = await setup();
    const opd = await call<Opd>(core, 'opd.add', {
      planId: plan.id,
      name: 'Bappeda',
      abbreviation: '',
    });
    const m = await call<TeamMember>(core, 'team.addMember', {
      planId: plan.id,
      body: 'pelaksana',
    });
    await call(core, 'team.updateMember', {
      planId: plan.id,
      memberId: m.id,
      patch: {
        name: 'Maria Goreti',
        position: 'Kepala Bidang',
        opdId: opd.id,
        role: 'Koordinator',
      },
    });
    const [saved] = await call<TeamMember[]>(core, 'team.list', { planId: plan.id });
    expect(saved).toMatchObject({
      body: 'pelaksana',
      name: 'Maria Goreti',
      position: 'Kepala Bidang',
      opdId: opd.id,
      role: 'Koordinator',
    });
  });

  it('reorders members within their body', async () => {
    const plan = await setup();
    const a = await call<TeamMember>(core, 'team.addMember', {
      planId: plan.id,
      body: 'dewan',
      fields: { name: 'A' },
    });
    await call(core, 'team.addMember', { planId: plan.id, body: 'dewan', fields: { name: 'B' } });
    await call(core, 'team.addMember', {
      planId: plan.id,
      body: 'pelaksana',
      fields: { name: 'X' },
    });
    await call(core, 'team.moveMember', { planId: plan.id, memberId: a.id, direction: 'down' });
    const names = (await call<TeamMember[]>(core, 'team.list', { planId: plan.id }))
      .filter((m) => m.body === 'dewan')
      .map((m) => m.name);
    expect(names).toEqual(['B', 'A']);
  });

  it('removes a member', async () => {
    const plan = await setup();
    const a = await call<TeamMember>(core, 'team.addMember', { planId: plan.id, body: 'dewan' });
    await call(core, 'team.removeMember', { planId: plan.id, memberId: a.id });
    expect(await call(core, 'team.list', { planId: plan.id })).toEqual([]);
  });

  it('refuses a duplicate OPD name, whatever its case', async () => {
    const plan = await setup();
    await call(core, 'opd.add', { planId: plan.id, name: 'Dinas Kesehatan' });
    const again = await core.dispatch('opd.add', { planId: plan.id, name: ' dinas kesehatan ' });
    expect(again.ok ? null : again.error).toMatchObject({
      code: 'opd.duplicate',
      params: { name: 'dinas kesehatan' },
    });
  });

  it('keeps the member when its OPD is deleted, with no OPD', async () => {
    const plan = await setup();
    const opd = await call<Opd>(core, 'opd.add', { planId: plan.id, name: 'Dinas Kesehatan' });
    await call(core, 'team.addMember', {
      planId: plan.id,
      body: 'dewan',
      fields: { name: 'A', opdId: opd.id },
    });
    await call(core, 'opd.remove', { planId: plan.id, opdId: opd.id });
    const [member] = await call<TeamMember[]>(core, 'team.list', { planId: plan.id });
    expect(member!.opdId).toBeNull();
  });

  it('refuses an OPD of another plan on a member', async () => {
    const plan = await setup();
    const other = await call<PlanSummary>(core, 'plans.create', {
      regionCode: '53.13',
      startYear: 2025,
    });
    const foreign = await call<Opd>(core, 'opd.add', { planId: other.id, name: 'Bappeda' });
    const result = await core.dispatch('team.addMember', {
      planId: plan.id,
      body: 'dewan',
      fields: { opdId: foreign.id },
    });
    expect(result.ok ? null : result.error.code).toBe('opd.notFound');
  });
});
