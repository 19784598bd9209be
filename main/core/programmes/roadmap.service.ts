/** The roadmap's money: budget per programme, year and funding source, and the yearly ceiling. */
import type { ParsedInput } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import type { CoreContext } from '../context';
import { touchPlan } from '../plans/plans.repository';
import { checkYears, requirePlanRow } from './programmes.service';

/** Sets one cell of the budget table; null or 0 removes it. */
export async function setBudget(
  ctx: CoreContext,
  input: ParsedInput<'roadmap.setBudget'>,
): Promise<{ ok: true }> {
  const plan = await requirePlanRow(ctx, input.planId);
  const programme = await ctx.db
    .selectFrom('programme')
    .select('id')
    .where('id', '=', input.programmeId)
    .where('plan_id', '=', input.planId)
    .executeTakeFirst();
  if (!programme) throw new AppError('programme.notFound');
  if (!ctx.reference.data.fundingSources.sources.some((s) => s.code === input.sourceCode))
    throw new AppError('programme.unknownSource', { code: input.sourceCode });
  checkYears(plan.start_year, input.year, null);
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    if (!input.amount)
      await trx
        .deleteFrom('roadmap_budget')
        .where('programme_id', '=', input.programmeId)
        .where('year', '=', input.year)
        .where('source_code', '=', input.sourceCode)
        .execute();
    else
      await trx
        .insertInto('roadmap_budget')
        .values({
          id: ctx.newId(),
          plan_id: input.planId,
          updated_at: now,
          programme_id: input.programmeId,
          year: input.year,
          source_code: input.sourceCode,
          amount: input.amount,
        })
        .onConflict((oc) =>
          oc
            .columns(['programme_id', 'year', 'source_code'])
            .doUpdateSet({ amount: input.amount!, updated_at: now }),
        )
        .execute();
    await touchPlan(trx, input.planId, now);
  });
  return { ok: true };
}

export async function setCeiling(
  ctx: CoreContext,
  input: ParsedInput<'roadmap.setCeiling'>,
): Promise<{ ok: true }> {
  await requirePlanRow(ctx, input.planId);
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('plan')
      .set({ budget_ceiling: input.ceiling, updated_at: now })
      .where('id', '=', input.planId)
      .execute();
  });
  return { ok: true };
}
