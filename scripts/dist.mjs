// Release packaging, on a machine with internet (never in CI): build, check the config, rebuild
// the native modules for Electron, package, then put the Node build of better-sqlite3 back so
// the CLI and the tests keep working.
// Usage: node scripts/dist.mjs [--win | --linux] [other electron-builder arguments]
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const builder = path.join(root, 'node_modules', 'electron-builder', 'cli.js');
const args = process.argv.slice(2);
const wantsWin = args.some((arg) => arg === '--win' || arg === '-w');
const wantsLinux = args.some((arg) => arg === '--linux' || arg === '-l');
if (wantsWin && wantsLinux) {
  // node_modules holds one build of each native module: one target platform per run.
  console.error('dist: package one platform per run (--win or --linux).');
  process.exit(2);
}
const platform = wantsWin ? 'win32' : wantsLinux ? 'linux' : process.platform;

function run(command, commandArgs) {
  console.log(`dist: ${path.basename(command)} ${commandArgs.join(' ')}`);
  // npm is a .cmd on Windows, which Node only starts through a shell.
  const result = spawnSync(command, commandArgs, {
    cwd: root,
    stdio: 'inherit',
    shell: command === 'npm' && process.platform === 'win32',
  });
  if (result.status !== 0)
    throw new Error(
      `${path.basename(command)} ${commandArgs[0] ?? ''} failed (${result.status ?? result.signal})`,
    );
}

let exitCode = 0;
try {
  run(process.execPath, [path.join(root, 'scripts', 'build.mjs')]);
  run(process.execPath, [path.join(root, 'scripts', 'check-builder.mjs')]);
  run(process.execPath, [builder, 'install-app-deps', `--platform=${platform}`]);
  run(process.execPath, [builder, '--publish', 'never', ...args]);
} catch (error) {
  console.error(`dist: ${error.message}`);
  exitCode = 1;
} finally {
  try {
    run('npm', ['rebuild', 'better-sqlite3']);
  } catch {
    console.error(
      'dist: restoring the Node build failed; run `npm rebuild better-sqlite3` before using the CLI or tests.',
    );
    exitCode = 1;
  }
}
process.exit(exitCode);
