// Finds the Electron binary, fetching it once with Electron's own installer when it is missing.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const DOWNLOAD_TIMEOUT_MS = 5 * 60_000;

/** The binary's path, or null. The `electron` package exports it, and throws when it is absent. */
export function findElectron(root) {
  try {
    const binary = createRequire(path.join(root, 'package.json'))('electron');
    return typeof binary === 'string' && fs.existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

/** Why Electron cannot show a window here, or null when it can. */
export function displayProblem(platform = process.platform, env = process.env) {
  if (platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY)
    return 'tidak ada layar grafis: DISPLAY dan WAYLAND_DISPLAY kosong';
  return null;
}

/**
 * Tries once to download the binary (install.js honours ELECTRON_MIRROR and the usual proxy
 * settings). Returns the binary's path or the reason it is still missing.
 */
export function fetchElectronOnce(root, version) {
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD)
    return { reason: 'unduhan dilewati karena ELECTRON_SKIP_BINARY_DOWNLOAD' };
  console.log(`Rancang: mengunduh Electron ${version} (sekali saja)…`);
  const result = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules', 'electron', 'install.js')],
    {
      cwd: root,
      stdio: ['ignore', 'ignore', 'pipe'],
      timeout: DOWNLOAD_TIMEOUT_MS,
      encoding: 'utf8',
    },
  );
  const binary = findElectron(root);
  if (binary) return { binary };
  if (result.error?.code === 'ETIMEDOUT')
    return { reason: 'unduhan Electron melewati batas waktu' };
  const cause = (result.stderr ?? '')
    .split('\n')
    .find((line) => /error/i.test(line))
    ?.trim();
  return {
    reason: `biner Electron belum terpasang dan gagal diunduh${cause ? `: ${cause.slice(0, 120)}` : ''}`,
  };
}

/** Null when the binary starts (shared libraries present), else why not. Runs it as plain Node. */
export function probeElectron(binary) {
  const result = spawnSync(binary, ['-p', 'process.versions.electron'], {
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 30_000,
    encoding: 'utf8',
  });
  if (result.status === 0) return null;
  const detail = (result.stderr || result.error?.message || `kode keluar ${result.status}`)
    .trim()
    .split('\n')[0];
  return `biner Electron tidak dapat dijalankan: ${detail.slice(0, 120)}`;
}
