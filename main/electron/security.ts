/**
 * Every security guard of the desktop shell, in one place: window preferences, navigation and
 * new windows, webviews, permissions and the IPC sender check. The functions take the Electron
 * objects as parameters so the unit tests can hand them fakes.
 */
import type {
  App,
  BrowserWindowConstructorOptions,
  IpcMainInvokeEvent,
  Session,
  Shell,
  WebContents,
  WebFrameMain,
} from 'electron';
import { AppError, type Envelope } from '../../shared/errors';

export const APP_SCHEME = 'app';
export const APP_HOST = 'rancang';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;
export const INVOKE_CHANNEL = 'rancang:invoke';

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * True for our own UI's URLs. Compared by scheme and host, not `URL#origin`: Node's URL gives
 * custom schemes an opaque origin ("null"), which would make every app:// URL look foreign.
 */
export function isAppUrl(url: string): boolean {
  const parsed = parse(url);
  return (
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/** The URL to hand to the OS browser, or null: only plain https links, never with credentials. */
export function externalUrl(url: string): string | null {
  const parsed = parse(url);
  if (!parsed || parsed.protocol !== 'https:' || parsed.hostname === '') return null;
  if (parsed.username !== '' || parsed.password !== '') return null;
  return parsed.href;
}

export type WindowOptions = Omit<BrowserWindowConstructorOptions, 'webPreferences'>;

/**
 * Creates a window whose renderer gets no Node, a sandbox and an isolated world; the preload is
 * its only bridge. The preferences are written inline in the constructor call, where reviewers
 * and electronegativity look for them. Developer tools only in development: in the packaged app
 * they are one more way in and no help to planners.
 */
export function createSecureWindow<W>(
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => W,
  options: WindowOptions,
  preload: string,
  devTools = false,
): W {
  return new BrowserWindow({
    ...options,
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      // Chromium's built-in PDF viewer, for the Dokumen step's preview: a PDF the UI itself made
      // (a blob: URL in a frame; the CSP allows blob: frames and nothing else). No other plugin
      // exists in Electron, and webviews stay off.
      plugins: true,
      devTools,
    },
  });
}

type SenderFrame = Pick<WebFrameMain, 'url' | 'parent'>;

/** Only the top frame showing our own UI may call the core; subframes and foreign pages may not. */
export function isTrustedSender(frame: SenderFrame | null | undefined): boolean {
  return frame != null && frame.parent === null && isAppUrl(frame.url);
}

type Dispatch = (method: string, input: unknown) => Promise<Envelope<unknown>>;

/** The `ipcMain.handle` listener: sender check first, then the dispatcher parses and runs. */
export function createInvokeHandler(dispatch: Dispatch) {
  return (
    event: Pick<IpcMainInvokeEvent, 'senderFrame'>,
    method: unknown,
    input: unknown,
  ): Promise<Envelope<unknown>> => {
    if (!isTrustedSender(event.senderFrame)) {
      return Promise.resolve({ ok: false, error: new AppError('rpc.forbidden').toInfo() });
    }
    return dispatch(typeof method === 'string' ? method : String(method), input);
  };
}

export type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/** Navigation stays inside app://rancang; new windows are refused, https links go to the OS. */
export function guardWebContents(
  contents: GuardedContents,
  shell: Pick<Shell, 'openExternal'>,
): void {
  const stayInside = (event: { url: string; preventDefault(): void }) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', stayInside);
  contents.on('will-redirect', stayInside);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const external = externalUrl(url);
    if (external) {
      // A failure to start the browser is not worth crashing for; the link simply does nothing.
      shell.openExternal(external).catch(() => undefined);
    }
    return { action: 'deny' };
  });
}

export interface GuardDeps {
  app: Pick<App, 'on'>;
  shell: Pick<Shell, 'openExternal'>;
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>;
}

/** Installs the guards for every web contents the app will ever create, and the permission policy. */
export function installGuards({ app, shell, session }: GuardDeps): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, shell));
  // The UI needs no camera, notifications, clipboard reads, HID... so nothing is ever granted.
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
