import { afterEach, describe, expect, it } from 'vitest';
import { rpjmdNumbers } from '../../../shared/analysis/rpjmd-numbering';
import type { PlanSummary } from '../../../shared/contract';
import type {
  IndicatorDto,
  RpjmdData,
  RpjmdDeletion,
  RpjmdItemDto,
  StatementDto,
} from '../../../shared/contract/rpjmd';
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
  return plan.id;
}

const outline = async (planId: string) => {
  const data = await call<RpjmdData>(core, 'rpjmd.get', { planId });
  const n = rpjmdNumbers(data.items);
  return data.items
    .map((i) => `${i.kind} ${n.get(i.id)} ${i.text}`)
    .sort((a, b) => a.split(' ')[1]!.localeCompare(b.split(' ')[1]!));
};

describe('RPJMD outline', () => {
  it('creates the header with a 5-year period from the plan start and keeps visi', async () => {
    const planId = await setup();
    const header = await call(core, 'rpjmd.update', { planId, patch: { visi: 'Sejahtera' } });
    expect(header).toMatchObject({ periodStart: 2025, periodEnd: 2029, visi: 'Sejahtera' });
    const moved = await call(core, 'rpjmd.update', { planId, patch: { periodStart: 2021 } });
    expect(moved).toMatchObject({ periodStart: 2021, periodEnd: 2025, visi: 'Sejahtera' });
    const transition = await call(core, 'rpjmd.update', { planId, patch: { periodEnd: 2026 } });
    expect(transition).toMatchObject({ periodStart: 2021, periodEnd: 2026 });
    const bad = await core.dispatch('rpjmd.update', { planId, patch: { periodEnd: 2030 } });
    expect(bad.ok ? null : bad.error).toMatchObject({
      code: 'rpjmd.invalidPeriod',
      params: { start: 2021, end: 2030 },
    });
  });

  it('adds siblings and children with the next kind, numbered automatically', async () => {
    const planId = await setup();
    const m1 = await call<RpjmdItemDto>(core, 'rpjmd.addItem', { planId, text: 'Misi A' });
    const m2 = await call<RpjmdItemDto>(core, 'rpjmd.addItem', {
      planId,
      relativeTo: m1.id,
      position: 'after',
      text: 'Misi B',
    });
    const t = await call<RpjmdItemDto>(core, 'rpjmd.addItem', {
      planId,
      relativeTo: m2.id,
      position: 'child',
      text: 'Tujuan',
    });
    expect(t.kind).toBe('tujuan');
    const s1 = await call<RpjmdItemDto>(core, 'rpjmd.addItem', {
      planId,
      relativeTo: t.id,
      position: 'child',
      text: 'S1',
    });
    expect(s1.kind).toBe('sasaran');
    await call(core, 'rpjmd.addItem', { planId, relativeTo: s1.id, position: 'after', text: 'S3' });
    await call(core, 'rpjmd.addItem', { planId, relativeTo: s1.id, position: 'after', text: 'S2' });
    expect(await outline(planId)).toEqual([
      'misi 1 Misi A',
      'misi 2 Misi B',
      'tujuan 2.1 Tujuan',
      'sasaran 2.1.1 S1',
      'sasaran 2.1.2 S2',
      'sasaran 2.1.3 S3',
    ]);
  });

  it('indents, outdents and reorders, changing the kind to fit the level', async () => {
    const planId = await setup();
    const m1 = await call<RpjmdItemDto>(core, 'rpjmd.addItem', { planId, text: 'A' });
    const m2 = await call<RpjmdItemDto>(core, 'rpjmd.addItem', { planId, text: 'B' });
    await call(core, 'rpjmd.moveItem', { planId, itemId: m2.id, action: 'indent' });
    expect(await outline(planId)).toEqual(['misi 1 A', 'tujuan 1.1 B']);
    await call(core, 'rpjmd.moveItem', { planId, itemId: m2.id, action: 'outdent' });
    expect(await outline(planId)).toEqual(['misi 1 A', 'misi 2 B']);
    await call(core, 'rpjmd.moveItem', { planId, itemId: m2.id, action: 'up' });
    expect(await outline(planId)).toEqual(['misi 1 B', 'misi 2 A']);
    const refused = await core.dispatch('rpjmd.moveItem', {
      planId,
      itemId: m1.id,
      action: 'outdent',
    });
    expect(refused.ok ? null : refused.error.code).toBe('rpjmd.cannotMove');
  });

  it('deletes a branch with its indicators and links, and undo restores it exactly', async () => {
    const planId = await setup();
    const m = await call<RpjmdItemDto>(core, 'rpjmd.addItem', { planId, text: 'M' });
    const t = await call<RpjmdItemDto>(core, 'rpjmd.addItem', {
      planId,
      relativeTo: m.id,
      position: 'child',
      text: 'T',
    });
    const ind = await call<IndicatorDto>(core, 'rpjmd.addIndicator', {
      planId,
      itemId: t.id,
      fields: { name: 'IPM', unit: 'indeks', baseline: 62.5 },
    });
    await call(core, 'rpjmd.setTarget', { planId, indicatorId: ind.id, year: 2026, value: 63.1 });
    const st = await call<StatementDto>(core, 'statements.add', {
      planId,
      kind: 'tujuan',
      pillarCode: 'governance',
    });
    await call(core, 'statements.update', {
      planId,
      statementId: st.id,
      patch: { rpjmdItemIds: [t.id] },
    });
    const before = await call<PlanDocument>(core, 'plans.document', { planId });

    const deletion = await call<RpjmdDeletion>(core, 'rpjmd.deleteItem', { planId, itemId: m.id });
    expect(deletion.items.map((i) => i.text)).toEqual(['M', 'T']);
    const gone = await call<PlanDocument>(core, 'plans.document', { planId });
    expect(gone.rpjmdItems).toEqual([]);
    expect(gone.indicators).toEqual([]);
    expect(gone.statements[0]!.rpjmdItemIds).toEqual([]);

    await call(core, 'rpjmd.restore', { planId, deletion });
    const after = await call<PlanDocument>(core, 'plans.document', { planId });
    const strip = (d: PlanDocument) =>
      JSON.parse(JSON.stringify(d, (k, v) => (k === 'updatedAt' ? undefined : v)));
    expect(strip(after).rpjmdItems).toEqual(strip(before).rpjmdItems);
    expect(strip(after).indicators).toEqual(strip(before).indicators);
    expect(after.statements[0]!.rpjmdItemIds).toEqual([t.id]);
    const twice = await core.dispatch('rpjmd.restore', { planId, deletion });
    expect(twice.ok ? null : twice.error.code).toBe('rpjmd.restoreConflict');
  });

  it('keeps yearly targets per indicator; null clears a year', async () => {
    const planId = await setup();
    const s = await call<RpjmdItemDto>(core, 'rpjmd.addItem', {
      planId,
      kind: 'sasaran',
      text: 'S',
    });
    const ind = await call<IndicatorDto>(core, 'rpjmd.addIndicator', { planId, itemId: s.id });
    expect(ind.kind).toBe('outcome');
    await call(core, 'rpjmd.setTarget', { planId, indicatorId: ind.id, year: 2027, value: 1250.5 });
    await call(core, 'rpjmd.setTarget', { planId, indicatorId: ind.id, year: 2026, value: 10 });
    let saved = await call<IndicatorDto>(core, 'rpjmd.setTarget', {
      planId,
      indicatorId: ind.id,
      year: 2027,
      value: 1300,
    });
    expect(saved.targets.map((t) => [t.year, t.value])).toEqual([
      [2026, 10],
      [2027, 1300],
    ]);
    saved = await call(core, 'rpjmd.setTarget', {
      planId,
      indicatorId: ind.id,
      year: 2026,
      value: null,
    });
    expect(saved.targets.map((t) => t.year)).toEqual([2027]);
    await call(core, 'rpjmd.removeIndicator', { planId, indicatorId: ind.id });
    expect((await call<RpjmdData>(core, 'rpjmd.get', { planId })).indicators).toEqual([]);
  });

  it('refuses links to items of another plan and unknown items', async () => {
    const planId = await setup();
    const other = await call<PlanSummary>(core, 'plans.create', {
      regionCode: '53.13',
      startYear: 2025,
    });
    const foreign = await call<RpjmdItemDto>(core, 'rpjmd.addItem', {
      planId: other.id,
      text: 'X',
    });
    const st = await call<StatementDto>(core, 'statements.add', {
      planId,
      kind: 'visi',
      pillarCode: null,
    });
    const r = await core.dispatch('statements.update', {
      planId,
      statementId: st.id,
      patch: { rpjmdItemIds: [foreign.id] },
    });
    expect(r.ok ? null : r.error.code).toBe('rpjmd.unknownLink');
    const u = await core.dispatch('rpjmd.updateItem', {
      planId,
      itemId: foreign.id,
      patch: { text: 'y' },
    });
    expect(u.ok ? null : u.error.code).toBe('rpjmd.itemNotFound');
  });
});
