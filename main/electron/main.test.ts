/**
 * The shell's wiring, against a fake `electron` module and a fake core: what happens before
 * ready, the window, the protocol, IPC, menus, the single-instance lock and shutdown.
 */
import { EventEmitter } from 'node:events';
import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../shared/errors';

type Listener = (...args: any[]) => unknown;

const h = vi.hoisted(() => {
  /** Just enough of an EventEmitter, built here because vi.hoisted runs before any import. */
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
      listenerCount: (name: string) => listeners.get(name)?.length ?? 0,
    });
    return result;
  }

  function makeElectron(options: {
    lock: boolean;
    packaged: boolean;
    workArea: { width: number; height: number };
  }) {
    const windows: any[] = [];
    class BrowserWindow {
      options: any;
      minimized = false;
      loadURL = vi.fn(() => Promise.resolve());
      show = vi.fn();
      focus = vi.fn();
      restore = vi.fn();
      maximize = vi.fn();
      isMinimized = () => this.minimized;
      constructor(windowOptions: unknown) {
        this.options = windowOptions;
        emitter(this);
        windows.push(this);
      }
    }
    return {
      windows,
      app: emitter({
        isPackaged: options.packaged,
        setPath: vi.fn(),
        enableSandbox: vi.fn(),
        setAppUserModelId: vi.fn(),
        requestSingleInstanceLock: vi.fn(() => options.lock),
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
      },
      screen: { getPrimaryDisplay: () => ({ workAreaSize: options.workArea }) },
      session: {
        defaultSession: {
          setPermissionRequestHandler: vi.fn(),
          setPermissionCheckHandler: vi.fn(),
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

// Mocked modules survive vi.resetModules: delegate to the fake of the current test.
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

function fakeCore() {
  return {
    dispatch: vi.fn(() => Promise.resolve({ ok: true, value: 'dispatched' })),
    events: new EventEmitter(),
    settings: vi.fn(() => Promise.resolve({ language: 'id' })),
    close: vi.fn(() => Promise.resolve()),
  };
}

const savedArgv = process.argv;
const savedBinding = process.env.RANCANG_SQLITE_BINDING;
let core: ReturnType<typeof fakeCore>;

async function launch(
  options: {
    lock?: boolean;
    packaged?: boolean;
    workArea?: { width: number; height: number };
    argv?: string[];
  } = {},
) {
  h.electron = h.makeElectron({
    lock: options.lock ?? true,
    packaged: options.packaged ?? false,
    workArea: options.workArea ?? { width: 1920, height: 1040 },
  });
  process.argv = ['/usr/bin/electron', '.', ...(options.argv ?? [])];
  const main = await import('./main');
  return { electron: h.electron, main };
}

async function launched(options: Parameters<typeof launch>[0] = {}) {
  const started = await launch(options);
  await vi.waitFor(() => expect(started.electron.windows).toHaveLength(1));
  return started;
}

function menuLabels(electron: typeof h.electron): string[] {
  const template = electron.Menu.buildFromTemplate.mock
    .lastCall?.[0] as MenuItemConstructorOptions[];
  return template.map((item) => String(item.label));
}

beforeEach(() => {
  vi.resetModules();
  core = fakeCore();
  h.createCore.mockReset();
  h.createCore.mockImplementation(() => Promise.resolve(core));
});

afterEach(() => {
  vi.restoreAllMocks();
  process.argv = savedArgv;
  if (savedBinding === undefined) delete process.env.RANCANG_SQLITE_BINDING;
  else process.env.RANCANG_SQLITE_BINDING = savedBinding;
});

describe('before ready', () => {
  it('uses the shared data folder, registers app:// as privileged and sandboxes every renderer', async () => {
    const { electron } = await launched({ argv: ['--data-dir=/tmp/rancang-x'] });
    expect(electron.app.setPath).toHaveBeenCalledWith('userData', path.resolve('/tmp/rancang-x'));
    expect(electron.app.enableSandbox).toHaveBeenCalled();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(h.createCore).toHaveBeenCalledWith(
      expect.objectContaining({ dataDir: path.resolve('/tmp/rancang-x'), host: 'electron' }),
    );
  });

  it('quits at once when another instance holds the lock', async () => {
    const { electron } = await launch({ lock: false });
    expect(electron.app.quit).toHaveBeenCalled();
    expect(electron.app.whenReady).not.toHaveBeenCalled();
    expect(h.createCore).not.toHaveBeenCalled();
  });
});

describe('the window', () => {
  it('opens one secure window on app://rancang, shown when ready', async () => {
    const { electron } = await launched();
    const [window] = electron.windows;
    expect(window.options).toMatchObject({
      width: 1366,
      height: 768,
      minWidth: 1024,
      minHeight: 640,
      show: false,
      title: 'Rancang',
    });
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    });
    expect(window.options.webPreferences.preload).toMatch(/preload[\\/]preload\.cjs$/);
    expect(window.loadURL).toHaveBeenCalledWith('app://rancang/index.html');
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalled();
  });

  it('fills a 1366×768 office screen instead of overflowing it', async () => {
    const { electron } = await launched({ workArea: { width: 1366, height: 728 } });
    const [window] = electron.windows;
    expect(window.options).toMatchObject({ width: 1366, height: 728 });
    window.emit('ready-to-show');
    expect(window.maximize).toHaveBeenCalled();
  });

  it('brings the window back when a second instance starts', async () => {
    const { electron } = await launched();
    const [window] = electron.windows;
    window.minimized = true;
    electron.app.emit('second-instance', {}, [], '/');
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });

  it('installs the guards on the default session', async () => {
    const { electron } = await launched();
    expect(electron.app.listenerCount('web-contents-created')).toBe(1);
    expect(electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(electron.session.defaultSession.setPermissionCheckHandler).toHaveBeenCalled();
  });
});

describe('protocol and IPC', () => {
  it('serves the UI through app:// only', async () => {
    const { electron } = await launched();
    const [scheme, handler] = electron.protocol.handle.mock.calls[0] as [
      string,
      (request: Request) => Promise<Response>,
    ];
    expect(scheme).toBe('app');
    expect((await handler(new Request('app://rancang/%2e%2e%2fpackage.json'))).status).toBe(404);
  });

  it('dispatches calls from the app frame and refuses the others', async () => {
    const { electron } = await launched();
    const [channel, handler] = electron.ipcMain.handle.mock.calls[0] as [string, Listener];
    expect(channel).toBe('rancang:invoke');
    const forbidden = await handler(
      { senderFrame: { url: 'https://evil.example/', parent: null } },
      'plans.list',
      {},
    );
    expect(forbidden).toMatchObject({ ok: false, error: { code: 'rpc.forbidden' } });
    expect(core.dispatch).not.toHaveBeenCalled();
    const allowed = await handler(
      { senderFrame: { url: 'app://rancang/index.html', parent: null } },
      'plans.list',
      {},
    );
    expect(allowed).toEqual({ ok: true, value: 'dispatched' });
    expect(core.dispatch).toHaveBeenCalledWith('plans.list', {});
  });
});

describe('menus', () => {
  it('speaks the stored language and follows a language change', async () => {
    const { electron } = await launched();
    expect(menuLabels(electron)).toEqual(['Berkas', 'Sunting', 'Tampilan', 'Bantuan']);
    core.events.emit('settings-changed', { language: 'en' });
    expect(menuLabels(electron)).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledTimes(2);
  });
});

describe('start-up failures and shutdown', () => {
  it('explains a store from a newer version in Indonesian and exits', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    h.createCore.mockImplementation(() =>
      Promise.reject(new AppError('store.newerVersion', { file: '/data/rancang.sqlite' })),
    );
    const { electron } = await launch();
    await vi.waitFor(() => expect(electron.app.exit).toHaveBeenCalledWith(1));
    const [title, message] = electron.dialog.showErrorBox.mock.calls[0] as [string, string];
    expect(title).toBe('Rancang');
    expect(message).toContain('/data/rancang.sqlite');
    expect(message).toContain('versi Rancang yang lebih baru');
    expect(electron.windows).toHaveLength(0);
  });

  it('closes the store before the process ends', async () => {
    const { electron } = await launched();
    const event = { preventDefault: vi.fn() };
    electron.app.emit('will-quit', event);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(core.close).toHaveBeenCalledOnce();
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalled());
    const again = { preventDefault: vi.fn() };
    electron.app.emit('will-quit', again);
    expect(again.preventDefault).not.toHaveBeenCalled();
    expect(core.close).toHaveBeenCalledOnce();
  });

  it('uses a development SQLite binding only when not packaged', async () => {
    process.env.RANCANG_SQLITE_BINDING = '/cache/better_sqlite3.node';
    await launched();
    expect(h.createCore).toHaveBeenLastCalledWith(
      expect.objectContaining({ nativeBinding: '/cache/better_sqlite3.node' }),
    );
    vi.resetModules();
    await launched({ packaged: true });
    expect(h.createCore.mock.lastCall?.[0]).not.toHaveProperty('nativeBinding');
  });
});

describe('helpers', () => {
  it('reads --data-dir in both spellings', async () => {
    const { main } = await launch();
    expect(main.dataDirFlag(['.', '--data-dir=/a'])).toBe('/a');
    expect(main.dataDirFlag(['.', '--data-dir', '/b'])).toBe('/b');
    expect(main.dataDirFlag(['.', '--no-open'])).toBeUndefined();
  });

  it('explains an unexpected start-up error without hiding its message', async () => {
    const { main } = await launch();
    const message = main.startupMessage(new Error('EACCES: permission denied'));
    expect(message).toContain('Rancang tidak dapat dimulai');
    expect(message).toContain('EACCES: permission denied');
  });
});
