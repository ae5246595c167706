const KEY_STORAGE = 'pentahelix.apiKey';

export interface Problem {
  field: string;
  message: string;
}

/** A GraphQL error as the service reports it (see the README's Errors section). */
export interface ApiErrorEntry {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: { code?: string; field?: string; expected?: string; problems?: Problem[] };
}

export class ApiError extends Error {
  constructor(readonly errors: ApiErrorEntry[]) {
    super(errors.map((e) => e.message).join('; '));
    this.name = 'ApiError';
  }

  get code(): string | undefined {
    return this.errors[0]?.extensions?.code;
  }
}

export const apiKey = {
  get: (): string => localStorage.getItem(KEY_STORAGE) ?? '',
  set(key: string): void {
    if (key.trim()) localStorage.setItem(KEY_STORAGE, key.trim());
    else localStorage.removeItem(KEY_STORAGE);
  },
};

export interface Result<T> {
  data: T;
  /** Field errors next to partial data (a restricted field is null, the rest is there). */
  partialErrors: ApiErrorEntry[];
}

/** Each operation of queries.ts by its id in the Explorer's trusted-operations manifest (see vite.config.ts). */
declare const __OPERATION_IDS__: Record<string, string>;

async function post(body: Record<string, unknown>): Promise<Response> {
  const key = apiKey.get();
  try {
    return await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
      body: JSON.stringify(body),
    });
  } catch {
    throw new ApiError([{ message: 'the service cannot be reached', extensions: { code: 'NETWORK' } }]);
  }
}

/**
 * The bodies that name an operation: by its manifest id when this build has one (what a service
 * running only trusted operations requires), then by its document, for a service that does not
 * know the id.
 */
export function operationBodies(query: string, variables: Record<string, unknown>): [Record<string, unknown>, Record<string, unknown>?] {
  const documentId = __OPERATION_IDS__[query];
  return documentId ? [{ documentId, variables }, { query, variables }] : [{ query, variables }];
}

const notPersisted = (body: { errors?: ApiErrorEntry[] } | null) => body?.errors?.[0]?.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND';

/**
 * POSTs an operation as JSON (the service's CSRF check accepts only JSON or preflighted
 * requests). The page names the operation by its manifest id, which a service that runs only
 * trusted operations requires; one that does not know the id (a development service without
 * this build's manifest, or a query edited since Vite started) gets the document instead. A response without data is an
 * ApiError; one with data and field errors is returned with those errors, so a restricted
 * field does not hide the rest.
 */
export async function request<T>(query: string, variables: Record<string, unknown> = {}): Promise<Result<T>> {
  type Body = { data?: T | null; errors?: ApiErrorEntry[] } | null;
  const [byId, byDocument] = operationBodies(query, variables);
  let response = await post(byId);
  let body = (await response.json().catch(() => null)) as Body;
  if (byDocument && notPersisted(body)) {
    response = await post(byDocument);
    body = (await response.json().catch(() => null)) as Body;
  }
  if (!body) throw new ApiError([{ message: `the service answered ${response.status} without a GraphQL body`, extensions: { code: `HTTP_${response.status}` } }]);
  if (body.data == null) throw new ApiError(body.errors?.length ? body.errors : [{ message: 'empty answer' }]);
  return { data: body.data, partialErrors: body.errors ?? [] };
}

/** The data alone, for operations where any error is a failure. */
export async function query<T>(text: string, variables: Record<string, unknown> = {}): Promise<T> {
  const result = await request<T>(text, variables);
  if (result.partialErrors.length) throw new ApiError(result.partialErrors);
  return result.data;
}
