/** Test helpers: a real core on a temporary data directory. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore, type Core, type CoreOptions } from '../core/app';

export const RESOURCES_DIR = path.resolve(__dirname, '..', '..', 'resources');

export function tempDir(prefix = 'rancang-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export async function testCore(options: Partial<CoreOptions> = {}): Promise<Core> {
  return createCore({
    dataDir: options.dataDir ?? tempDir(),
    resourcesDir: RESOURCES_DIR,
    host: 'test',
    version: 'test',
    seedDemo: false,
    ...options,
  });
}

/** Calls a method and fails the test with the error code when the core answers an error. */
export async function call<T = any>(core: Core, method: string, input: unknown = {}): Promise<T> {
  const result = await core.dispatch(method, input);
  if (!result.ok)
    throw new Error(
      `${method} failed: ${result.error.code} ${JSON.stringify(result.error.params ?? {})}`,
    );
  return result.value as T;
}
