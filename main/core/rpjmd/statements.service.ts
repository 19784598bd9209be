/** Smart-city visi, misi and tujuan (per pillar), each linked to the RPJMD items it serves. */
import { sql } from 'kysely';
import type { ParsedInput } from '../../../shared/contract';
import type { StatementDto } from '../../../shared/contract/rpjmd';
import { AppError } from '../../../shared/errors';
import type { ScStatementTable } from '../../db/schema';
import type { CoreContext } from '../context';
import { touchPlan } from '../plans/plans.repository';
import type { Db } from './rpjmd.repository';
import { requirePlan } from './rpjmd.service';

async function linksOf(db: Db, planId: string) {
  return db
    .selectFrom('sc_statement_rpjmd_link')
    .selectAll()
    .where('plan_id', '=', planId)
    .orderBy('sort_order')
    .execute();
}

function toStatement(
  row: ScStatementTable,
  links: { statement_id: string; rpjmd_item_id: string }[],
): StatementDto {
  return {
    id: row.id,
    kind: row.kind,
    pillarCode: row.pillar_code,
    text: row.text,
    rpjmdItemIds: links.filter((l) => l.statement_id === row.id).map((l) => l.rpjmd_item_id),
    updatedAt: row.updated_at,
  };
}

export async function listStatements(ctx: CoreContext, planId: string): Promise<StatementDto[]> {
  await requirePlan(ctx, planId);
  const [rows, links] = await Promise.all([
    ctx.db
      .selectFrom('sc_statement')
      .selectAll()
      .where('plan_id', '=', planId)
      .orderBy('sort_order')
      .execute(),
    linksOf(ctx.db, planId),
  ]);
  return rows.map((r) => toStatement(r, links));
}

async function requireStatement(db: Db, planId: string, id: string) {
  const row = await db
    .selectFrom('sc_statement')
    .selectAll()
    .where('id', '=', id)
    .where('plan_id', '=', planId)
    .executeTakeFirst();
  if (!row) throw new AppError('statement.notFound');
  return row;
}

async function readStatement(db: Db, planId: string, id: string) {
  const row = await requireStatement(db, planId, id);
  const links = await db
    .selectFrom('sc_statement_rpjmd_link')
    .selectAll()
    .where('statement_id', '=', id)
    .orderBy('sort_order')
    .execute();
  return toStatement(row, links);
}

export async function addStatement(
  ctx: CoreContext,
  input: ParsedInput<'statements.add'>,
): Promise<StatementDto> {
  await requirePlan(ctx, input.planId);
  if (
    input.pillarCode &&
    !ctx.reference.data.pillars.pillars.some((p) => p.code === input.pillarCode)
  )
    throw new AppError('pillars.unknownSubDimension', { code: input.pillarCode });
  const now = ctx.now();
  const id = ctx.newId();
  await ctx.db.transaction().execute(async (trx) => {
    const max = await trx
      .selectFrom('sc_statement')
      .select(sql<number>`coalesce(max(sort_order), -1)`.as('m'))
      .where('plan_id', '=', input.planId)
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('sc_statement')
      .values({
        id,
        plan_id: input.planId,
        updated_at: now,
        kind: input.kind,
        pillar_code: input.pillarCode,
        text: input.text,
        sort_order: Number(max.m) + 1,
      })
      .execute();
    await touchPlan(trx, input.planId, now);
  });
  return readStatement(ctx.db, input.planId, id);
}

export async function updateStatement(
  ctx: CoreContext,
  input: ParsedInput<'statements.update'>,
): Promise<StatementDto> {
  await requireStatement(ctx.db, input.planId, input.statementId);
  const now = ctx.now();
  const { text, rpjmdItemIds } = input.patch;
  await ctx.db.transaction().execute(async (trx) => {
    if (text !== undefined)
      await trx
        .updateTable('sc_statement')
        .set({ text, updated_at: now })
        .where('id', '=', input.statementId)
        .execute();
    if (rpjmdItemIds !== undefined) {
      const unique = [...new Set(rpjmdItemIds)];
      if (unique.length) {
        const found = await trx
          .selectFrom('rpjmd_item')
          .select('id')
          .where('plan_id', '=', input.planId)
          .where('id', 'in', unique)
          .execute();
        if (found.length !== unique.length) throw new AppError('rpjmd.unknownLink');
      }
      await trx
        .deleteFrom('sc_statement_rpjmd_link')
        .where('statement_id', '=', input.statementId)
        .execute();
      if (unique.length)
        await trx
          .insertInto('sc_statement_rpjmd_link')
          .values(
            unique.map((itemId, i) => ({
              id: ctx.newId(),
              plan_id: input.planId,
              updated_at: now,
              statement_id: input.statementId,
              rpjmd_item_id: itemId,
              sort_order: i,
            })),
          )
          .execute();
      await trx
        .updateTable('sc_statement')
        .set({ updated_at: now })
        .where('id', '=', input.statementId)
        .execute();
    }
    await touchPlan(trx, input.planId, now);
  });
  return readStatement(ctx.db, input.planId, input.statementId);
}

export async function removeStatement(
  ctx: CoreContext,
  input: ParsedInput<'statements.remove'>,
): Promise<{ ok: true }> {
  await requireStatement(ctx.db, input.planId, input.statementId);
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('sc_statement').where('id', '=', input.statementId).execute();
    await touchPlan(trx, input.planId, now);
  });
  return { ok: true };
}
