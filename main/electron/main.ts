/**
 * The desktop shell: one window over the same core as browser mode and the CLI. It stays thin;
 * the guards live in security.ts, the UI protocol in protocol.ts, the menu in menu.ts.
 */
import path from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  screen,
  session,
  shell,
} from 'electron';
import type { Language } from '../../shared/contract';
import { createI18n } from '../../shared/i18n';
import { createCore } from '../core/app';
import { setDocumentsShell } from '../core/documents/shell-port';
import { stagePackage } from '../core/packages/pending';
import { resolveDataDir } from '../core/paths';
import { APP_VERSION } from '../version';
import { buildMenuTemplate } from './menu';
import { createPackageOpener, openDialogOptions, packagePathsFromArgv } from './open-package';
import { createAppProtocolHandler } from './protocol';
import {
  APP_ENTRY,
  APP_SCHEME,
  createInvokeHandler,
  createSecureWindow,
  INVOKE_CHANNEL,
  installGuards,
} from './security';

const DEFAULT_SIZE = { width: 1366, height: 768 };

/** `--data-dir=X` or `--data-dir X`, as the CLI and browser mode accept it. */
export function dataDirFlag(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg.startsWith('--data-dir=')) return arg.slice('--data-dir='.length) || undefined;
    if (arg === '--data-dir') return argv[i + 1];
  }
  return undefined;
}

/** The message of the error that kept the core from starting, in Indonesian (no settings yet). */
export function startupMessage(error: unknown): string {
  const { t } = createI18n('id');
  const info = (
    error as { toInfo?: () => { message: string; params?: Record<string, string | number> } }
  ).toInfo?.();
  if (info) return t(info.message as 'errors.internal', info.params ?? {});
  return t('errors.startFailed', { reason: String((error as Error)?.message ?? error) });
}

const dataDir = resolveDataDir(dataDirFlag(process.argv.slice(1)));
// Chromium's profile lives next to the store, so a second --data-dir is a second, separate app.
app.setPath('userData', dataDir);
app.enableSandbox();
// Windows groups taskbar entries and notifications by this id; it must match electron-builder's appId.
if (process.platform === 'win32') app.setAppUserModelId('id.rancang.app');
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

let mainWindow: BrowserWindow | null = null;
let language: Language = 'id';
/** A package opened before the window exists (file association at start, macOS open-file). */
let initialHash = '';
let ready = false;

const packages = createPackageOpener({
  stage: stagePackage,
  show: (hash) => {
    if (!mainWindow) {
      initialHash = hash;
      return;
    }
    // Only the fragment changes: the UI is not reloaded and keeps its state.
    void mainWindow.loadURL(`${APP_ENTRY}${hash}`);
    focusMainWindow();
  },
  showError: (message) => dialog.showErrorBox('Rancang', message),
  message: (key, params) => createI18n(language).t(`errors.package.${key}`, params),
});

function openPackageFromMenu(): void {
  const { t } = createI18n(language);
  const options = openDialogOptions(t('menu.openPackage'), t('menu.openPackageFilter'));
  void (
    mainWindow ? dialog.showOpenDialog(mainWindow, options) : dialog.showOpenDialog(options)
  ).then(({ canceled, filePaths }) => {
    if (!canceled && filePaths[0]) packages.open(filePaths[0]);
  });
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

function createMainWindow(): BrowserWindow {
  const area = screen.getPrimaryDisplay().workAreaSize;
  const window = createSecureWindow(
    BrowserWindow,
    {
      width: Math.min(DEFAULT_SIZE.width, area.width),
      height: Math.min(DEFAULT_SIZE.height, area.height),
      minWidth: 1024,
      minHeight: 640,
      show: false,
      title: 'Rancang',
      backgroundColor: '#ffffff',
    },
    path.join(__dirname, '..', 'preload', 'preload.cjs'),
    !app.isPackaged,
  );
  // On a 1366×768 office screen the default size does not fit beside the taskbar: fill it instead.
  const small = area.width <= DEFAULT_SIZE.width || area.height <= DEFAULT_SIZE.height;
  window.once('ready-to-show', () => (small ? window.maximize() : window.show()));
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  void window.loadURL(`${APP_ENTRY}${initialHash}`);
  initialHash = '';
  return window;
}

function setMenu(chosen: Language): void {
  language = chosen;
  const { t } = createI18n(language);
  const template = buildMenuTemplate((key) => t(key), {
    isMac: process.platform === 'darwin',
    devTools: !app.isPackaged,
    onHome: () => void mainWindow?.loadURL(`${APP_ENTRY}#/`),
    onOpenPackage: openPackageFromMenu,
    onAbout: () => {
      const options = {
        type: 'info' as const,
        title: t('menu.about'),
        message: 'Rancang',
        detail: t('menu.aboutDetail', { version: APP_VERSION, dataDir }),
      };
      void (mainWindow
        ? dialog.showMessageBox(mainWindow, options)
        : dialog.showMessageBox(options));
    },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

async function start(): Promise<void> {
  installGuards({ app, shell, session: session.defaultSession });
  // A better-sqlite3 build for Electron's ABI, made by scripts/start.mjs; packaged apps have their own.
  const nativeBinding = app.isPackaged
    ? undefined
    : process.env.RANCANG_SQLITE_BINDING || undefined;
  const core = await createCore({
    dataDir,
    resourcesDir: path.resolve(__dirname, '..', '..', 'resources'),
    host: 'electron',
    version: APP_VERSION,
    ...(nativeBinding ? { nativeBinding } : {}),
  });

  // Documents export into a folder the user picks, and "open folder" shows it.
  setDocumentsShell({
    pickFolder: async () => {
      const options = {
        title: createI18n(language).t('documents.pickFolderTitle'),
        properties: ['openDirectory' as const, 'createDirectory' as const],
      };
      const result = await (mainWindow
        ? dialog.showOpenDialog(mainWindow, options)
        : dialog.showOpenDialog(options));
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    openFolder: async (folder) => {
      await shell.openPath(folder);
    },
  });
  protocol.handle(APP_SCHEME, createAppProtocolHandler(path.resolve(__dirname, '..', 'renderer')));
  ipcMain.handle(INVOKE_CHANNEL, createInvokeHandler(core.dispatch));
  setMenu((await core.settings()).language);
  core.events.on('settings-changed', ({ language }) => setMenu(language));

  let closed = false;
  app.on('window-all-closed', () => app.quit());
  // The store is closed (WAL checkpoint) before the process ends, however the app is quit.
  app.on('will-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    core
      .close()
      .catch((error: unknown) => console.error('[rancang] closing the store failed:', error))
      .finally(() => {
        closed = true;
        app.quit();
      });
  });
  const [atStart] = packagePathsFromArgv(process.argv.slice(1));
  if (atStart) packages.open(atStart);
  mainWindow = createMainWindow();
  ready = true;
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv: string[]) => {
    focusMainWindow();
    const [file] = packagePathsFromArgv(argv.slice(1));
    if (file && ready) packages.open(file);
  });
  // macOS hands a double-clicked file to the running app (or before it is ready).
  app.on('open-file', (event, file: string) => {
    event.preventDefault();
    packages.open(file);
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      // Typically a store written by a newer version: say so and stop, never touch the store.
      console.error('[rancang] start failed:', error);
      dialog.showErrorBox('Rancang', startupMessage(error));
      app.exit(1);
    });
}
