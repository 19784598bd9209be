/**
 * Who last changed a plan: the installation's identity (name, instansi) and when, recorded after
 * every method that changes the plan (see review/read-only-guard.ts), kept in app_setting under
 * `plan.lastModifiedBy.<planId>`, carried in the plan JSON of a package (`plan.lastModifiedBy`)
 * and restored on import, so both sides of the import dialog can say "Terakhir diubah oleh …".
 */
import type { Kysely, Transaction } from 'kysely';
import type { PlanDocument } from '../../../shared/plan-document';
import type { Database } from '../../db/schema';
import { deleteSetting, readSetting, writeSetting } from '../settings/app-setting.repository';

export type ModifiedBy = NonNullable<PlanDocument['plan']['lastModifiedBy']>;
type Db = Kysely<Database> | Transaction<Database>;

const key = (planId: string) => `plan.lastModifiedBy.${planId}`;
const IDENTITY_KEY = 'identity';

/** As stored: `local` marks a change made on this installation (not read from a package). */
type Stored = ModifiedBy & { local?: boolean };
type StoredIdentity = { name?: unknown; instansi?: unknown };

export async function readModifiedBy(db: Db, planId: string): Promise<ModifiedBy | null> {
  const value = await readSetting<Stored>(db, key(planId));
  if (typeof value?.name !== 'string' || typeof value.at !== 'string') return null;
  const by: ModifiedBy = { name: value.name, instansi: value.instansi, at: value.at };
  // Changed here before the user gave an identity: it was still this installation's user, whose
  // name is known now.
  if (value.local && by.name === '') {
    const who = await readSetting<StoredIdentity>(db, IDENTITY_KEY);
    if (typeof who?.name === 'string') by.name = who.name;
    if (typeof who?.instansi === 'string') by.instansi = who.instansi;
  }
  return by;
}

export async function writeModifiedBy(
  db: Db,
  planId: string,
  value: ModifiedBy | null | undefined,
  local = false,
): Promise<void> {
  if (!value) return deleteSetting(db, key(planId));
  const stored: Stored = { name: value.name, instansi: value.instansi, at: value.at };
  if (local) stored.local = true;
  await writeSetting(db, key(planId), stored);
}

/** After a change: the local identity (if the user gave one) changed the plan now. */
export async function recordModifier(db: Db, planId: string, now: string): Promise<void> {
  const who = await readSetting<StoredIdentity>(db, IDENTITY_KEY);
  const exists = await db
    .selectFrom('plan')
    .select('id')
    .where('id', '=', planId)
    .executeTakeFirst();
  if (!exists) return;
  await writeModifiedBy(
    db,
    planId,
    {
      name: typeof who?.name === 'string' ? who.name : '',
      instansi: typeof who?.instansi === 'string' ? who.instansi : '',
      at: now,
    },
    true,
  );
}

/** The plan document as it travels: with who last changed it, when the store knows. */
export async function withModifiedBy(db: Db, doc: PlanDocument): Promise<PlanDocument> {
  const by = await readModifiedBy(db, doc.plan.id);
  return by ? { ...doc, plan: { ...doc.plan, lastModifiedBy: by } } : doc;
}
