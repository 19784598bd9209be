/**
 * The app:// protocol: serves the built UI folder and nothing else. The UI never loads from
 * file://, where every local file would share one origin with it.
 */
import { promises as nodeFs } from 'node:fs';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../rpc/csp';
import { APP_HOST, APP_SCHEME } from './security';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cache-Control': 'no-cache',
};

/** The file system calls the handler needs; tests pass an in-memory one. */
export interface ProtocolFs {
  stat(file: string): Promise<{ isFile(): boolean }>;
  readFile(file: string): Promise<Uint8Array>;
}

/**
 * The file a URL path names inside `uiDir`, or null. Stricter than path normalisation alone:
 * anything that smells of escaping (dot segments once decoded, backslashes, NUL, drive letters
 * or stream names with ':', empty segments such as `//etc`) is refused outright.
 */
export function resolveUiFile(uiDir: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname || '/');
  } catch {
    return null;
  }
  if (!decoded.startsWith('/') || /[\\\0:]/.test(decoded)) return null;
  const segments = decoded.slice(1).split('/');
  const last = segments.pop() ?? '';
  if (segments.some((segment) => segment === '' || segment === '.' || segment === '..'))
    return null;
  if (last === '.' || last === '..') return null;
  const root = path.resolve(uiDir);
  const target = path.resolve(root, ...segments, last === '' ? 'index.html' : last);
  const relative = path.relative(root, target);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return null;
  return target;
}

function reply(status: number, body: Uint8Array | string | null, contentType: string): Response {
  // File contents are plain (non-shared) buffers; the DOM typings only lack the proof.
  return new Response(body as BodyInit | null, {
    status,
    headers: { ...SECURITY_HEADERS, 'Content-Type': contentType },
  });
}

const notFound = () => reply(404, 'Not found', 'text/plain; charset=utf-8');

export function createAppProtocolHandler(uiDir: string, fs: ProtocolFs = nodeFs) {
  return async (request: Request): Promise<Response> => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return reply(405, 'Method not allowed', 'text/plain; charset=utf-8');
    }
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return notFound();
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || url.username || url.password)
      return notFound();
    const file = resolveUiFile(uiDir, url.pathname);
    if (!file) return notFound();
    try {
      if (!(await fs.stat(file)).isFile()) return notFound();
      const type = MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
      return reply(200, request.method === 'HEAD' ? null : await fs.readFile(file), type);
    } catch {
      return notFound();
    }
  };
}
