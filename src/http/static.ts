import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';

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

/** Text worth compressing; images and fonts are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.map', '.svg', '.txt']);
const ENCODERS = {
  br: (data: Buffer) => promisify(brotliCompress)(data, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }),
  gzip: (data: Buffer) => promisify(gzip)(data, { level: 9 }),
};
type Encoding = keyof typeof ENCODERS;

/** The best encoding the client accepts (brotli before gzip), or null for identity. */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding | null {
  const accepted = new Map(
    (acceptEncoding ?? '').split(',').map((part) => {
      const [name, ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return [name, q ? Number(q.slice(2)) : 1] as const;
    }),
  );
  const ok = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  return ok('br') ? 'br' : ok('gzip') ? 'gzip' : null;
}

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

  async function fileAt(relative: string): Promise<{ path: string; size: number; mtimeMs: number } | null> {
    const full = path.resolve(base, `.${path.sep}${relative}`);
    // Resolved paths outside the root (`..`, encoded or not) are refused, not clamped.
    if (full !== base && !full.startsWith(base + path.sep)) return null;
    const info = await stat(full).catch(() => null);
    return info?.isFile() ? { path: full, size: info.size, mtimeMs: info.mtimeMs } : null;
  }

  /**
   * Compressed copies, made once per file version (path, size, mtime) and kept: the built page
   * is a handful of files, and brotli at its best level is worth doing once, not per request.
   */
  const compressed = new Map<string, Promise<Buffer>>();
  function compressedCopy(file: { path: string; size: number; mtimeMs: number }, encoding: Encoding): Promise<Buffer> {
    const key = `${encoding}|${file.path}|${file.size}|${file.mtimeMs}`;
    let copy = compressed.get(key);
    if (!copy) {
      copy = readFile(file.path).then(ENCODERS[encoding]);
      copy.catch(() => compressed.delete(key));
      compressed.set(key, copy);
    }
    return copy;
  }

  async function send(req: IncomingMessage, res: ServerResponse, file: { path: string; size: number; mtimeMs: number }, cache: string) {
    const extension = path.extname(file.path).toLowerCase();
    const type = CONTENT_TYPES[extension] ?? 'application/octet-stream';
    const encoding = COMPRESSIBLE.has(extension) && file.size > 1024 ? chooseEncoding(req.headers['accept-encoding']) : null;
    const headers = { ...SECURITY_HEADERS, 'content-type': type, 'cache-control': cache, ...(COMPRESSIBLE.has(extension) ? { vary: 'accept-encoding' } : {}) };
    if (encoding) {
      const body = await compressedCopy(file, encoding).catch(() => null);
      if (body) {
        res.writeHead(200, { ...headers, 'content-encoding': encoding, 'content-length': body.length });
        return void res.end(req.method === 'HEAD' ? undefined : body);
      }
    }
    res.writeHead(200, { ...headers, 'content-length': file.size });
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
      await send(req, res, index, 'no-cache');
      return true;
    }
    const file = await fileAt(pathname.slice(1));
    if (file) {
      await send(req, res, file, pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    } else if (path.extname(pathname) === '') {
      await send(req, res, index, 'no-cache');
    } else {
      fail(res, 404, 'not found');
    }
    return true;
  };
}
