import { apiKey, operationBodies } from './api';
import { t, type Label } from './i18n';
import { GRAPH_CHANGED } from './queries';
import type { Scope } from './state';
import type { GraphChangedSubscription } from './generated/operations';

export type LiveEvent = GraphChangedSubscription['graphChanged'];

/** Where the live stream stands, shown by the indicator. */
type LiveState = 'live' | 'connecting' | 'paused' | 'off';

const RETRY_MS = [1_000, 2_000, 5_000, 10_000, 30_000];

/**
 * Follows graphChanged for the map's scope over Server-Sent Events (a fetch stream: it can send
 * the API key, which EventSource cannot), from the graph version the map was drawn at, so no
 * change between the map's read and the subscription is missed. A dropped stream is opened
 * again after a growing pause, from the last version told; the service ends idle streams, and
 * that is a reconnect too. A dated view (asOf) is history: it is not followed.
 */
export class LiveUpdates {
  private abort: AbortController | null = null;
  private key = '';
  private version = 0;
  private failures = 0;
  private retry: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly indicator: HTMLElement,
    private readonly onChange: (event: LiveEvent) => void,
  ) {
    this.show('off');
  }

  /** Follows `scope` from `version` (the map's); the same scope keeps its stream and its place. */
  follow(scope: Scope, version: number): void {
    if (scope.asOf) return this.stop('paused');
    const key = JSON.stringify(scope);
    if (key === this.key && this.abort) return;
    this.stop('connecting');
    this.key = key;
    this.version = version;
    this.open(scope);
  }

  private stop(state: LiveState): void {
    this.abort?.abort();
    this.abort = null;
    if (this.retry) clearTimeout(this.retry);
    this.retry = null;
    this.key = '';
    this.show(state);
  }

  private open(scope: Scope): void {
    const abort = new AbortController();
    this.abort = abort;
    void this.read(scope, abort.signal).then(
      () => this.reopen(scope, abort),
      () => this.reopen(scope, abort),
    );
  }

  private reopen(scope: Scope, abort: AbortController): void {
    if (abort.signal.aborted || this.abort !== abort) return;
    this.show('connecting');
    const pause = RETRY_MS[Math.min(this.failures++, RETRY_MS.length - 1)]!;
    this.retry = setTimeout(() => this.open(scope), pause);
  }

  private async read(scope: Scope, signal: AbortSignal): Promise<void> {
    const key = apiKey.get();
    const send = (body: Record<string, unknown>) =>
      fetch('/graphql', {
        method: 'POST',
        signal,
        headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...(key ? { authorization: `Bearer ${key}` } : {}) },
        body: JSON.stringify(body),
      });
    const [byId, byDocument] = operationBodies(GRAPH_CHANGED, { scope, since: this.version });
    let response = await send(byId);
    // A service without this build's manifest does not know the id (400): it gets the document.
    if (byDocument && response.status === 400) response = await send(byDocument);
    if (!response.ok || !response.body || !(response.headers.get('content-type') ?? '').startsWith('text/event-stream')) throw new Error(`no stream (${response.status})`);
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      if (this.failures || this.indicator.dataset.state !== 'live') {
        this.failures = 0;
        this.show('live');
      }
      buffer += value;
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end).split('\n');
        buffer = buffer.slice(end + 2);
        const data = block.find((line) => line.startsWith('data: '));
        if (!block.includes('event: next') || !data) continue;
        const result = JSON.parse(data.slice(6)) as { data?: GraphChangedSubscription; errors?: unknown[] };
        // A refused subscription (a role, a limit) is told once as errors: stop rather than retry at once.
        if (!result.data) throw new Error('refused');
        this.version = result.data.graphChanged.version;
        this.onChange(result.data.graphChanged);
      }
    }
  }

  private show(state: LiveState): void {
    this.indicator.dataset.state = state;
    // As data-i18n, so a language switch relabels it like the page's other labels.
    this.indicator.dataset.i18n = state === 'live' ? 'live' : state === 'connecting' ? 'liveConnecting' : state === 'paused' ? 'livePaused' : 'liveOff';
    this.indicator.textContent = t(this.indicator.dataset.i18n as Label);
    this.indicator.title = t('liveHint');
  }
}
