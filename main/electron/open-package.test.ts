/**
 * Opening packages in the desktop shell, against a fake `electron` module and a fake core: the
 * File menu item, a package path in argv at start, in a second instance, and macOS open-file.
 */
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createI18n } from '../../shared/i18n';
import { tempDir } from '../test/helpers';
import { buildMenuTemplate } from './menu';
import { createPackageOpener, packagePathsFromArgv } from './open-package';

type Listener = (...args: any[]) => unknown;

const h = vi.hoisted(() => {
  function emitter<T extends object>(target: T) {
    const listeners = new Map<string, Listener[]>();
    const add = (name: string, listener: Listener) => {
      listeners.set(name, [...(listeners.get(name) ?? []), listener]);
      return result;
    };
    const result = Object.assign(target, {
      on: add,
      once: add,
      emit: (name: string, ...args: unknown[]) =>
        (listeners.get(name) ?? []).forEach((listener) => listener(...args)),
    });
    return result;
  }
  function makeElectron(openDialogResult: { canceled: boolean; filePaths: string[] }) {
    const windows: any[] = [];
    class BrowserWindow {
      loadURL = vi.fn(() => Promise.resolve());
      show = vi.fn();
      focus = vi.fn();
      restore = vi.fn();
      maximize = vi.fn();
      isMinimized = () => false;
      constructor() {
        emitter(this);
        windows.push(this);
      }
    }
    return {
      windows,
      app: emitter({
        isPackaged: false,
        setPath: vi.fn(),
        enableSandbox: vi.fn(),
        setAppUserModelId: vi.fn(),
        requestSingleInstanceLock: vi.fn(() => true),
        whenReady: vi.fn(() => Promise.resolve()),
        quit: vi.fn(),
        exit: vi.fn(),
      }),
      BrowserWindow,
      protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
      ipcMain: { handle: vi.fn() },
      Menu: {
        buildFromTemplate: vi.fn((template: unknown) => ({ template })),
        setApplicationMenu: vi.fn(),
      },
      dialog: {
        showErrorBox: vi.fn(),
        showMessageBox: vi.fn(() => Promise.resolve({ response: 0 })),
        showOpenDialog: vi.fn(() => Promise.resolve(openDialogResult)),
      },
      screen: { getPrimaryDisplay: () => ({ workAreaSize: { width: 1920, height: 1040 } }) },
      session: {
        defaultSession: {
          setPermissionRequestHandler: vi.fn(),
          setPermissionCheckHandler: vi.fn(),
          webRequest: { onHeadersReceived: vi.fn() },
        },
      },
      shell: { openExternal: vi.fn(() => Promise.resolve()) },
    };
  }
  return {
    makeElectron,
    electron: undefined as unknown as ReturnType<typeof makeElectron>,
    createCore: vi.fn(),
  };
});

vi.mock('electron', () => {
  const names = [
    'app',
    'BrowserWindow',
    'protocol',
    'ipcMain',
    'Menu',
    'dialog',
    'screen',
    'session',
    'shell',
  ] as const;
  return Object.defineProperties(
    {},
    Object.fromEntries(
      names.map((name) => [name, { enumerable: true, get: () => h.electron[name] }]),
    ),
  );
});
vi.mock('../core/app', () => ({ createCore: h.createCore }));

const savedArgv = process.argv;
const PACKAGE_URL = /^app:\/\/rancang\/index\.html#\/open-package\/([0-9a-f-]{36})$/;

function packageFile(name = 'rencana.rancang', bytes = Buffer.from('PK\u0005\u0006 isi paket')) {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, bytes);
  return { file, bytes };
}

async function launch(argv: string[] = [], dialogPick: string[] = []) {
  h.electron = h.makeElectron({ canceled: dialogPick.length === 0, filePaths: dialogPick });
  process.argv = ['/usr/bin/electron', '.', ...argv];
  await import('./main');
  await vi.waitFor(() => expect(h.electron.windows).toHaveLength(1));
  return h.electron;
}

/** The token in the last URL the window loaded, and the package staged under it. */
async function lastOpened(window: { loadURL: { mock: { lastCall?: unknown[] } } }) {
  const url = String(window.loadURL.mock.lastCall?.[0]);
  const token = PACKAGE_URL.exec(url)?.[1];
  expect(token, url).toBeTruthy();
  // The module instance main.ts loaded (modules are reset between tests).
  const { takePending } = await import('../core/packages/pending');
  return takePending(token!);
}

