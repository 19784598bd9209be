/**
 * Opens the store: pragmas, the newer-version refusal, a backup before migrating, migrations.
 */
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect, type Migration } from 'kysely';
import { AppError } from '../../shared/errors';
import { migrations as registry } from './migrations';
import type { Database } from './schema';

export interface Store {
  db: Kysely<Database>;
  sqlite: BetterSqlite3.Database;
  file: string;
  /** Path of the backup taken before migrating, when one was needed. */
  backupFile: string | null;
  close(): Promise<void>;
}

export interface OpenStoreOptions {
  file: string;
  /** Path of a better-sqlite3 binding built for another runtime (Electron in development). */
  nativeBinding?: string;
  now?: () => Date;
  /** The migration registry; only tests pass another one. */
  migrations?: Record<string, Migration>;
}

function executedMigrations(sqlite: BetterSqlite3.Database): string[] {
  const table = sqlite
    .prepare("select name from sqlite_master where type = 'table' and name = 'kysely_migration'")
    .get();
  if (!table) return [];
  return (
    sqlite.prepare('select name from kysely_migration order by name').all() as { name: string }[]
  ).map((row) => row.name);
}

function backupName(now: Date): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-');
  return `rancang-${stamp}-sebelum-migrasi.sqlite`;
}

export async function openStore(options: OpenStoreOptions): Promise<Store> {
  const now = options.now ?? (() => new Date());
  const migrations = options.migrations ?? registry;
  fs.mkdirSync(path.dirname(options.file), { recursive: true });
  let sqlite: BetterSqlite3.Database;
  try {
    sqlite = new BetterSqlite3(
      options.file,
      options.nativeBinding ? { nativeBinding: options.nativeBinding } : {},
    );
  } catch (cause) {
    throw new AppError('store.openFailed', {
      file: options.file,
      reason: String((cause as Error).message),
    });
  }
  try {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');

    const known = Object.keys(migrations);
    const executed = executedMigrations(sqlite);
    const userVersion = sqlite.pragma('user_version', { simple: true }) as number;
    if (executed.some((name) => !known.includes(name)) || userVersion > known.length) {
      throw new AppError('store.newerVersion', { file: options.file });
    }

    let backupFile: string | null = null;
    const pending = known.filter((name) => !executed.includes(name));
    if (pending.length > 0 && executed.length > 0) {
      const dir = path.join(path.dirname(options.file), 'backups');
      fs.mkdirSync(dir, { recursive: true });
      backupFile = path.join(dir, backupName(now()));
      await sqlite.backup(backupFile);
    }

    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
    if (pending.length > 0) {
      const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
      const { error } = await migrator.migrateToLatest();
      if (error) throw error;
      sqlite.pragma(`user_version = ${known.length}`);
    }
    return {
      db,
      sqlite,
      file: options.file,
      backupFile,
      close: async () => {
        await db.destroy();
      },
    };
  } catch (error) {
    if (sqlite.open) sqlite.close();
    throw error;
  }
}
