// `npm start`: the desktop app; when Electron cannot run here, browser mode instead, so the
// command always ends in a working Rancang. `npm run start:browser` goes to browser mode directly.
// Options: --browser, --port N, --no-open, --data-dir DIR   (e.g. `npm start -- --no-open`)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  displayProblem,
  fetchElectronOnce,
  findElectron,
  probeElectron,
} from './lib/electron-binary.mjs';
import { runForeground } from './lib/run.mjs';
import { ensureElectronSqlite } from './lib/sqlite-electron.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BUILD_OUTPUTS = [
  'out/main/electron.cjs',
  'out/main/browser.cjs',
  'out/preload/preload.cjs',
  'out/renderer/index.html',
];

let options;
try {
  ({ values: options } = parseArgs({
    options: {
      browser: { type: 'boolean', default: false },
      port: { type: 'string' },
      'no-open': { type: 'boolean', default: false },
      'data-dir': { type: 'string' },
    },
    strict: true,
  }));
} catch (error) {
  console.error(
    `Rancang: opsi tidak valid: ${error.message}\nPenggunaan: npm start -- [--browser] [--port N] [--no-open] [--data-dir FOLDER]`,
  );
  process.exit(2);
}

function ensureBuild() {
  if (BUILD_OUTPUTS.every((file) => fs.existsSync(path.join(root, file)))) return;
  console.log('Rancang: membangun aplikasi (sekali saja)…');
  const result = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    console.error('Rancang: pembangunan gagal; lihat pesan di atas.');
    process.exit(result.status ?? 1);
  }
}

function browserMode() {
  const args = [path.join(root, 'out', 'main', 'browser.cjs')];
  if (options.port !== undefined) args.push('--port', options.port);
  if (options['no-open']) args.push('--no-open');
  if (options['data-dir'] !== undefined) args.push('--data-dir', options['data-dir']);
  return runForeground(process.execPath, args, { cwd: root });
}

/** The Electron binary and a matching SQLite binding, or the reason (one line) to use the browser. */
function prepareElectron() {
  const version = JSON.parse(
    fs.readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8'),
  ).version;
  const noDisplay = displayProblem();
  if (noDisplay) return { reason: noDisplay };
  let binary = findElectron(root);
  if (!binary) {
    const fetched = fetchElectronOnce(root, version);
    if (!fetched.binary) return { reason: fetched.reason };
    binary = fetched.binary;
  }
  const broken = probeElectron(binary);
  if (broken) return { reason: broken };
  const sqlite = ensureElectronSqlite(root, version);
  if (sqlite.error) {
    return {
      message: `Rancang: better-sqlite3 untuk Electron tidak dapat dibangun (rincian: ${path.relative(root, sqlite.log)}); Rancang dibuka dalam mode peramban.`,
    };
  }
  return { binary, binding: sqlite.binding };
}

async function main() {
  ensureBuild();
  if (options.browser) return browserMode();
  const electron = prepareElectron();
  if (!electron.binary) {
    console.log(
      electron.message ??
        `Rancang: Electron tidak tersedia di komputer ini (${electron.reason}); Rancang dibuka dalam mode peramban.`,
    );
    return browserMode();
  }
  const env = { ...process.env, RANCANG_SQLITE_BINDING: electron.binding };
  // Inherited from some tools; it would make Electron behave as plain Node and show no window.
  delete env.ELECTRON_RUN_AS_NODE;
  const args = [root];
  if (options['data-dir'] !== undefined)
    args.push(`--data-dir=${path.resolve(options['data-dir'])}`);
  return runForeground(electron.binary, args, { cwd: root, env });
}

process.exitCode = await main();
