/** Installation-wide settings kept in the store (the UI language for now). */
import { languageSchema, type ParsedInput, type Settings } from '../../../shared/contract';
import type { CoreContext } from '../context';
import { readSetting, writeSetting } from './app-setting.repository';

export async function getSettings(ctx: CoreContext): Promise<Settings> {
  const language = languageSchema.safeParse((await readSetting(ctx.db, 'language')) ?? 'id');
  return { language: language.success ? language.data : 'id' };
}

export async function updateSettings(
  ctx: CoreContext,
  input: ParsedInput<'settings.update'>,
): Promise<Settings> {
  if (input.language) {
    await writeSetting(ctx.db, 'language', input.language);
  }
  return getSettings(ctx);
}

export async function getFlag(ctx: CoreContext, key: string): Promise<boolean> {
  return (await readSetting(ctx.db, key)) === true;
}

export async function setFlag(ctx: CoreContext, key: string): Promise<void> {
  await writeSetting(ctx.db, key, true);
}
