import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../test/helpers';
import { resolveInside, startHttpHost, type HttpHost } from './http-host';

let host: HttpHost | undefined;
afterEach(async () => host?.close());

async function start() {
  const uiDir = tempDir();
  fs.writeFileSync(path.join(uiDir, 'index.html'), '<!doctype html><title>Rancang</title>');
  fs.mkdirSync(path.join(uiDir, 'assets'));
  fs.writeFileSync(path.join(uiDir, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(path.dirname(uiDir), 'secret.txt'), 'secret');
  const calls: unknown[] = [];
  host = await startHttpHost({
    uiDir,
    token: 'tok3n',
    dispatch: async (method, input) => {
      calls.push([method, input]);
      return { ok: true, value: { method } };
    },
  });
  return { host, calls };
}

async function login(h: HttpHost): Promise<string> {
  const res = await fetch(h.openUrl, { redirect: 'manual' });
  expect(res.status).toBe(303);
  const cookie = res.headers.get('set-cookie')!;
  expect(cookie).toMatch(/HttpOnly/);
  expect(cookie).toMatch(/SameSite=Strict/);
  return cookie.split(';')[0]!;
}

describe('browser-mode host', () => {
  it('listens on 127.0.0.1 only', async () => {
    const { host: h } = await start();
    expect(h.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('refuses every request without the token, the UI included', async () => {
    const { host: h } = await start();
    expect((await fetch(`${h.url}/`)).status).toBe(401);
    expect((await fetch(`${h.url}/?token=wrong`, { redirect: 'manual' })).status).toBe(401);
    expect(
      (
        await fetch(`${h.url}/rpc/plans.list`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: '{}',
        })
      ).status,
    ).toBe(401);
  });

  it('serves the UI with the CSP once the token has been given', async () => {
    const { host: h } = await start();
    const cookie = await login(h);
    const res = await fetch(`${h.url}/`, { headers: { cookie } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('content-security-policy')).not.toContain('unsafe-eval');
    expect(await res.text()).toContain('<title>Rancang</title>');
    expect(
      (await fetch(`${h.url}/assets/app.js`, { headers: { cookie } })).headers.get('content-type'),
    ).toMatch(/javascript/);
  });

  it('serves nothing outside the UI folder', async () => {
    const { host: h } = await start();
    const cookie = await login(h);
    for (const p of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/%2e%2e/%2e%2e/secret.txt',
      '/..%5csecret.txt',
      '/%00',
    ]) {
      const res = await fetch(`${h.url}${p}`, { headers: { cookie } });
      expect(res.status, p).toBe(404);
    }
  });

  it('accepts RPC only as JSON POST from its own origin', async () => {
    const { host: h, calls } = await start();
    const cookie = await login(h);
    const rpc = (init: RequestInit) =>
      fetch(`${h.url}/rpc/plans.list`, {
        ...init,
        headers: { cookie, ...(init.headers as object) },
      });
    expect((await rpc({ method: 'GET' })).status).toBe(405);
    expect(
      (await rpc({ method: 'POST', body: '{}', headers: { 'Content-Type': 'text/plain' } })).status,
    ).toBe(415);
    expect(
      (
        await rpc({
          method: 'POST',
          body: '{}',
          headers: { 'Content-Type': 'application/json', Origin: 'http://evil.example' },
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await rpc({
          method: 'POST',
          body: '{oops',
          headers: { 'Content-Type': 'application/json' },
        })
      ).status,
    ).toBe(400);
    const ok = await rpc({
      method: 'POST',
      body: '{"a":1}',
      headers: { 'Content-Type': 'application/json', Origin: h.url },
    });
    expect(await ok.json()).toEqual({ ok: true, value: { method: 'plans.list' } });
    expect(calls).toEqual([['plans.list', { a: 1 }]]);
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const { host: h } = await start();
    const http = await import('node:http');
    const status = await new Promise<number>((resolve) => {
      http.get(
        { host: '127.0.0.1', port: h.port, path: '/', headers: { Host: `evil.example:${h.port}` } },
        (res) => resolve(res.statusCode!),
      );
    });
    expect(status).toBe(421);
  });

  it('resolves paths inside the root only', () => {
    expect(resolveInside('/ui', '/a/b.js')).toBe(path.resolve('/ui/a/b.js'));
    expect(resolveInside('/ui', '/../etc/passwd')).toBe(path.resolve('/ui/etc/passwd'));
    expect(resolveInside('/ui', '/a\\..\\..\\x')).toBeNull();
    expect(resolveInside('/ui', '/%E0%A4%A')).toBeNull();
  });
});
