import { afterEach, describe, expect, it } from 'vitest';
import type { PlanSummary } from '../../../shared/contract';
import type { PlanDocument } from '../../../shared/plan-document';
import type { Core } from '../app';
import { call, RESOURCES_DIR, tempDir, testCore } from '../../test/helpers';
import { loadDemoDocument } from './demo.service';

let core: Core | undefined;
afterEach(async () => {
  await core?.close();
  core = undefined;
});

/** The document with ids replaced by their position, so two copies can be compared. */
function shape(doc: PlanDocument): unknown {
  const ids = new Map<string, string>();
  const norm = (value: unknown, key = ''): unknown => {
    if (Array.isArray(value)) return value.map((v) => norm(v, key));
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value)
          .filter(([k]) => !['updatedAt', 'createdAt'].includes(k))
          .map(([k, v]) => [k, norm(v, k)]),
      );
    }
    if (
      typeof value === 'string' &&
      (key === 'id' || key.endsWith('Id') || key.endsWith('Ids') || key === 'dependsOn')
    ) {
      if (!ids.has(value)) ids.set(value, `#${ids.size}`);
      return ids.get(value);
    }
    return value;
  };
  return norm(doc);
}

describe('demo plan', () => {
  it('is created on the first start of an installation, labelled as an example', async () => {
    const dataDir = tempDir();
    core = await testCore({ dataDir, seedDemo: true });
    const plans = await call<PlanSummary[]>(core, 'plans.list');
    expect(plans).toHaveLength(1);
    expect(plans[0]).toMatchObject({
      title: 'Contoh — Masterplan Smart City Kabupaten Manggarai Timur 2022–2031',
      isExample: true,
      startYear: 2022,
      endYear: 2031,
    });
  });

  it('does not come back after the user deleted it', async () => {
    const dataDir = tempDir();
    core = await testCore({ dataDir, seedDemo: true });
    const [demo] = await call<PlanSummary[]>(core, 'plans.list');
    await call(core, 'plans.delete', { planId: demo!.id });
    await core.close();
    core = await testCore({ dataDir, seedDemo: true });
    expect(await call(core, 'plans.list')).toEqual([]);
  });

  it('stores every part of the demo content as written (every step has data)', async () => {
    core = await testCore();
    const source = loadDemoDocument(RESOURCES_DIR);
    const created = await call<PlanSummary>(core, 'demo.create');
    const stored = await call<PlanDocument>(core, 'plans.document', { planId: created.id });
    // The store's canonical order: sub-dimensions by code, budgets by programme, year, source;
    // everything else in the user's order.
    const programmeIndex = new Map(source.programmes.map((p, i) => [p.id, i]));
    const canonical = {
      ...source,
      subDimensions: [...source.subDimensions].sort((a, b) =>
        a.subDimensionCode.localeCompare(b.subDimensionCode),
      ),
      budgets: [...source.budgets].sort(
        (a, b) =>
          programmeIndex.get(a.programmeId)! - programmeIndex.get(b.programmeId)! ||
          a.year - b.year ||
          a.sourceCode.localeCompare(b.sourceCode),
      ),
    };
    expect(shape(stored)).toEqual(shape(canonical));
    expect(stored.subDimensions).toHaveLength(18);
    expect(stored.quickWins.length).toBeGreaterThanOrEqual(6);
  });

  it('shows every step with data in the progress', async () => {
    core = await testCore();
    const created = await call<PlanSummary>(core, 'demo.create');
    for (const step of created.progress) expect(step.done, step.step).toBeGreaterThan(0);
  });
});
