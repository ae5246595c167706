import type { TypedDocumentString } from './generated/graphql.js';

export interface ClientOptions {
  /** The service's GraphQL endpoint, e.g. http://localhost:4000/graphql. */
  endpoint: string;
  /** An API key (`npm run keys -- create ...`), sent as a bearer token. */
  apiKey?: string;
  /**
   * Send each operation's id instead of its text: a service in trusted mode runs only
   * registered operations (register generated/persisted-documents.json as this app's manifest).
   */
  persisted?: boolean;
}

/** The errors of an answer without data, with the service's codes (`extensions.code`). */
export class GraphQLRequestError extends Error {
  constructor(readonly errors: ReadonlyArray<{ message: string; extensions?: { code?: string } }>) {
    super(errors.map((e) => `${e.message} (${e.extensions?.code ?? 'no code'})`).join('; '));
    this.name = 'GraphQLRequestError';
  }
}

/** A typed `execute`: the document fixes the variables it takes and the shape of its result. */
export function createClient(options: ClientOptions) {
  return async function execute<TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>, variables: TVariables): Promise<TResult> {
    const id = document.__meta__?.['hash'] as string | undefined;
    const body = options.persisted && id ? { documentId: id, variables } : { query: document.toString(), variables };
    const response = await fetch(options.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...(options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {}) },
      body: JSON.stringify(body),
    });
    const answer = (await response.json()) as { data?: TResult | null; errors?: GraphQLRequestError['errors'] };
    if (answer.data == null || answer.errors?.length) throw new GraphQLRequestError(answer.errors ?? [{ message: `HTTP ${response.status} without data` }]);
    return answer.data;
  };
}
export type Execute = ReturnType<typeof createClient>;
