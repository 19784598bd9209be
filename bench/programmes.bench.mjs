// Benchmark of the programmes, quick-win and roadmap screens' computations and the core's save
// round trip, for the demo plan and synthetic plans of 200 and 400 programmes with a full
// ten-year roadmap (two funding sources a year) and an indicator with ten targets each.
// Usage: node bench/programmes.bench.mjs
// Goal (issue 4): with 200 programmes, scoring, dragging and filtering under 100 ms. The screens
// apply every edit optimistically, so the core's save-and-reload round trip is shown apart.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rancang-bench-'));
const bundle = path.join(dir, 'entry.cjs');
await build({
  entryPoints: [path.join(root, 'bench/programmes.bench-entry.ts')],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  outfile: bundle,
  external: ['better-sqlite3', 'exceljs', 'pdfmake'],
  logLevel: 'warning',
});

let over = 0;
for (const n of [27, 200, 400]) {
  const out = execFileSync(process.execPath, [bundle, path.join(root, 'resources'), String(n)], {
    encoding: 'utf8',
    env: { ...process.env, NODE_PATH: path.join(root, 'node_modules') },
  });
  const r = JSON.parse(out.trim().split('\n').pop());
  console.log(`${r.programmes} programmes, ${r.budgets} budget rows`);
  for (const x of r.results) {
    console.log(
      `  ${x.label.padEnd(52)} median ${x.median.toFixed(2).padStart(7)} ms   p95 ${x.p95.toFixed(2).padStart(7)} ms`,
    );
    if (n === 200 && !x.label.startsWith('core:') && x.p95 >= 100) over++;
  }
}
console.log(
  over === 0
    ? '200 programmes: every step within 100 ms (p95)'
    : `200 programmes: ${over} step(s) OVER 100 ms`,
);
fs.rmSync(dir, { recursive: true, force: true });
