// Benchmark of the PDF books: the demo plan and synthetic plans of 200 and 300 programmes
// (full ten-year roadmap, all 18 sub-dimensions, long texts), each in a fresh process.
// Usage: node bench/documents.bench.mjs [--paper a4|f4]
// Goal (issue 5): the 200-programme plan's five books in < 10 s and < 500 MB; each further
// 100 programmes adds < 3 s.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const paper = process.argv.includes('--paper')
  ? process.argv[process.argv.indexOf('--paper') + 1]
  : 'a4';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rancang-bench-'));
const bundle = path.join(dir, 'entry.cjs');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['pdfmake'],
  logLevel: 'warning',
};
await build({
  ...common,
  entryPoints: [path.join(root, 'main/core/documents/worker.ts')],
  outfile: path.join(dir, 'documents-worker.cjs'),
});
await build({
  entryPoints: [path.join(root, 'bench/documents.bench-entry.ts')],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  outfile: bundle,
  external: ['pdfmake'],
  logLevel: 'warning',
});

const scenarios = [
  ['demo plan (27 programmes)', 0],
  ['synthetic, 200 programmes', 200],
  ['synthetic, 300 programmes', 300],
];
const results = [];
for (const [name, n] of scenarios) {
  const out = execFileSync(
    process.execPath,
    [bundle, path.join(root, 'resources'), String(n), paper],
    {
      encoding: 'utf8',
      env: { ...process.env, NODE_PATH: path.join(root, 'node_modules') },
    },
  );
  const r = JSON.parse(out.trim().split('\n').pop());
  results.push({ name, ...r });
  console.log(
    `${name.padEnd(28)} ${r.seconds.toFixed(2).padStart(6)} s  peak ${r.peakMb.toFixed(0).padStart(4)} MB  ` +
      `pages ${r.pages.join('/')} (buku1/buku2/buku3/ringkasan/perbup)  ${r.megabytes.toFixed(1)} MB of PDF`,
  );
}
const [, big, bigger] = results;
console.log(
  `200 programmes: ${big.seconds < 10 ? 'within' : 'OVER'} 10 s, ${big.peakMb < 500 ? 'within' : 'OVER'} 500 MB; ` +
    `+100 programmes: +${(bigger.seconds - big.seconds).toFixed(2)} s (${bigger.seconds - big.seconds < 3 ? 'within' : 'OVER'} 3 s)`,
);
fs.rmSync(dir, { recursive: true, force: true });
