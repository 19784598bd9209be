/**
 * Who last changed a plan: the installation's identity (name, instansi) and when, recorded after
 * every method that changes the plan (see review/read-only-guard.ts), kept in app_setting under
 * `plan.lastModifiedBy.<planId>`, carried in the plan JSON of a package (`plan.lastModifiedBy`)
 * and restored on import, so both sides of the import dialog can say "Terakhir diubah oleh …".
 */
import type { Kysely, Transaction } from 'kysely';
import type { PlanDocument } from '../../../shared/plan-document';
import type { Database } from '../../db/schema';

export type ModifiedBy = NonNullable<PlanDocument['plan']['lastModifiedBy']>;
type Db = Kysely<Database> | Transaction<Database>;

const key = (planId: string) => `plan.lastModifiedBy.${planId}`;

export async function readModifiedBy(db: Db, planId: string): Promise<ModifiedBy | null> {
  const row = await db
    .selectFrom('app_setting')
    .select('value')
    .where('key', '=', key(planId))
    .executeTakeFirst();
  if (!row) return null;
  let value: (ModifiedBy & { local?: boolean }) | null;
  try {
    value = JSON.parse(row.value) as ModifiedBy & { local?: boolean };
  } catch {
    return null;
  }
  if (typeof value?.name !== 'string' || typeof value.at !== 'string') return null;
  const by: ModifiedBy = { name: value.name, instansi: value.instansi, at: value.at };
  // Changed here before the user gave an identity: it was still this installation's user, whose
  // name is known now.
  if (value.local && by.name === '') {
    const who = parseIdentity(
      (
        await db
          .selectFrom('app_setting')
          .select('value')
          .where('key', '=', 'identity')
          .executeTakeFirst()
      )?.value,
    );
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
  if (!value) {
    await db.deleteFrom('app_setting').where('key', '=', key(planId)).execute();
    return;
  }
  const json = JSON.stringify({
    name: value.name,
    instansi: value.instansi,
    at: value.at,
    ...(local ? { local: true } : {}),
  });
  await db
    .insertInto('app_setting')
    .values({ key: key(planId), value: json })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: json }))
    .execute();
}

function parseIdentity(json: string | undefined): { name?: unknown; instansi?: unknown } | null {
  if (!json) return null;
  try {
    return JSON.parse(json) as { name?: unknown; instansi?: unknown };
  } catch {
    return null;
  }
}

/** After a change: the local identity (if the user gave one) changed the plan now. */
export async function recordModifier(db: Db, planId: string, now: string): Promise<void> {
  const row = await db
    .selectFrom('app_setting')
    .select('value')
    .where('key', '=', 'identity')
    .executeTakeFirst();
  const who = parseIdentity(row?.value);
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
