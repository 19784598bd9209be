/** The plan's OPD list and its two teams: Dewan Smart City and Tim Pelaksana. */
import { sql } from 'kysely';
import type { Opd, ParsedInput, TeamMember } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import type { OpdTable, TeamMemberTable } from '../../db/schema';
import type { CoreContext } from '../context';
import { findPlan, touchPlan } from '../plans/plans.repository';

const toOpd = (row: OpdTable): Opd => ({
  id: row.id,
  name: row.name,
  abbreviation: row.abbreviation,
  updatedAt: row.updated_at,
});
const toMember = (row: TeamMemberTable): TeamMember => ({
  id: row.id,
  body: row.body,
  name: row.name,
  position: row.position,
  opdId: row.opd_id,
  role: row.role,
  updatedAt: row.updated_at,
});

async function requirePlan(ctx: CoreContext, planId: string) {
  if (!(await findPlan(ctx.db, planId))) throw new AppError('plan.notFound');
}

async function requireOpdOfPlan(
  ctx: CoreContext,
  planId: string,
  opdId: string | null | undefined,
) {
  if (!opdId) return;
  const row = await ctx.db
    .selectFrom('opd')
    .select('id')
    .where('id', '=', opdId)
    .where('plan_id', '=', planId)
    .executeTakeFirst();
  if (!row) throw new AppError('opd.notFound');
}

export async function listOpds(ctx: CoreContext, planId: string): Promise<Opd[]> {
  await requirePlan(ctx, planId);
  const rows = await ctx.db
    .selectFrom('opd')
    .selectAll()
    .where('plan_id', '=', planId)
    .orderBy('sort_order')
    .execute();
  return rows.map(toOpd);
}

async function assertUniqueOpdName(
  ctx: CoreContext,
  planId: string,
  name: string,
  exceptId?: string,
) {
  let q = ctx.db
    .selectFrom('opd')
    .select('id')
    .where('plan_id', '=', planId)
    .where(sql`lower(trim(name))`, '=', name.trim().toLowerCase());
  if (exceptId) q = q.where('id', '<>', exceptId);
  if (await q.executeTakeFirst()) throw new AppError('opd.duplicate', { name: name.trim() });
}

export async function addOpd(ctx: CoreContext, input: ParsedInput<'opd.add'>): Promise<Opd> {
  await requirePlan(ctx, input.planId);
  await assertUniqueOpdName(ctx, input.planId, input.name);
  const now = ctx.now();
  const row: OpdTable = {
    id: ctx.newId(),
    plan_id: input.planId,
    updated_at: now,
    name: input.name,
    abbreviation: input.abbreviation,
    sort_order: 0,
  };
  await ctx.db.transaction().execute(async (trx) => {
    const max = await trx
      .selectFrom('opd')
      .select(sql<number>`coalesce(max(sort_order), -1)`.as('m'))
      .where('plan_id', '=', input.planId)
      .executeTakeFirstOrThrow();
    row.sort_order = Number(max.m) + 1;
    await trx.insertInto('opd').values(row).execute();
    await touchPlan(trx, input.planId, now);
  });
  return toOpd(row);
}

export async function updateOpd(ctx: CoreContext, input: ParsedInput<'opd.update'>): Promise<Opd> {
  await requireOpdOfPlan(ctx, input.planId, input.opdId);
  if (input.patch.name !== undefined)
    await assertUniqueOpdName(ctx, input.planId, input.patch.name, input.opdId);
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('opd')
      .set({ ...input.patch, updated_at: now })
      .where('id', '=', input.opdId)
      .execute();
    await touchPlan(trx, input.planId, now);
  });
  const row = await ctx.db
    .selectFrom('opd')
    .selectAll()
    .where('id', '=', input.opdId)
    .executeTakeFirstOrThrow();
  return toOpd(row);
}

export async function removeOpd(
  ctx: CoreContext,
  input: ParsedInput<'opd.remove'>,
): Promise<{ ok: true }> {
  await requireOpdOfPlan(ctx, input.planId, input.opdId);
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('opd').where('id', '=', input.opdId).execute();
    await touchPlan(trx, input.planId, now);
  });
  return { ok: true };
}

