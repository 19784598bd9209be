/**
 * The loopback HTTP host of browser mode (and of the end-to-end tests). It listens on 127.0.0.1
 * only, requires the per-run token on every request (first as `?token=` in the opening URL,
 * then as an HttpOnly SameSite=Strict cookie), accepts RPC only as JSON POSTs from its own
 * origin, and serves nothing outside the built UI folder.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Dispatch } from './dispatcher';
import { CONTENT_SECURITY_POLICY } from './csp';

// A 20 MB spreadsheet travels as base64 in JSON (about 27 MB); nothing else needs more.
const MAX_BODY = 28 * 1024 * 1024;
const COOKIE = 'rancang_token';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

export interface HttpHostOptions {
  dispatch: Dispatch;
  /** The built UI folder (out/renderer). */
  uiDir: string;
  port?: number;
  token?: string;
}

export interface HttpHost {
  url: string;
  /** The address to open: carries the token once, then the cookie takes over. */
  openUrl: string;
  port: number;
  close(): Promise<void>;
}

/** Resolves a URL path inside `root`, or null when it would leave it. */
export function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const target = path.resolve(root, '.' + path.posix.normalize('/' + decoded));
  const rootResolved = path.resolve(root);
  if (target !== rootResolved && !target.startsWith(rootResolved + path.sep)) return null;
  return target;
}

function sameToken(a: string | undefined, b: string): boolean {
  if (!a) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function cookieToken(header: string | undefined): string | undefined {
  return header
    ?.split(';')
    .map((part) => part.trim().split('='))
    .find(([name]) => name === COOKIE)?.[1];
}

const securityHeaders = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

function send(
  res: http.ServerResponse,
  status: number,
  body: string,
  type = 'text/plain; charset=utf-8',
) {
  res.writeHead(status, { ...securityHeaders, 'Content-Type': type });
  res.end(body);
}

export async function startHttpHost(options: HttpHostOptions): Promise<HttpHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  let origin = '';

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    // DNS-rebinding guard: only our own host name is served.
    if (req.headers.host !== new URL(origin).host) return send(res, 421, 'Misdirected request');

    const queryToken = url.searchParams.get('token') ?? undefined;
    if (req.method === 'GET' && url.pathname === '/' && sameToken(queryToken, token)) {
      res.writeHead(303, {
        ...securityHeaders,
        'Set-Cookie': `${COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`,
        Location: '/',
      });
      return res.end();
    }
    if (!sameToken(cookieToken(req.headers.cookie), token)) {
      return send(
        res,
        401,
        'Rancang: buka alamat lengkap yang dicetak saat mode peramban dimulai.',
      );
    }

    if (url.pathname.startsWith('/rpc/')) {
      if (req.method !== 'POST') return send(res, 405, 'Method not allowed');
      if (!(req.headers['content-type'] ?? '').startsWith('application/json'))
        return send(res, 415, 'JSON only');
      if (req.headers.origin !== undefined && req.headers.origin !== origin)
        return send(res, 403, 'Forbidden');
      const chunks: Buffer[] = [];
      let size = 0;
      req.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_BODY) {
          send(res, 413, 'Too large');
          req.destroy();
          return;
        }
        chunks.push(chunk);
      });
      req.on('end', () => {
        if (res.writableEnded) return;
        let input: unknown;
        try {
          input = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {};
        } catch {
          return send(res, 400, 'Invalid JSON');
        }
        const method = decodeURIComponent(url.pathname.slice('/rpc/'.length));
        void options
          .dispatch(method, input)
          .then((envelope) =>
            send(res, 200, JSON.stringify(envelope), 'application/json; charset=utf-8'),
          );
      });
      return;
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed');
    const file = resolveInside(options.uiDir, url.pathname === '/' ? '/index.html' : url.pathname);
    if (!file) return send(res, 404, 'Not found');
    fs.stat(file, (error, stat) => {
      if (error || !stat.isFile()) return send(res, 404, 'Not found');
      res.writeHead(200, {
        ...securityHeaders,
        'Content-Type': MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
        'Content-Length': stat.size,
      });
      if (req.method === 'HEAD') return res.end();
      fs.createReadStream(file).pipe(res);
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  return {
    url: origin,
    openUrl: `${origin}/?token=${token}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
