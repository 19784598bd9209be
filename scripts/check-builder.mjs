// Validates electron-builder.yml offline: electron-builder's own schema check (it has no CLI for
// that short of building, which needs the network) plus the invariants this project relies on.
// Usage: node scripts/check-builder.mjs [path/to/electron-builder.yml]
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));
const file = path.resolve(root, process.argv[2] ?? 'electron-builder.yml');

const EXPECTED_FUSES = {
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  enableCookieEncryption: true,
  grantFileProtocolExtraPrivileges: false,
  loadBrowserProcessSpecificV8Snapshot: false,
};

function fail(message) {
  console.error(`check-builder: ${path.relative(root, file)}: ${message}`);
  process.exit(1);
}

let config;
try {
  config = require('js-yaml').load(fs.readFileSync(file, 'utf8'));
} catch (error) {
  fail(`cannot be read as YAML: ${error.message}`);
}
if (config === null || typeof config !== 'object') fail('is empty or not a mapping');

// Internal API (not exported from the package root): validateConfiguration(config, debugLogger).
const { validateConfiguration } = require('app-builder-lib/out/util/config/config');
const { DebugLogger } = require('builder-util');
try {
  // The validator may normalise what it is given; keep our copy intact for the checks below.
  await validateConfiguration(structuredClone(config), new DebugLogger(false));
} catch (error) {
  fail(`invalid for electron-builder:\n${error.message}`);
}

const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const targetsOf = (platform) =>
  (config[platform]?.target ?? []).map((t) => (typeof t === 'string' ? t : t.target));
const problems = [];
const expect = (ok, message) => ok || problems.push(message);

expect(
  config.npmRebuild === false,
  'npmRebuild must be false (CI must never rebuild native modules for Electron)',
);
expect(config.nodeGypRebuild === false, 'nodeGypRebuild must be false');
expect(config.asar === true, 'asar must be true (the onlyLoadAppFromAsar fuse needs it)');
expect(
  config.electronVersion === pkg.devDependencies?.electron,
  `electronVersion must equal package.json's electron (${pkg.devDependencies?.electron})`,
);
expect(
  config.appId === 'id.rancang.app',
  'appId must be id.rancang.app (main.ts uses it as the Windows AppUserModelID)',
);
for (const [fuse, value] of Object.entries(EXPECTED_FUSES)) {
  expect(config.electronFuses?.[fuse] === value, `electronFuses.${fuse} must be ${value}`);
}
expect(config.nsis?.perMachine === false, 'nsis.perMachine must be false (per-user install)');
expect(config.nsis?.allowElevation === false, 'nsis.allowElevation must be false (no admin)');
expect(
  config.nsis?.deleteAppDataOnUninstall !== true,
  "nsis.deleteAppDataOnUninstall would delete the planners' store",
);
expect(
  ['nsis', 'portable'].every((t) => targetsOf('win').includes(t)),
  'win targets must include nsis and portable',
);
expect(
  ['AppImage', 'deb'].every((t) => targetsOf('linux').includes(t)),
  'linux targets must include AppImage and deb',
);
expect(config.files?.includes('!**/*.map'), 'files must exclude source maps (!**/*.map)');

if (problems.length > 0) fail(`\n  - ${problems.join('\n  - ')}`);
const builderVersion = require('app-builder-lib/package.json').version;
console.log(
  `check-builder: ${path.relative(root, file)} is valid for electron-builder ${builderVersion}; fuses, rebuild and installer invariants hold.`,
);
