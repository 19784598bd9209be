import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../rpc/csp';
import { createAppProtocolHandler, resolveUiFile } from './protocol';

let root: string;
let uiDir: string;
let handle: (request: Request) => Promise<Response>;

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'rancang-protocol-'));
  uiDir = path.join(root, 'renderer');
  fs.mkdirSync(path.join(uiDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(uiDir, 'index.html'), '<!doctype html><title>Rancang</title>');
  fs.writeFileSync(path.join(uiDir, 'assets', 'index-abc.js'), 'console.log(1)');
  fs.writeFileSync(path.join(uiDir, 'assets', 'index-abc.css'), 'body{}');
  // What an attacker would be after: a file next to the UI folder, and one whose name starts alike.
  fs.writeFileSync(path.join(root, 'secret'), 'store');
  fs.mkdirSync(path.join(root, 'renderer-evil'));
  fs.writeFileSync(path.join(root, 'renderer-evil', 'x.js'), 'evil');
  handle = createAppProtocolHandler(uiDir);
});

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => handle(new Request(url, { method }));

describe('app:// protocol', () => {
  it('serves index.html with the CSP and nosniff headers', async () => {
    for (const url of [
      'app://rancang/index.html',
      'app://rancang/',
      'app://rancang',
      'app://rancang/index.html?x=1#/plans',
    ]) {
      const response = await get(url);
      expect(response.status, url).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(await response.text()).toContain('<title>Rancang</title>');
    }
  });

  it('serves assets with their MIME types', async () => {
    const js = await get('app://rancang/assets/index-abc.js');
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await js.text()).toBe('console.log(1)');
    expect((await get('app://rancang/assets/index-abc.css')).headers.get('content-type')).toBe(
      'text/css; charset=utf-8',
    );
  });

  it('answers HEAD without a body', async () => {
    const response = await get('app://rancang/index.html', 'HEAD');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it.each([
    ['dot segments', 'app://rancang/../secret'],
    ['dot segments from a subfolder', 'app://rancang/assets/../../secret'],
    ['encoded dots and slash', 'app://rancang/%2e%2e%2fsecret'],
    ['encoded slash only', 'app://rancang/assets%2f..%2f..%2fsecret'],
    ['double-encoded', 'app://rancang/%252e%252e%252fsecret'],
    ['backslash', 'app://rancang/..\\secret'],
    ['encoded backslash', 'app://rancang/%5c..%5csecret'],
    ['NUL', 'app://rancang/index.html%00.js'],
    ['absolute path', 'app://rancang//etc/passwd'],
    ['drive letter', 'app://rancang/C:/Windows/win.ini'],
    ['sibling folder with the same prefix', 'app://rancang/../renderer-evil/x.js'],
    ['bad escape', 'app://rancang/%E0%A4%A'],
    ['a directory', 'app://rancang/assets'],
    ['a directory with slash', 'app://rancang/assets/'],
    ['a missing file', 'app://rancang/nope.js'],
    ['another host', 'app://evil/index.html'],
    ['another scheme', 'https://rancang/index.html'],
  ])('answers 404 for %s', async (_name, url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).not.toContain('store');
  });

  it('refuses other methods', async () => {
    expect((await get('app://rancang/index.html', 'POST')).status).toBe(405);
  });
});

describe('resolveUiFile', () => {
  it('keeps every answer inside the UI folder', () => {
    expect(resolveUiFile('/ui', '/')).toBe(path.resolve('/ui/index.html'));
    expect(resolveUiFile('/ui', '/assets/a.js')).toBe(path.resolve('/ui/assets/a.js'));
    for (const bad of [
      '/..',
      '/../x',
      '/a/../../x',
      '/%2e%2e/x',
      '/a%2f..%2f..%2fx',
      '/a\\b',
      '/x%00',
      '//x',
      '/C:/x',
      '/x:stream',
      'x',
      '/./x',
      '/assets/.',
    ]) {
      expect(resolveUiFile('/ui', bad), bad).toBeNull();
    }
  });
});
