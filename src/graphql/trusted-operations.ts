import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import type { GraphQLParams } from 'graphql-yoga';
import { z } from 'zod';

/** The name of the Explorer's manifest inside its build (web/dist), written by `npm run build`. */
export const EXPLORER_MANIFEST = 'trusted-operations.json';

/** An operation's id: the SHA-256 of its document text, in hex (GraphQL Code Generator's persisted documents prefix it with `sha256:`, also accepted). */
export const operationId = (document: string): string => createHash('sha256').update(document).digest('hex');

/** A manifest: operation ids to documents, the format of the client preset's `persisted-documents.json`. */
const manifestSchema = z.record(z.string(), z.string().min(1, 'expected a document'));
const SHA256_ID = /^(?:sha256:)?([0-9a-f]{64})$/;
const bareHash = (id: string) => SHA256_ID.exec(id)?.[1] ?? null;

/** One app's registered operations. */
export interface Manifest {
  app: string;
  operations: number;
}

/**
 * The operations of every registered manifest, by id. Ids are content addresses: an entry
 * whose id is not the hash of its document is refused, so an id names one document whatever
 * the manifest it came from.
 */
export class TrustedOperations {
  private readonly documents = new Map<string, string>();
  private readonly registered: Manifest[] = [];

  /** Registers an app's manifest; throws, naming the app and the entry, when it is malformed. */
  add(app: string, raw: unknown): void {
    const parsed = manifestSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new Error(`manifest ${app}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
    }
    for (const [id, document] of Object.entries(parsed.data)) {
      const hash = bareHash(id);
      if (!hash) throw new Error(`manifest ${app}: ${id}: expected a SHA-256 in lowercase hex`);
      if (operationId(document) !== hash) throw new Error(`manifest ${app}: ${id} is not the SHA-256 of its document`);
      this.documents.set(hash, document);
    }
    this.registered.push({ app, operations: Object.keys(parsed.data).length });
  }

  document(id: string): string | null {
    const hash = bareHash(id);
    return hash ? (this.documents.get(hash) ?? null) : null;
  }

  get manifests(): readonly Manifest[] {
    return this.registered;
  }
}

/**
 * Reads the Explorer's manifest from its build and every `<app>.json` of the manifests
 * directory. A missing file or directory registers nothing (a development checkout before its
 * first build); a malformed one throws, so a bad deployment does not start.
 */
export function loadTrustedOperations(sources: { webRoot: string; manifestsDir?: string }): TrustedOperations {
  const trusted = new TrustedOperations();
  const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as unknown;
  const explorer = path.join(sources.webRoot, EXPLORER_MANIFEST);
  if (existsSync(explorer)) trusted.add('explorer', read(explorer));
  if (sources.manifestsDir && existsSync(sources.manifestsDir)) {
    for (const file of readdirSync(sources.manifestsDir).filter((f) => f.endsWith('.json')).sort()) {
      trusted.add(path.basename(file, '.json'), read(path.join(sources.manifestsDir, file)));
    }
  }
  return trusted;
}

/**
 * The operation id of a request: `documentId` (GraphQL over HTTP's persisted documents, what
 * the Explorer and apps built with the client preset send), or Apollo's automatic persisted
 * query extension.
 */
function requestedId(params: GraphQLParams): string | null {
  const documentId = (params as { documentId?: unknown }).documentId;
  if (typeof documentId === 'string') return documentId;
  const apq = (params.extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery?.sha256Hash;
  return typeof apq === 'string' ? apq : null;
}

/** Request body fields yoga must let through besides query, variables, operationName and extensions. */
export const TRUSTED_PARAMS = ['documentId'];

/**
 * yoga's persisted-operations plugin over the registered manifests. `manifest`: a request must
 * name a registered operation by id and must not carry a document; `off`: ids are resolved when
 * known and documents run as before. Refusals happen before parsing, so nothing executes.
 */
export function useTrustedOperations(trusted: TrustedOperations, mode: 'manifest' | 'off') {
  return usePersistedOperations({
    getPersistedOperation: (id) => trusted.document(id),
    allowArbitraryOperations: mode === 'off',
    extractPersistedOperationId: requestedId,
    customErrors: {
      notFound: {
        message: 'no registered manifest holds this operation id; send the document itself in development, or register the app\'s manifest',
        extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', http: { status: 400 } },
      },
      persistedQueryOnly: {
        message: 'this service runs only registered operations: send `documentId` (the SHA-256 of a document in a registered manifest) instead of the document',
        extensions: { code: 'OPERATION_NOT_TRUSTED', http: { status: 403 } },
      },
      keyNotFound: {
        message: 'the request names no operation: expected `query` (a document) or `documentId`',
        extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
      },
    },
  });
}
