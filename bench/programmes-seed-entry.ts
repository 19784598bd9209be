/** Bundled by programmes-ui.bench.mjs: stores a synthetic plan of N programmes in a data folder. */
import { createCore } from '../main/core/app';
import { insertPlanCopy } from '../main/core/plans/plans.service';
import { syntheticPlan } from './programmes-synthetic';

const [resourcesDir, dataDir, count] = process.argv.slice(2) as [string, string, string];

async function main() {
  const core = await createCore({
    dataDir,
    resourcesDir,
    host: 'test',
    version: 'bench',
    seedDemo: false,
  });
  const planId = await insertPlanCopy(core.ctx, syntheticPlan(resourcesDir, Number(count)));
  await core.close();
  console.log(planId);
}

void main();
