// Benchmark of plan packages: export (build, sign, atomic write), verify (open, check every
// hash and the signature, validate the plan) and import (into a fresh store, one transaction)
// of a large synthetic plan with its five PDF books.
// Usage: node bench/packages.bench.mjs [--programmes 300]
// Goal (issue 6): each step under 2 s. (Rendering the PDFs is H5's and timed apart.)
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const flag = process.argv.indexOf('--programmes');
const programmes = flag > 0 ? process.argv[flag + 1] : '300';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rancang-bench-'));
const bundle = path.join(dir, 'entry.cjs');
await build({
  entryPoints: [path.join(root, 'bench/packages.bench-entry.ts')],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  outfile: bundle,
  external: ['pdfmake', 'better-sqlite3', 'exceljs'],
  logLevel: 'warning',
});
const out = execFileSync(process.execPath, [bundle, path.join(root, 'resources'), programmes], {
  encoding: 'utf8',
  env: { ...process.env, NODE_PATH: path.join(root, 'node_modules') },
});
const r = JSON.parse(out.trim().split('\n').pop());
const s = (x) => `${x.toFixed(2)} s`;
console.log(
  `plan: ${r.programmes} programmes, ${r.budgets} budget rows, ${r.rpjmdItems} RPJMD items, ` +
    `${r.comments} comments, ${r.pdfs} PDFs; package ${r.megabytes.toFixed(1)} MB (${r.verdict})`,
);
console.log(`PDF rendering (not part of the goal)  ${s(r.pdfSeconds)}`);
for (const [name, seconds] of [
  ['export', r.exportSeconds],
  ['verify', r.verifySeconds],
  ['import', r.importSeconds],
]) {
  console.log(`${name.padEnd(37)} ${s(seconds)}  ${seconds < 2 ? 'within' : 'OVER'} 2 s`);
}
fs.rmSync(dir, { recursive: true, force: true });
