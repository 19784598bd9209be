/** What every service receives: the store, the reference data, a clock and an id source. */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { Reference } from './reference/reference.loader';

export interface CoreContext {
  db: Kysely<Database>;
  reference: Reference;
  /** Current instant as an ISO string (UTC). */
  now(): string;
  newId(): string;
}

export function createContext(
  db: Kysely<Database>,
  reference: Reference,
  clock: () => Date = () => new Date(),
): CoreContext {
  return { db, reference, now: () => clock().toISOString(), newId: () => randomUUID() };
}
