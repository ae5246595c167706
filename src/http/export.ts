import { once } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { atLeast, seesPrivateData } from '../domain/roles.js';
import { DomainError } from '../domain/errors.js';
import { EXPORT_FORMATS, exportTargets, type ExportFormat } from '../exchange/formats.js';
import { driverFailureAnswer } from '../graphql/errors.js';
import type { Logger } from '../logger.js';
import type { Services } from '../services/services.js';
import type { RequestLimiter } from './rate-limit.js';

/** Download path of each export file: `/export/pentahelix.json`, `/export/stakeholders.csv`... */
export const EXPORT_PATH = '/export/';

const FILES = new Map(EXPORT_FORMATS.flatMap((format) => exportTargets(format).map((target) => [target.name, format] as [string, ExportFormat])));

const STATUS: Record<string, number> = { BAD_USER_INPUT: 400, CONFLICT: 409, TIMEOUT: 504, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, RATE_LIMITED: 429, SERVICE_UNAVAILABLE: 503, TRANSIENT: 503 };

/**
 * GET /export/<file>?region=<id>&asOf=<date> streams one file of an export as a download, in
 * batches, so its size is not bounded by a query timeout or by memory. The caller is
 * authenticated and rate-limited like a GraphQL request and sees what `exportGraph` shows them:
 * VIEWER and above; contact details for EDITOR and above. An error before the first byte is a
 * JSON error with its code; one after it aborts the connection, so a download is never
 * silently cut short.
 */
export function createExportHandler(services: Services, limiter: RequestLimiter, logger: Logger) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const name = decodeURIComponent(url.pathname.slice(EXPORT_PATH.length));
    try {
      if (req.method !== 'GET') throw new DomainError('BAD_USER_INPUT', 'an export is downloaded with GET');
      const format = FILES.get(name);
      if (!format) throw new DomainError('NOT_FOUND', `no export file "${name.slice(0, 60)}"; expected one of ${[...FILES.keys()].join(', ')}`);
      const headers = new Headers();
      for (const header of ['authorization', 'x-api-key'] as const) if (typeof req.headers[header] === 'string') headers.set(header, req.headers[header]);
      const address = `address:${req.socket.remoteAddress ?? 'unknown'}`;
      const viewer = await services.auth.authenticate(new Request(url, { headers })).catch(async (error: unknown) => {
        await limiter.consume(address);
        throw error;
      });
      await limiter.consume(viewer.subject ?? address);
      if (!atLeast(viewer, 'VIEWER')) throw new DomainError('UNAUTHENTICATED', 'an export needs a credential');
      const request = services.exports.parse({
        format,
        scope: { ...(url.searchParams.has('region') ? { region: url.searchParams.get('region') } : {}), ...(url.searchParams.has('asOf') ? { asOf: url.searchParams.get('asOf') } : {}) },
      });
      const [target] = exportTargets(format).filter((t) => t.name === name);
      await services.exports.stream(request, seesPrivateData(viewer), () => ({
        write: async (chunk) => {
          if (res.destroyed) throw new Error('the client went away');
          if (!res.headersSent) {
            res.writeHead(200, {
              'content-type': `${target!.mediaType}; charset=utf-8`,
              'content-disposition': `attachment; filename="${target!.name}"`,
              'cache-control': 'no-store',
            });
          }
          if (!res.write(chunk)) await once(res, 'drain');
        },
      }), { only: [name] });
      res.end();
    } catch (error) {
      if (res.headersSent) {
        logger.error({ err: error, file: name }, 'export failed while streaming; the download was aborted');
        res.destroy();
        return;
      }
      const { code, message, headers } = errorAnswer(error);
      if (code === 'INTERNAL_SERVER_ERROR') logger.error({ err: error, file: name }, 'export failed');
      res.writeHead(STATUS[code] ?? 500, { 'content-type': 'application/json', ...headers }).end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
    }
  };
}

function errorAnswer(error: unknown): { code: string; message: string; headers?: Record<string, string> } {
  if (error instanceof DomainError) return { code: error.code, message: error.message, ...(error.detail.http?.headers ? { headers: error.detail.http.headers } : {}) };
  const mapped = driverFailureAnswer(error);
  if (mapped) return { code: mapped.code, message: mapped.message };
  return { code: 'INTERNAL_SERVER_ERROR', message: 'the export failed' };
}
