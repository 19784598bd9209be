#!/usr/bin/env node
// `npx rancang` entry: runs the built CLI (npm ci builds it in `prepare`).
const path = require('node:path');
const fs = require('node:fs');

const cli = path.resolve(__dirname, '..', '..', 'out', 'main', 'cli.cjs');
if (!fs.existsSync(cli)) {
  process.stderr.write('Rancang belum dibangun: jalankan `npm run build` terlebih dahulu.\n');
  process.exit(1);
}
require(cli).main();
