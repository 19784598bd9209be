/**
 * Browser mode: the core behind the loopback HTTP host, the UI in the user's own browser.
 * `node out/main/browser.cjs [--port N] [--no-open] [--data-dir DIR]`
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createI18n } from '../shared/i18n';
import { createCore } from './core/app';
import { resolveDataDir } from './core/paths';
import { startHttpHost } from './rpc/http-host';
import { APP_VERSION } from './version';

/** Opens a URL in the default browser; failures are reported, not fatal. */
function openInBrowser(url: string): void {
  const [command, args] =
    process.platform === 'win32'
      ? ['rundll32', ['url.dll,FileProtocolHandler', url]]
      : process.platform === 'darwin'
        ? ['open', [url]]
        : ['xdg-open', [url]];
  try {
    const child = spawn(command, args as string[], { detached: true, stdio: 'ignore' });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // The address is printed; the user can open it by hand.
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '0' },
      'no-open': { type: 'boolean', default: false },
      'data-dir': { type: 'string' },
    },
    strict: true,
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`Rancang: --port ${values.port}?\n`);
    process.exit(2);
  }
  const root = path.resolve(__dirname, '..', '..');
  const dataDir = resolveDataDir(values['data-dir']);
  const core = await createCore({
    dataDir,
    resourcesDir: path.join(root, 'resources'),
    host: 'browser',
    version: APP_VERSION,
  });
  const host = await startHttpHost({
    dispatch: core.dispatch,
    uiDir: path.join(root, 'out', 'renderer'),
    port,
  });
  const { t } = createI18n((await core.settings()).language);
  process.stdout.write(
    `${t('host.browserReady', { url: host.openUrl })}\n${t('host.dataDir', { dataDir })}\n${t('host.stop')}\n`,
  );
  if (!values['no-open']) openInBrowser(host.openUrl);

  const shutdown = () => {
    void host
      .close()
      .then(() => core.close())
      .finally(() => process.exit(0));
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  const info = (
    error as { toInfo?: () => { message: string; params?: Record<string, string | number> } }
  ).toInfo?.();
  const { t } = createI18n('id');
  process.stderr.write(
    `${info ? t(info.message as 'errors.internal', info.params ?? {}) : String((error as Error).message)}\n`,
  );
  process.exit(1);
});
