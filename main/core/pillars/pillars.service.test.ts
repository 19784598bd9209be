import { afterEach, describe, expect, it } from 'vitest';
import { readinessSummary } from '../../../shared/analysis/readiness';
import type { PlanSummary } from '../../../shared/contract';
import type { PillarsData } from '../../../shared/contract/pillars';
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

describe('pillar analysis', () => {
  it('lists the 18 sub-dimensions even before anything is written', async () => {
    const planId = await setup();
    const data = await call<PillarsData>(core, 'pillars.get', { planId });
    expect(data.subDimensions).toHaveLength(18);
    expect(data.subDimensions[0]).toMatchObject({ subDimensionCode: 'service', readiness: [] });
  });

  it('scores readiness with evidence and shows up in the summary and the plan document', async () => {
    const planId = await setup();
    await call(core, 'pillars.setReadiness', {
      planId,
      subDimensionCode: 'service',
      element: 'struktur',
      patch: { score: 4 },
    });
    const a = await call(core, 'pillars.setReadiness', {
      planId,
      subDimensionCode: 'service',
      element: 'struktur',
      patch: { evidence: 'Ada 12 petugas' },
    });
    expect(a.readiness).toEqual([
      expect.objectContaining({ element: 'struktur', score: 4, evidence: 'Ada 12 petugas' }),
    ]);
    await call(core, 'pillars.updateAnalysis', {
      planId,
      subDimensionCode: 'service',
      patch: { currentCondition: 'Terpusat', gap: 'Jangkauan' },
    });
    const doc = await call<PlanDocument>(core, 'plans.document', { planId });
    expect(doc.subDimensions[0]).toMatchObject({ currentCondition: 'Terpusat', gap: 'Jangkauan' });
    const ref = await call(core, 'reference.get', {});
    expect(readinessSummary(doc, ref).pillars[0]).toMatchObject({ average: 4, scored: 1 });
    const bad = await core.dispatch('pillars.setReadiness', {
      planId,
      subDimensionCode: 'service',
      element: 'struktur',
      patch: { score: 6 },
    });
    expect(bad.ok).toBe(false);
    const unknown = await core.dispatch('pillars.updateAnalysis', {
      planId,
      subDimensionCode: 'nope',
      patch: { gap: 'x' },
    });
    expect(unknown.ok ? null : unknown.error.code).toBe('pillars.unknownSubDimension');
  });

  it('keeps SWOT lists and strategic issues with priority and order', async () => {
    const planId = await setup();
    const s = await call(core, 'swot.add', {
      planId,
      pillarCode: 'economy',
      quadrant: 'peluang',
      text: 'Kopi',
    });
    await call(core, 'swot.update', { planId, swotId: s.id, patch: { text: 'Kopi Arabika' } });
    const i1 = await call(core, 'issues.add', { planId, pillarCode: 'economy', text: 'A' });
    await call(core, 'issues.add', { planId, pillarCode: 'economy', text: 'B', priority: 1 });
    await call(core, 'issues.update', { planId, issueId: i1.id, patch: { priority: 3 } });
    await call(core, 'issues.move', { planId, issueId: i1.id, direction: 'down' });
    const data = await call<PillarsData>(core, 'pillars.get', { planId });
    expect(data.swot.map((x) => x.text)).toEqual(['Kopi Arabika']);
    expect(data.strategicIssues.map((x) => [x.text, x.priority])).toEqual([
      ['B', 1],
      ['A', 3],
    ]);
    const wrong = await core.dispatch('issues.add', {
      planId,
      pillarCode: 'economy',
      subDimensionCode: 'service',
      text: 'x',
    });
    expect(wrong.ok).toBe(false);
    await call(core, 'swot.remove', { planId, swotId: s.id });
    expect((await call<PillarsData>(core, 'pillars.get', { planId })).swot).toEqual([]);
  });
});
