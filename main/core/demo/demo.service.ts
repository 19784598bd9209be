/**
 * The demo plan "Contoh — Masterplan Smart City Kabupaten Manggarai Timur": seeded on the first
 * start of an installation and on request (CLI `rancang demo`, home screen).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { PlanSummary } from '../../../shared/contract';
import { planDocumentSchema, type PlanDocument } from '../../../shared/plan-document';
import type { CoreContext } from '../context';
import { insertPlanCopy, planSummary } from '../plans/plans.service';
import { getFlag, setFlag } from '../settings/settings.service';

const SEEDED_FLAG = 'demoSeeded';

/** Records that this installation has had its demo plan. */
export const markDemoSeeded = (ctx: CoreContext) => setFlag(ctx, SEEDED_FLAG);

export function loadDemoDocument(resourcesDir: string): PlanDocument {
  const file = path.join(resourcesDir, 'demo', 'manggarai-timur.json');
  return planDocumentSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
}

export async function createDemoPlan(ctx: CoreContext, demo: PlanDocument): Promise<PlanSummary> {
  const now = ctx.now();
  const planId = await insertPlanCopy(ctx, {
    ...demo,
    plan: { ...demo.plan, createdAt: now, updatedAt: now },
  });
  return planSummary(ctx, planId);
}

/** On an installation's first start only: a user who deletes the demo does not get it back. */
export async function seedDemoOnFirstStart(
  ctx: CoreContext,
  demo: () => PlanDocument,
): Promise<void> {
  if (await getFlag(ctx, SEEDED_FLAG)) return;
  await createDemoPlan(ctx, demo());
  await setFlag(ctx, SEEDED_FLAG);
}
