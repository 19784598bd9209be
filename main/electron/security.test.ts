import type { BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  APP_ENTRY,
  createInvokeHandler,
  createSecureWindow,
  externalUrl,
  guardWebContents,
  installGuards,
  isAppUrl,
  isTrustedSender,
  type GuardDeps,
  type GuardedContents,
} from './security';

type Listener = (...args: any[]) => unknown;

/** A web contents that records its listeners and window-open handler, like Electron's would. */
function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = {
    on: (name: string, listener: Listener) => {
      listeners.set(name, listener);
      return contents;
    },
    setWindowOpenHandler: (handler: typeof openHandler) => {
      openHandler = handler;
    },
  };
  const navigate = (name: 'will-navigate' | 'will-redirect', url: string) => {
    const event = { url, preventDefault: vi.fn() };
    listeners.get(name)?.(event, url);
    return event.preventDefault.mock.calls.length > 0;
  };
  return {
    contents: contents as unknown as GuardedContents,
    listeners,
    navigate,
    open: (url: string) => openHandler?.({ url }),
  };
}

function fakeShell() {
  return { openExternal: vi.fn(() => Promise.resolve()) };
}

describe('createSecureWindow', () => {
  class FakeWindow {
    constructor(readonly options: BrowserWindowConstructorOptions) {}
  }

  it("turns on every isolation flag, keeps the caller's options and points at the preload", () => {
    const window = createSecureWindow(
      FakeWindow,
      { width: 1366, show: false },
      '/app/out/preload/preload.cjs',
    );
    expect(window.options).toMatchObject({ width: 1366, show: false });
    expect(window.options.webPreferences).toEqual({
      preload: '/app/out/preload/preload.cjs',
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
      plugins: true,
      devTools: false,
    });
  });

  it("lets Chromium's PDF viewer show the Dokumen preview, with webviews still off", () => {
    const prefs = createSecureWindow(FakeWindow, {}, '/p.cjs').options.webPreferences;
    expect(prefs).toMatchObject({ plugins: true, webviewTag: false, sandbox: true });
  });

  it('cannot be talked out of the secure preferences by the caller', () => {
    const sneaky = { webPreferences: { nodeIntegration: true, sandbox: false } } as never;
    const window = createSecureWindow(FakeWindow, sneaky, '/p.cjs');
    expect(window.options.webPreferences).toMatchObject({ nodeIntegration: false, sandbox: true });
  });

  it('allows developer tools only when asked (development)', () => {
    expect(
      createSecureWindow(FakeWindow, {}, '/p.cjs', true).options.webPreferences?.devTools,
    ).toBe(true);
  });
});

describe('isAppUrl and externalUrl', () => {
  it('recognises only app://rancang', () => {
    expect(isAppUrl(APP_ENTRY)).toBe(true);
    expect(isAppUrl('app://rancang/#/plans/1')).toBe(true);
    expect(isAppUrl('app://evil/index.html')).toBe(false);
    expect(isAppUrl('app://user:pw@rancang/')).toBe(false);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAppUrl('http://rancang/')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });

  it('lets only plain https links out', () => {
    expect(externalUrl('https://jdih.kemendagri.go.id/x?y=1')).toBe(
      'https://jdih.kemendagri.go.id/x?y=1',
    );
    for (const url of [
      'http://example.com/',
      'file:///C:/Windows/system32/calc.exe',
      'javascript:alert(1)',
      'app://rancang/index.html',
      'https://user:secret@example.com/',
      'https://user@example.com/',
      'smb://server/share',
      'ms-msdt:/id',
      '',
    ]) {
      expect(externalUrl(url), url).toBeNull();
    }
  });
});

