/**
 * Bundled and run by programmes.bench.mjs: the quick-win and roadmap computations the screens
 * repeat on every keystroke or drag, on the demo plan grown to N programmes with a full
 * ten-year roadmap, and the core's round trip (save one score, read the plan document back).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createCore } from '../main/core/app';
import { insertPlanCopy } from '../main/core/plans/plans.service';
import { budgetSummary, roadmapFindings } from '../shared/analysis/roadmap';
import { recommendQuickWins, scoreProgrammes, stabilityCheck } from '../shared/analysis/scoring';
import type { PlanDocument } from '../shared/plan-document';
import { syntheticPlan } from './programmes-synthetic';
import { emptyFilter, filterProgrammes } from '../shared/analysis/programme-filter';

const [resourcesDir, count] = process.argv.slice(2) as [string, string];
const n = Number(count);

function time(label: string, fn: () => unknown, runs = 50) {
  fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { label, median: samples[Math.floor(runs / 2)]!, p95: samples[Math.floor(runs * 0.95)]! };
}

async function main() {
  const doc = syntheticPlan(resourcesDir, n);
  const names = { opd: (id: string | null) => id ?? '', pillar: (code: string) => code };
  const selected = doc.quickWins.map((q) => q.programmeId);
  const results = [
    time('score + rank + recommend (one keystroke)', () =>
      recommendQuickWins(scoreProgrammes(doc)),
    ),
    time('stability check of the picks (±10 on each weight)', () => stabilityCheck(doc, selected)),
    time('filter + search + sort the table', () =>
      filterProgrammes(
        doc,
        scoreProgrammes(doc),
        { ...emptyFilter, search: 'data desa', pillar: 'governance' },
        { key: 'score', descending: true },
        names,
      ),
    ),
    time('drag one bar: apply, findings, budget summary', () => {
      const moved = {
        ...doc,
        programmes: doc.programmes.map((p, i) =>
          i === 5 ? { ...p, startYear: p.startYear! + 1 } : p,
        ),
      };
      roadmapFindings(moved);
      budgetSummary(moved);
    }),
  ];

  // The core's round trip: one score saved, then the plan document the screen reads back.
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rancang-bench-'));
  const core = await createCore({
    dataDir,
    resourcesDir,
    host: 'test',
    version: 'bench',
    seedDemo: false,
  });
  const planId = await insertPlanCopy(core.ctx, doc);
  const stored = await core.dispatch('plans.document', { planId });
  if (!stored.ok) throw new Error(JSON.stringify(stored.error));
  const plan = stored.value as PlanDocument;
  let k = 0;
  const roundTrips: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t0 = performance.now();
    const p = plan.programmes[k++ % plan.programmes.length]!;
    const r = await core.dispatch('quickwin.setScore', {
      planId,
      programmeId: p.id,
      criterionId: plan.criteria[0]!.id,
      score: (k % 5) + 1,
    });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    await core.dispatch('plans.document', { planId });
    roundTrips.push(performance.now() - t0);
  }
  roundTrips.sort((a, b) => a - b);
  results.push({
    label: 'core: save a score + read the plan back',
    median: roundTrips[10]!,
    p95: roundTrips[19]!,
  });
  await core.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
  console.log(
    JSON.stringify({
      programmes: doc.programmes.length,
      budgets: doc.budgets.length,
      results,
    }),
  );
}

void main();
