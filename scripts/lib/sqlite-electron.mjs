// better-sqlite3 in node_modules is compiled for Node (the CLI and the tests use it). Electron
// needs a build for its own ABI: made once, in a copy of the package, and cached. node_modules
// itself is never touched.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const BUILD_TIMEOUT_MS = 15 * 60_000;

/** The environment for the build, without npm's `nodedir` (it would force Node's headers). */
function buildEnv() {
  return Object.fromEntries(
    Object.entries(process.env).filter(([name]) => name.toLowerCase() !== 'npm_config_nodedir'),
  );
}

function attempt(log, command, args, cwd) {
  fs.appendFileSync(log, `\n$ ${[command, ...args].join(' ')}\n`);
  const result = spawnSync(command, args, {
    cwd,
    env: buildEnv(),
    encoding: 'utf8',
    timeout: BUILD_TIMEOUT_MS,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  fs.appendFileSync(
    log,
    `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}\nexit ${result.status}\n`,
  );
  return result.status === 0;
}

/**
 * The path of a better_sqlite3.node built for this Electron version, or `{ error, log }`.
 * A downloaded prebuild is tried first (no compiler needed), then node-gyp against Electron's headers.
 */
export function ensureElectronSqlite(root, electronVersion) {
  const cacheDir = path.join(
    root,
    'node_modules',
    '.cache',
    'rancang',
    `electron-${electronVersion}-${process.platform}-${process.arch}`,
  );
  const binding = path.join(cacheDir, 'better_sqlite3.node');
  if (fs.existsSync(binding)) return { binding };

  fs.mkdirSync(cacheDir, { recursive: true });
  const log = path.join(cacheDir, 'build.log');
  fs.writeFileSync(log, `better-sqlite3 for Electron ${electronVersion}\n`);
  console.log(
    `Rancang: menyiapkan better-sqlite3 untuk Electron ${electronVersion} (sekali saja, bisa beberapa menit)…`,
  );

  const source = path.join(root, 'node_modules', 'better-sqlite3');
  const work = fs.mkdtempSync(path.join(cacheDir, 'build-'));
  const copy = path.join(work, 'better-sqlite3');
  try {
    fs.cpSync(source, copy, {
      recursive: true,
      filter: (file) => path.relative(source, file) !== 'build',
    });
    const target = [`--runtime=electron`, `--target=${electronVersion}`];
    const prebuild = path.join(root, 'node_modules', 'prebuild-install', 'bin.js');
    const nodeGyp = path.join(root, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
    const built =
      (fs.existsSync(prebuild) &&
        attempt(log, process.execPath, [prebuild, ...target, '--verbose'], copy)) ||
      attempt(
        log,
        process.execPath,
        [nodeGyp, 'rebuild', '--release', ...target, '--dist-url=https://electronjs.org/headers'],
        copy,
      );
    const output = path.join(copy, 'build', 'Release', 'better_sqlite3.node');
    if (!built || !fs.existsSync(output)) return { error: true, log };
    // Copy then rename, so an interrupted run never leaves a half-written binding in the cache.
    fs.copyFileSync(output, `${binding}.partial`);
    fs.renameSync(`${binding}.partial`, binding);
    return { binding };
  } catch (error) {
    fs.appendFileSync(log, `\n${error.stack ?? error}\n`);
    return { error: true, log };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
