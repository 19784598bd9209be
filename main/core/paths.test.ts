import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir, resolveDataDir } from './paths';

describe('data directory', () => {
  it('uses the platform app-data folder', () => {
    expect(
      defaultDataDir('win32', { APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' }, 'C:\\Users\\ana'),
    ).toBe('C:\\Users\\ana\\AppData\\Roaming\\Rancang');
    expect(defaultDataDir('darwin', {}, '/Users/ana')).toBe(
      '/Users/ana/Library/Application Support/Rancang',
    );
    expect(defaultDataDir('linux', {}, '/home/ana')).toBe('/home/ana/.config/Rancang');
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/x' }, '/home/ana')).toBe('/x/Rancang');
  });

  it('prefers --data-dir, then RANCANG_DATA_DIR', () => {
    expect(resolveDataDir('/a', { RANCANG_DATA_DIR: '/b' })).toBe(path.resolve('/a'));
    expect(resolveDataDir(undefined, { RANCANG_DATA_DIR: '/b' })).toBe(path.resolve('/b'));
  });
});
