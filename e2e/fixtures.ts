/**
 * The `app` fixture: a fresh browser-mode host with its own data directory per test, and a
 * page opened on it with Debian's Chromium. (An Electron launch target can be added here when
 * the binary is present; journeys stay the same.)
 */
import { test as base, expect, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');

export interface AppHost {
  url: string;
  dataDir: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** Starts browser mode on a random port and resolves with the address it prints. */
export async function startHost(dataDir: string): Promise<AppHost> {
  const child = spawn(
    process.execPath,
    [path.join(ROOT, 'out/main/browser.cjs'), '--no-open', '--port', '0', '--data-dir', dataDir],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`browser mode did not start:\n${output}`)),
      20_000,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`browser mode exited with ${code}:\n${output}`)));
  });
  return {
    url,
    dataDir,
    process: child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export function newDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'rancang-e2e-'));
}

type Fixtures = { host: AppHost; app: Page };

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form
  host: async ({}, use) => {
    const host = await startHost(newDataDir());
    await use(host);
    await host.stop();
  },
  app: async ({ host, page }, use) => {
    await page.goto(host.url);
    await use(page);
  },
});

export { expect };

/** Waits until every edit is saved (the indicator says "Tersimpan"/"Saved"). */
export async function waitSaved(page: Page) {
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
}
