/** Installation-wide settings kept in the store (the UI language for now). */
import { languageSchema, type ParsedInput, type Settings } from '../../../shared/contract';
import type { CoreContext } from '../context';

export async function getSettings(ctx: CoreContext): Promise<Settings> {
  const row = await ctx.db
    .selectFrom('app_setting')
    .select('value')
    .where('key', '=', 'language')
    .executeTakeFirst();
  const language = languageSchema.safeParse(row ? JSON.parse(row.value) : 'id');
  return { language: language.success ? language.data : 'id' };
}

export async function updateSettings(
  ctx: CoreContext,
  input: ParsedInput<'settings.update'>,
): Promise<Settings> {
  if (input.language) {
    await ctx.db
      .insertInto('app_setting')
      .values({ key: 'language', value: JSON.stringify(input.language) })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(input.language) }))
      .execute();
  }
  return getSettings(ctx);
}

export async function getFlag(ctx: CoreContext, key: string): Promise<boolean> {
  const row = await ctx.db
    .selectFrom('app_setting')
    .select('value')
    .where('key', '=', key)
    .executeTakeFirst();
  return row?.value === 'true';
}

export async function setFlag(ctx: CoreContext, key: string): Promise<void> {
  await ctx.db
    .insertInto('app_setting')
    .values({ key, value: 'true' })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: 'true' }))
    .execute();
}