export async function listMembers(ctx: CoreContext, planId: string): Promise<TeamMember[]> {
  await requirePlan(ctx, planId);
  const rows = await ctx.db
    .selectFrom('team_member')
    .selectAll()
    .where('plan_id', '=', planId)
    .orderBy('body')
    .orderBy('sort_order')
    .execute();
  return rows.map(toMember);
}

async function requireMember(
  ctx: CoreContext,
  planId: string,
  memberId: string,
): Promise<TeamMemberTable> {
  const row = await ctx.db
    .selectFrom('team_member')
    .selectAll()
    .where('id', '=', memberId)
    .where('plan_id', '=', planId)
    .executeTakeFirst();
  if (!row) throw new AppError('member.notFound');
  return row;
}

export async function addMember(
  ctx: CoreContext,
  input: ParsedInput<'team.addMember'>,
): Promise<TeamMember> {
  await requirePlan(ctx, input.planId);
  await requireOpdOfPlan(ctx, input.planId, input.fields?.opdId);
  const now = ctx.now();
  const fields = input.fields ?? {};
  const row: TeamMemberTable = {
    id: ctx.newId(),
    plan_id: input.planId,
    updated_at: now,
    body: input.body,
    name: fields.name ?? '',
    position: fields.position ?? '',
    opd_id: fields.opdId ?? null,
    role: fields.role ?? '',
    sort_order: 0,
  };
  await ctx.db.transaction().execute(async (trx) => {
    const max = await trx
      .selectFrom('team_member')
      .select(sql<number>`coalesce(max(sort_order), -1)`.as('m'))
      .where('plan_id', '=', input.planId)
      .where('body', '=', input.body)
      .executeTakeFirstOrThrow();
    row.sort_order = Number(max.m) + 1;
    await trx.insertInto('team_member').values(row).execute();
    await touchPlan(trx, input.planId, now);
  });
  return toMember(row);
}

export async function updateMember(
  ctx: CoreContext,
  input: ParsedInput<'team.updateMember'>,
): Promise<TeamMember> {
  await requireMember(ctx, input.planId, input.memberId);
  await requireOpdOfPlan(ctx, input.planId, input.patch.opdId);
  const { opdId, ...rest } = input.patch;
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('team_member')
      .set({ ...rest, ...(opdId !== undefined ? { opd_id: opdId } : {}), updated_at: now })
      .where('id', '=', input.memberId)
      .execute();
    await touchPlan(trx, input.planId, now);
  });
  return toMember(await requireMember(ctx, input.planId, input.memberId));
}

export async function removeMember(
  ctx: CoreContext,
  input: ParsedInput<'team.removeMember'>,
): Promise<{ ok: true }> {
  await requireMember(ctx, input.planId, input.memberId);
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('team_member').where('id', '=', input.memberId).execute();
    await touchPlan(trx, input.planId, now);
  });
  return { ok: true };
}

/** Swaps a member with its neighbour in the same body. */
export async function moveMember(
  ctx: CoreContext,
  input: ParsedInput<'team.moveMember'>,
): Promise<{ ok: true }> {
  const member = await requireMember(ctx, input.planId, input.memberId);
  const up = input.direction === 'up';
  const neighbour = await ctx.db
    .selectFrom('team_member')
    .selectAll()
    .where('plan_id', '=', input.planId)
    .where('body', '=', member.body)
    .where('sort_order', up ? '<' : '>', member.sort_order)
    .orderBy('sort_order', up ? 'desc' : 'asc')
    .executeTakeFirst();
  if (!neighbour) return { ok: true };
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('team_member')
      .set({ sort_order: neighbour.sort_order, updated_at: now })
      .where('id', '=', member.id)
      .execute();
    await trx
      .updateTable('team_member')
      .set({ sort_order: member.sort_order, updated_at: now })
      .where('id', '=', neighbour.id)
      .execute();
    await touchPlan(trx, input.planId, now);
  });
  return { ok: true };
}
