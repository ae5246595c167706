import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The page talks to its own origin only (GraphQL over fetch); sigma draws with WebGL on
 * canvases and sets element styles from script, which CSP does not restrict. No inline script
 * or style is allowed, and nothing may frame the page.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

const UNAVAILABLE_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Explorer not built</title></head>
<body><h1>The Explorer page is not built</h1>
<p>Run <code>npm run build</code> and reload. The GraphQL API at <a href="/graphql">/graphql</a> works meanwhile.</p></body></html>`;

/**
 * Serves the built Explorer (web/dist) under `/`: hashed files in assets/ are cached for a year
 * (their name changes with their content), index.html is revalidated every time so a deploy is
 * picked up at once, and any path without a file extension falls back to index.html (the page
 * routes on the client). Returns false for requests it does not serve (not GET/HEAD).
 */
export function createStaticHandler(root: string) {
  const base = path.resolve(root);

  async function fileAt(relative: string): Promise<{ path: string; size: number } | null> {
    const full = path.resolve(base, `.${path.sep}${relative}`);
    // Resolved paths outside the root (`..`, encoded or not) are refused, not clamped.
    if (full !== base && !full.startsWith(base + path.sep)) return null;
    const info = await stat(full).catch(() => null);
    return info?.isFile() ? { path: full, size: info.size } : null;
  }

  function send(req: IncomingMessage, res: ServerResponse, file: { path: string; size: number }, cache: string) {
    const type = CONTENT_TYPES[path.extname(file.path).toLowerCase()] ?? 'application/octet-stream';
    res.writeHead(200, { ...SECURITY_HEADERS, 'content-type': type, 'content-length': file.size, 'cache-control': cache });
    if (req.method === 'HEAD') return void res.end();
    createReadStream(file.path).on('error', () => res.destroy()).pipe(res);
  }

  function fail(res: ServerResponse, status: number, message: string) {
    res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }).end(message);
  }

  return async function serve(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const index = await fileAt('index.html');
    if (!index) {
      res.writeHead(503, { ...SECURITY_HEADERS, 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'retry-after': '30' }).end(UNAVAILABLE_PAGE);
      return true;
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      fail(res, 400, 'bad path');
      return true;
    }
    if (pathname.includes('\0') || pathname.split(/[\\/]/).includes('..')) {
      fail(res, 400, 'bad path');
      return true;
    }
    if (pathname === '/' || pathname === '/index.html') {
      send(req, res, index, 'no-cache');
      return true;
    }
    const file = await fileAt(pathname.slice(1));
    if (file) {
      send(req, res, file, pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    } else if (path.extname(pathname) === '') {
      send(req, res, index, 'no-cache');
    } else {
      fail(res, 404, 'not found');
    }
    return true;
  };
}
