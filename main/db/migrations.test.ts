import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { sql, type Migration } from 'kysely';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { tempDir } from '../test/helpers';
import { migrations } from './migrations';
import { openStore } from './open';

const sha = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

describe('migrations', () => {
  it('registers every migration file of the folder, in order', () => {
    const files = fs
      .readdirSync(path.join(__dirname, 'migrations'))
      .filter((f) => /^\d{4}-\d{2}-\d{2}-\d{4}-.+\.ts$/.test(f))
      .map((f) => f.replace(/\.ts$/, ''))
      .sort();
    expect(Object.keys(migrations)).toEqual(files);
  });

  it('creates the whole domain schema (snapshot of every table and index)', async () => {
    const store = await openStore({ file: path.join(tempDir(), 'rancang.sqlite') });
    const rows = store.sqlite
      .prepare(
        "select type, name, sql from sqlite_master where name not like 'sqlite_%' and name not like 'kysely_%' order by type, name",
      )
      .all();
    expect(rows).toMatchSnapshot();
    await store.close();
  });

  it('turns on WAL, full sync and foreign keys', async () => {
    const store = await openStore({ file: path.join(tempDir(), 'rancang.sqlite') });
    expect(store.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.sqlite.pragma('synchronous', { simple: true })).toBe(2);
    expect(store.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    await store.close();
  });

  it('refuses a store written by a newer version and leaves it untouched', async () => {
    const file = path.join(tempDir(), 'rancang.sqlite');
    const store = await openStore({ file });
    await store.db
      .insertInto('kysely_migration')
      .values({ name: '2099-01-01-0001-future', timestamp: new Date().toISOString() })
      .execute();
    await store.close();
    const before = sha(file);
    const error = await openStore({ file }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('store.newerVersion');
    expect(sha(file)).toBe(before);
  });

  it('refuses a store whose user_version is ahead of this app', async () => {
    const file = path.join(tempDir(), 'rancang.sqlite');
    (await openStore({ file })).sqlite.pragma('user_version = 99');
    const error = await openStore({ file }).catch((e: unknown) => e);
    expect((error as AppError).code).toBe('store.newerVersion');
  });

  it('backs up the store before applying a new migration, and the backup holds the old data', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'rancang.sqlite');
    const first: Record<string, Migration> = {
      '0001-a': {
        up: async (db) =>
          void (await db.schema.createTable('t').addColumn('x', 'integer').execute()),
      },
    };
    const store = await openStore({ file, migrations: first });
    await sql`insert into t (x) values (42)`.execute(store.db);
    await store.close();

    const second = {
      ...first,
      '0002-b': {
        up: async (db: any) =>
          void (await db.schema.alterTable('t').addColumn('y', 'text').execute()),
      },
    };
    const migrated = await openStore({
      file,
      migrations: second,
      now: () => new Date('2026-11-22T10:00:00Z'),
    });
    expect(migrated.backupFile).toBe(
      path.join(dir, 'backups', 'rancang-20261122-100000-sebelum-migrasi.sqlite'),
    );
    await migrated.close();
    const backup = new BetterSqlite3(migrated.backupFile!, { readonly: true });
    expect(backup.prepare('select x from t').all()).toEqual([{ x: 42 }]);
    expect(
      backup.prepare("select count(*) n from pragma_table_info('t') where name = 'y'").get(),
    ).toEqual({ n: 0 });
    backup.close();
  });

  it('takes no backup when creating a new store', async () => {
    const dir = tempDir();
    const store = await openStore({ file: path.join(dir, 'rancang.sqlite') });
    expect(store.backupFile).toBeNull();
    expect(fs.existsSync(path.join(dir, 'backups'))).toBe(false);
    await store.close();
  });
});
