import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './cli';
import { RESOURCES_DIR, tempDir } from './test/helpers';

async function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, {
    resourcesDir: RESOURCES_DIR,
    env,
    out: { log: (s) => out.push(s), error: (s) => err.push(s) },
  });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

describe('rancang CLI', () => {
  it('lists the plans of a fresh store, which has the demo plan, as JSON', async () => {
    const dir = tempDir();
    const { code, stdout } = await cli(['plans', '--json', '--data-dir', dir]);
    expect(code).toBe(0);
    const plans = JSON.parse(stdout);
    expect(plans).toHaveLength(1);
    expect(plans[0]).toMatchObject({
      title: 'Contoh — Masterplan Smart City Kabupaten Manggarai Timur 2022–2031',
      regionCode: '53.19',
      isExample: true,
    });
  });

  it('creates the demo plan and prints its id; RANCANG_DATA_DIR selects the store', async () => {
    const dir = tempDir();
    const { code, stdout } = await cli(['demo'], { RANCANG_DATA_DIR: dir });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^[0-9a-f-]{36}$/);
    const listed = JSON.parse((await cli(['plans', '--json'], { RANCANG_DATA_DIR: dir })).stdout);
    expect(listed.map((p: { id: string }) => p.id)).toEqual([stdout]);
  });

  it('explains wrong usage with exit code 2, in Indonesian by default and in English on request', async () => {
    const unknown = await cli(['hapus-semua']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe('Perintah tidak dikenal: hapus-semua. Lihat rancang --help.');
    const english = await cli(['hapus-semua', '--lang', 'en']);
    expect(english.stderr).toBe('Unknown command: hapus-semua. See rancang --help.');
    expect((await cli(['plans', '--frobnicate'])).code).toBe(2);
  });

  it('prints help', async () => {
    const { code, stdout } = await cli(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('Penggunaan: rancang [opsi] <perintah>');
    expect(stdout).toContain('--data-dir');
  });

  it('fails with a one-line reason when the store is from a newer version', async () => {
    const dir = tempDir();
    await cli(['plans', '--data-dir', dir]);
    const Database = (await import('better-sqlite3')).default;
    const db = new Database(path.join(dir, 'rancang.sqlite'));
    db.prepare(
      "insert into kysely_migration (name, timestamp) values ('2099-01-01-0001-x', '')",
    ).run();
    db.close();
    const { code, stderr } = await cli(['plans', '--data-dir', dir]);
    expect(code).toBe(1);
    expect(stderr.split('\n')).toHaveLength(1);
    expect(stderr).toContain('dibuat oleh versi Rancang yang lebih baru');
  });

  it('runs as the built binary right after the build (npx rancang)', () => {
    const bin = path.resolve(__dirname, '..', 'out', 'main', 'cli.cjs');
    expect(fs.existsSync(bin), 'npm test builds before the unit tests').toBe(true);
    const dir = tempDir();
    const stdout = execFileSync(process.execPath, [bin, 'plans', '--json', '--data-dir', dir], {
      encoding: 'utf8',
    });
    expect(JSON.parse(stdout)[0].regionCode).toBe('53.19');
  });
});
