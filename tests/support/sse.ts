import type { GraphQLResponse } from './app.js';

export interface LiveSubscription<T> {
  /** The next result (event data, or the refusal when the subscription did not start); fails after `timeoutMs`. */
  next(timeoutMs?: number): Promise<GraphQLResponse<T>>;
  /** Resolves true when the server ended the stream (`complete`, or the body closed). */
  ended: Promise<boolean>;
  /** Results received and not yet taken. */
  pending(): number;
  close(): void;
}

/**
 * Opens a GraphQL subscription the way a browser does over Server-Sent Events (POST with
 * `Accept: text/event-stream`) and parses the stream: `event: next` results in order, pings
 * (`:`) ignored, `event: complete` ends it. A refusal answered as plain JSON is one result.
 */
export async function subscribe<T = Record<string, any>>(
  fetcher: (url: string, init: RequestInit) => Response | Promise<Response>,
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  key?: string,
): Promise<LiveSubscription<T>> {
  const abort = new AbortController();
  const response = await fetcher(url, {
    method: 'POST',
    signal: abort.signal,
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const results: Array<GraphQLResponse<T>> = [];
  const waiting: Array<() => void> = [];
  const wake = () => waiting.splice(0).forEach((w) => w());
  let done = false;
  const ended = (async () => {
    if (!(response.headers.get('content-type') ?? '').includes('text/event-stream')) {
      results.push((await response.json()) as GraphQLResponse<T>);
      return true;
    }
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for (;;) {
        const { value, done: finished } = await reader.read();
        if (finished) return true;
        buffer += decoder.decode(value, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const lines = block.split('\n');
          if (lines.includes('event: complete')) return true;
          const data = lines.find((l) => l.startsWith('data: '));
          if (data) {
            results.push(JSON.parse(data.slice(6)) as GraphQLResponse<T>);
            wake();
          }
        }
      }
    } catch {
      return false;
    }
  })().finally(() => {
    done = true;
    wake();
  });
  return {
    ended,
    pending: () => results.length,
    async next(timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (results.length === 0) {
        if (done) throw new Error('the stream ended');
        if (Date.now() > deadline) throw new Error(`no event within ${timeoutMs} ms`);
        await new Promise<void>((resolve) => {
          waiting.push(resolve);
          setTimeout(resolve, 50);
        });
      }
      return results.shift()!;
    },
    close: () => abort.abort(),
  };
}
