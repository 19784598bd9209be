// Builds the Node side with esbuild (CLI, browser host, Electron main, preload) and the UI with Vite.
// Usage: node scripts/build.mjs [--main-only]
import { build as esbuild } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const mainOnly = process.argv.includes('--main-only');
const started = Date.now();

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'linked',
  // Native or file-reading packages stay in node_modules (shipped as production dependencies).
  external: ['electron', 'better-sqlite3', 'pdfmake', 'exceljs'],
  define: { 'process.env.RANCANG_VERSION': JSON.stringify(pkg.version) },
  logLevel: 'warning',
  absWorkingDir: root,
};

await Promise.all([
  esbuild({
    ...common,
    entryPoints: ['main/cli.ts'],
    outfile: 'out/main/cli.cjs',
    banner: { js: '#!/usr/bin/env node' },
  }),
  esbuild({ ...common, entryPoints: ['main/browser.ts'], outfile: 'out/main/browser.cjs' }),
  // PDF books render in a worker thread next to the bundles (main/core/documents/worker-host.ts).
  esbuild({
    ...common,
    entryPoints: ['main/core/documents/worker.ts'],
    outfile: 'out/main/documents-worker.cjs',
  }),
  esbuild({ ...common, entryPoints: ['main/electron/main.ts'], outfile: 'out/main/electron.cjs' }),
  esbuild({
    ...common,
    entryPoints: ['main/preload/preload.cts'],
    outfile: 'out/preload/preload.cjs',
    sourcemap: false,
  }),
]);
fs.chmodSync(path.join(root, 'out/main/cli.cjs'), 0o755);

if (!mainOnly) {
  const { build: viteBuild } = await import('vite');
  await viteBuild({ configFile: path.join(root, 'renderer/vite.config.mts'), logLevel: 'warn' });
}
console.log(
  `Rancang built in ${((Date.now() - started) / 1000).toFixed(1)} s${mainOnly ? ' (main only)' : ''}.`,
);