beforeEach(() => {
  vi.resetModules();
  h.createCore.mockReset();
  h.createCore.mockImplementation(() =>
    Promise.resolve({
      dispatch: vi.fn(),
      events: new EventEmitter(),
      settings: vi.fn(() => Promise.resolve({ language: 'id' })),
      close: vi.fn(() => Promise.resolve()),
    }),
  );
});

afterEach(() => {
  process.argv = savedArgv;
});

describe('package paths and the opener', () => {
  it('finds package paths among arguments, skipping flags', () => {
    expect(
      packagePathsFromArgv(['--data-dir', '/x', 'C:\\Users\\rina\\Rencana.RANCANG', '--json']),
    ).toEqual(['C:\\Users\\rina\\Rencana.RANCANG']);
    expect(packagePathsFromArgv(['.', '--inspect'])).toEqual([]);
  });

  it('refuses a file it cannot read or that is too big, with a message', () => {
    const showError = vi.fn();
    const opener = createPackageOpener({
      stage: vi.fn(),
      show: vi.fn(),
      showError,
      message: (key) => key,
      fileSize: (file) => (file.endsWith('big.rancang') ? 400 * 1024 * 1024 : 10),
      readFile: () => {
        throw new Error('EACCES');
      },
    });
    expect(opener.open('/x/big.rancang')).toBe(false);
    expect(opener.open('/x/locked.rancang')).toBe(false);
    expect(showError.mock.calls).toEqual([['tooBig'], ['unreadable']]);
  });
});

describe('File menu', () => {
  it('has "Buka paket…" (Ctrl+O) when the shell can open packages', () => {
    const onOpenPackage = vi.fn();
    const { t } = createI18n('id');
    const template = buildMenuTemplate((key) => t(key), {
      isMac: false,
      onHome: vi.fn(),
      onAbout: vi.fn(),
      onOpenPackage,
    });
    const file = (template[0]!.submenu as MenuItemConstructorOptions[]).find(
      (item) => item.label === 'Buka paket…',
    );
    expect(file?.accelerator).toBe('CmdOrCtrl+O');
    (file!.click as () => void)();
    expect(onOpenPackage).toHaveBeenCalledOnce();
  });
});

describe('opening packages in the desktop app', () => {
  it('opens a package given on the command line (file association) when the window opens', async () => {
    const { file, bytes } = packageFile();
    const electron = await launch([file]);
    expect(await lastOpened(electron.windows[0])).toEqual({
      fileName: 'rencana.rancang',
      data: bytes.toString('base64'),
    });
  });

  it('opens a package double-clicked while the app runs (second instance), in the same window', async () => {
    const electron = await launch();
    const { file, bytes } = packageFile('kedua.rancang');
    electron.app.emit('second-instance', {}, ['/usr/bin/rancang', file], '/');
    expect(electron.windows).toHaveLength(1);
    expect(electron.windows[0].focus).toHaveBeenCalled();
    expect((await lastOpened(electron.windows[0])).data).toBe(bytes.toString('base64'));
  });

  it('opens a package handed over by macOS open-file', async () => {
    const electron = await launch();
    const { file } = packageFile('mac.rancang');
    const event = { preventDefault: vi.fn() };
    electron.app.emit('open-file', event, file);
    expect(event.preventDefault).toHaveBeenCalled();
    expect((await lastOpened(electron.windows[0])).fileName).toBe('mac.rancang');
  });

  it('opens the package picked from File › Buka paket…', async () => {
    const { file } = packageFile('dipilih.rancang');
    const electron = await launch([], [file]);
    const template = electron.Menu.buildFromTemplate.mock
      .lastCall?.[0] as unknown as MenuItemConstructorOptions[];
    const item = (template[0]!.submenu as MenuItemConstructorOptions[]).find(
      (entry) => entry.label === 'Buka paket…',
    );
    (item!.click as () => void)();
    await vi.waitFor(() => expect(electron.dialog.showOpenDialog).toHaveBeenCalled());
    expect(
      (electron.dialog.showOpenDialog.mock.lastCall as unknown[] | undefined)?.[1],
    ).toMatchObject({
      filters: [{ name: 'Paket Rancang', extensions: ['rancang'] }],
    });
    await vi.waitFor(() => expect(electron.windows[0].loadURL.mock.calls.length).toBe(2));
    expect((await lastOpened(electron.windows[0])).fileName).toBe('dipilih.rancang');
  });

  it('says so in a dialog when the file cannot be read', async () => {
    const electron = await launch();
    electron.app.emit('open-file', { preventDefault: vi.fn() }, '/nonexistent/hilang.rancang');
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith(
      'Rancang',
      expect.stringMatching(/bukan paket Rancang yang utuh/),
    );
  });
});
