/**
 * The static migration registry: every migration the app knows, in order. A test checks that
 * this list matches the files in this folder. Never reorder or remove an entry.
 */
import type { Migration } from 'kysely';
import * as m0001 from './2026-11-22-0001-initial';
import * as m0004 from './2026-11-28-0004-quickwin-axis-duration';

export const migrations: Record<string, Migration> = {
  '2026-11-22-0001-initial': m0001,
  '2026-11-28-0004-quickwin-axis-duration': m0004,
};