describe('navigation guard', () => {
  it('prevents navigation and redirects away from the app, allows app://rancang', () => {
    const fake = fakeContents();
    guardWebContents(fake.contents, fakeShell());
    expect(fake.navigate('will-navigate', 'https://example.com/')).toBe(true);
    expect(fake.navigate('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(fake.navigate('will-navigate', 'app://other/index.html')).toBe(true);
    expect(fake.navigate('will-redirect', 'http://127.0.0.1:9/')).toBe(true);
    expect(fake.navigate('will-navigate', 'app://rancang/index.html#/plans')).toBe(false);
    expect(fake.navigate('will-redirect', 'app://rancang/index.html')).toBe(false);
  });

  it('refuses to attach webviews', () => {
    const fake = fakeContents();
    guardWebContents(fake.contents, fakeShell());
    const event = { preventDefault: vi.fn() };
    fake.listeners.get('will-attach-webview')?.(event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

describe('window-open handler', () => {
  it('denies every new window and opens only checked https links in the OS browser', () => {
    const fake = fakeContents();
    const shell = fakeShell();
    guardWebContents(fake.contents, shell);

    expect(fake.open('https://www.bappenas.go.id/')).toEqual({ action: 'deny' });
    expect(shell.openExternal).toHaveBeenCalledTimes(1);
    expect(shell.openExternal).toHaveBeenCalledWith('https://www.bappenas.go.id/');

    for (const url of [
      'http://example.com/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'app://rancang/index.html',
      'https://a:b@example.com/',
    ]) {
      expect(fake.open(url), url).toEqual({ action: 'deny' });
    }
    expect(shell.openExternal).toHaveBeenCalledTimes(1);
  });

  it('survives the OS browser failing to start', async () => {
    const fake = fakeContents();
    const shell = { openExternal: vi.fn(() => Promise.reject(new Error('no browser'))) };
    guardWebContents(fake.contents, shell);
    expect(fake.open('https://example.com/')).toEqual({ action: 'deny' });
    await Promise.resolve();
  });
});

describe('installGuards', () => {
  function install() {
    let created: Listener | undefined;
    const session = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() };
    const app = {
      on: vi.fn((name: string, listener: Listener) => {
        if (name === 'web-contents-created') created = listener;
        return app;
      }),
    };
    installGuards({ app, shell: fakeShell(), session } as unknown as GuardDeps);
    return { created: () => created, session };
  }

  it('guards every web contents the app creates', () => {
    const { created } = install();
    const fake = fakeContents();
    created()?.({}, fake.contents);
    expect([...fake.listeners.keys()].sort()).toEqual([
      'will-attach-webview',
      'will-navigate',
      'will-redirect',
    ]);
    expect(fake.navigate('will-navigate', 'https://example.com/')).toBe(true);
    expect(fake.open('https://example.com/')).toEqual({ action: 'deny' });
  });

  it('denies every permission request and check', () => {
    const { session } = install();
    const request = session.setPermissionRequestHandler.mock.calls[0]?.[0] as Listener;
    const check = session.setPermissionCheckHandler.mock.calls[0]?.[0] as Listener;
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
      'fullscreen',
    ]) {
      const callback = vi.fn();
      request({}, permission, callback, { requestingUrl: APP_ENTRY });
      expect(callback, permission).toHaveBeenCalledWith(false);
      expect(check({}, permission, 'app://rancang', {}), permission).toBe(false);
    }
  });
});

describe('IPC sender check', () => {
  const top = { url: 'app://rancang/index.html#/plans', parent: null };

  it('trusts only the top frame of our own UI', () => {
    expect(isTrustedSender(top as never)).toBe(true);
    expect(isTrustedSender({ url: 'app://rancang/index.html', parent: top } as never)).toBe(false);
    expect(isTrustedSender({ url: 'https://evil.example/', parent: null } as never)).toBe(false);
    expect(isTrustedSender({ url: 'app://evil/index.html', parent: null } as never)).toBe(false);
    expect(isTrustedSender({ url: 'file:///tmp/x.html', parent: null } as never)).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
  });

  it('answers untrusted callers with rpc.forbidden and never dispatches for them', async () => {
    const dispatch = vi.fn(() => Promise.resolve({ ok: true as const, value: 'ok' }));
    const handle = createInvokeHandler(dispatch);
    for (const senderFrame of [
      null,
      { url: 'https://evil.example/', parent: null },
      { url: APP_ENTRY, parent: top },
    ]) {
      expect(await handle({ senderFrame } as never, 'plans.list', {})).toEqual({
        ok: false,
        error: { code: 'rpc.forbidden', message: 'errors.rpc.forbidden' },
      });
    }
    expect(dispatch).not.toHaveBeenCalled();

    expect(await handle({ senderFrame: top } as never, 'plans.list', { a: 1 })).toEqual({
      ok: true,
      value: 'ok',
    });
    expect(dispatch).toHaveBeenCalledWith('plans.list', { a: 1 });
  });
});
