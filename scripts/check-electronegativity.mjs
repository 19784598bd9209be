// Runs electronegativity over the app's sources and fails on any finding that is not explained in
// scripts/electronegativity-allowlist.json. The tool itself exits 0 whatever it finds, and skips
// .cts files, so the sources are staged first (preload.cts as .ts) and its results are read here.
// Usage: node scripts/check-electronegativity.mjs   (reports in reports/electronegativity/)
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));
const reportDir = path.join(root, 'reports', 'electronegativity');
const stageDir = path.join(reportDir, 'input');
const allowListFile = path.join(root, 'scripts', 'electronegativity-allowlist.json');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const electronVersion = pkg.devDependencies.electron;

function fail(message) {
  console.error(`check-electronegativity: ${message}`);
  process.exit(1);
}

/** Copies what ships (main process, preload, UI sources) and remembers each file's real path. */
function stage() {
  fs.rmSync(stageDir, { recursive: true, force: true });
  const original = new Map();
  const copy = (relative) => {
    const staged = relative.replace(/\.(cts|mts)$/, '.ts');
    fs.mkdirSync(path.dirname(path.join(stageDir, staged)), { recursive: true });
    fs.copyFileSync(path.join(root, relative), path.join(stageDir, staged));
    original.set(staged, relative);
  };
  const walk = (dir) => {
    for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const relative = path.posix.join(dir, entry.name);
      if (entry.isDirectory()) walk(relative);
      else if (/\.(ts|tsx|cts|mts|html)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
        copy(relative);
    }
  };
  walk('main');
  walk('renderer/src');
  copy('renderer/index.html');
  copy('package.json');
  return original;
}

function readAllowList() {
  let entries;
  try {
    entries = JSON.parse(fs.readFileSync(allowListFile, 'utf8')).allowed;
  } catch (error) {
    fail(`cannot read ${path.relative(root, allowListFile)}: ${error.message}`);
  }
  if (!Array.isArray(entries)) fail('the allow-list needs an "allowed" array');
  entries.forEach((entry, index) => {
    if (typeof entry.id !== 'string' || typeof entry.file !== 'string')
      fail(`allow-list entry ${index} needs "id" and "file"`);
    if (typeof entry.reason !== 'string' || entry.reason.trim().length < 40) {
      fail(
        `allow-list entry ${index} (${entry.id} in ${entry.file}) needs a written "reason" (40 characters at least)`,
      );
    }
  });
  return entries;
}

/** Runs the scanner with its chatter (translation and release downloads that fail offline) kept in a log. */
async function scan() {
  const run = require('@doyensec/electronegativity');
  const log = [];
  const saved = { log: console.log, warn: console.warn, info: console.info };
  console.log = console.warn = console.info = (...args) => log.push(args.join(' '));
  try {
    return await run({
      input: stageDir,
      output: path.join(reportDir, 'electronegativity.sarif'),
      isSarif: true,
      isRelative: true,
      electronVersionOverride: electronVersion,
      customScan: [],
      excludeFromScan: [],
      parserPlugins: [],
    });
  } finally {
    Object.assign(console, saved);
    fs.writeFileSync(path.join(reportDir, 'scan.log'), log.join('\n') + '\n');
  }
}

fs.mkdirSync(reportDir, { recursive: true });
const original = stage();
const allowList = readAllowList();
const result = await scan();

const toOriginal = (file) =>
  original.get(path.relative(stageDir, path.resolve(stageDir, file)).split(path.sep).join('/')) ??
  file;
const findings = [
  ...result.issues.map((issue) => ({
    id: issue.id,
    file: toOriginal(issue.file),
    line: issue.location?.line ?? 0,
    sample: String(issue.sample ?? '').trim(),
    description: issue.description,
  })),
  // A file the scanner could not parse is a file nobody checked.
  ...result.errors
    .filter((error) => !error.tolerable)
    .map((error) => ({
      id: 'PARSE_ERROR',
      file: toOriginal(error.file),
      line: 0,
      sample: '',
      description: error.message,
    })),
];

const used = new Set();
const unexplained = findings.filter((finding) => {
  const index = allowList.findIndex(
    (entry) =>
      entry.id === finding.id &&
      entry.file === finding.file &&
      (!entry.sample || finding.sample.includes(entry.sample)),
  );
  if (index >= 0) used.add(index);
  return index < 0;
});
const stale = allowList.filter((_entry, index) => !used.has(index));

fs.writeFileSync(
  path.join(reportDir, 'findings.json'),
  JSON.stringify({ electronVersion, findings, unexplained, stale }, null, 2) + '\n',
);

for (const finding of unexplained) {
  console.error(
    `  ${finding.id}  ${finding.file}:${finding.line}  ${finding.sample}\n    ${finding.description}`,
  );
}
for (const entry of stale) {
  console.error(
    `  allow-list entry matches nothing any more, remove it: ${entry.id} in ${entry.file}`,
  );
}
const summary = `${findings.length} finding(s) in ${original.size} files with ${result.atomicChecks + result.globalChecks} checks (Electron ${electronVersion})`;
if (unexplained.length > 0 || stale.length > 0) {
  fail(
    `${summary}: ${unexplained.length} not explained, ${stale.length} stale allow-list entr${stale.length === 1 ? 'y' : 'ies'}. See reports/electronegativity/.`,
  );
}
console.log(
  `check-electronegativity: ${summary}, all explained in scripts/electronegativity-allowlist.json.`,
);
