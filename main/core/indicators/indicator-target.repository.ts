/** Yearly indicator targets, shared by RPJMD items and programmes: null clears the year. */
import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema';

export interface TargetWrite {
  id: string;
  planId: string;
  indicatorId: string;
  year: number;
  value: number | null;
}

export async function writeIndicatorTarget(
  trx: Transaction<Database>,
  target: TargetWrite,
  now: string,
): Promise<void> {
  if (target.value === null) {
    await trx
      .deleteFrom('indicator_target')
      .where('indicator_id', '=', target.indicatorId)
      .where('year', '=', target.year)
      .execute();
    return;
  }
  await trx
    .insertInto('indicator_target')
    .values({
      id: target.id,
      plan_id: target.planId,
      updated_at: now,
      indicator_id: target.indicatorId,
      year: target.year,
      value: target.value,
    })
    .onConflict((oc) =>
      oc.columns(['indicator_id', 'year']).doUpdateSet({ value: target.value, updated_at: now }),
    )
    .execute();
}
