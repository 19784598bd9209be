/**
 * Where an installation keeps its store: the platform's usual app-data folder, the same for the
 * desktop app, browser mode and the CLI. `--data-dir` or RANCANG_DATA_DIR override it.
 */
import os from 'node:os';
import path from 'node:path';

export const APP_NAME = 'Rancang';
export const STORE_FILE = 'rancang.sqlite';

export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = os.homedir(),
): string {
  if (platform === 'win32') {
    return path.win32.join(env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming'), APP_NAME);
  }
  if (platform === 'darwin')
    return path.posix.join(home, 'Library', 'Application Support', APP_NAME);
  return path.posix.join(env.XDG_CONFIG_HOME || path.posix.join(home, '.config'), APP_NAME);
}

/** The data directory after applying the override order: flag, environment, platform default. */
export function resolveDataDir(
  flag: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): string {
  if (flag) return path.resolve(flag);
  if (env.RANCANG_DATA_DIR) return path.resolve(env.RANCANG_DATA_DIR);
  return defaultDataDir(process.platform, env);
}
