/**
 * Migration 0004: the plan's own quick-win criteria say which axis of the impact × ease quadrant
 * they measure (the planner may rename, add and remove criteria, so the code no longer decides),
 * and a quick win may state how many months it needs (the 12-month rule is judged on it).
 * Frozen once released. Uses Kysely<any> and imports nothing from the app.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('quickwin_criterion')
    .addColumn('axis', 'text', (c) =>
      c
        .notNull()
        .defaultTo('ease')
        .check(sql`axis in ('impact','ease')`),
    )
    .execute();
  // The reference criteria that measure impact (citizen impact, RPJMD alignment).
  await db
    .updateTable('quickwin_criterion')
    .set({ axis: 'impact' })
    .where('code', 'in', ['citizen_impact', 'rpjmd_alignment'])
    .execute();
  await db.schema
    .alterTable('quickwin')
    .addColumn('duration_months', 'integer', (c) => c.check(sql`duration_months between 1 and 120`))
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Migration 0004 cannot be undone.');
}
