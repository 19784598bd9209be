/**
 * Small installation-wide values kept as JSON in `app_setting` (UI language, identity, trusted
 * signers, remembered import mapping, who last changed a plan …): read, written and removed in
 * one place, inside a transaction when the caller passes one.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema';

type Db = Kysely<Database> | Transaction<Database>;

/** The stored value, or null when there is none or it is not valid JSON. */
export async function readSetting<T>(db: Db, key: string): Promise<T | null> {
  const row = await db
    .selectFrom('app_setting')
    .select('value')
    .where('key', '=', key)
    .executeTakeFirst();
  if (!row) return null;
  try {
    return JSON.parse(row.value) as T;
  } catch {
    return null;
  }
}

export async function writeSetting(db: Db, key: string, value: unknown): Promise<void> {
  const json = JSON.stringify(value);
  await db
    .insertInto('app_setting')
    .values({ key, value: json })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: json }))
    .execute();
}

export async function deleteSetting(db: Db, key: string): Promise<void> {
  await db.deleteFrom('app_setting').where('key', '=', key).execute();
}
