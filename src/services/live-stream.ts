/**
 * A push source as an async iterator, with a subscription's limits: at most one value per
 * `minGapMs` (values pushed faster are merged into the next one, so a burst costs one event and
 * a slow reader holds at most one merged value), and an end after `idleMs` without a value.
 * `return()` (the client went away) ends it at once, even while a `next()` is waiting, and
 * `onClose` runs exactly once, however it ended: nothing is left behind.
 *
 * A class rather than an async generator: a generator suspended at an `await` cannot be returned
 * until that await settles, which would keep a dropped subscriber alive until the next change.
 */
export class LiveStream<T> implements AsyncIterableIterator<T> {
  private held: T | null = null;
  private ready: T | null = null;
  private waiter: ((result: IteratorResult<T>) => void) | null = null;
  private lastRelease = Number.NEGATIVE_INFINITY;
  private gapTimer: NodeJS.Timeout | null = null;
  private idleTimer: NodeJS.Timeout | null = null;
  private closed = false;

  constructor(
    private readonly options: {
      minGapMs: number;
      idleMs: number;
      /** Two values told as one (the older first). */
      merge: (older: T, newer: T) => T;
      onClose: () => void;
    },
  ) {
    this.resetIdle();
  }

  push(value: T): void {
    if (this.closed) return;
    this.held = this.held === null ? value : this.options.merge(this.held, value);
    if (this.gapTimer) return;
    const wait = this.lastRelease + this.options.minGapMs - performance.now();
    if (wait <= 0) this.release();
    else this.gapTimer = setTimeout(() => {
      this.gapTimer = null;
      this.release();
    }, wait);
  }

  next(): Promise<IteratorResult<T>> {
    if (this.ready !== null) {
      const value = this.ready;
      this.ready = null;
      return Promise.resolve({ value, done: false });
    }
    if (this.closed) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => (this.waiter = resolve));
  }

  return(): Promise<IteratorResult<T>> {
    this.close();
    this.ready = null;
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(error?: unknown): Promise<IteratorResult<T>> {
    this.close();
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  /** Ends the stream: a waiting reader gets `done`, values not yet read are still read first. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    if (this.gapTimer) clearTimeout(this.gapTimer);
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.gapTimer = this.idleTimer = null;
    this.held = null;
    this.options.onClose();
    this.waiter?.({ value: undefined, done: true });
    this.waiter = null;
  }

  private release(): void {
    if (this.held === null || this.closed) return;
    const value = this.held;
    this.held = null;
    this.lastRelease = performance.now();
    this.resetIdle();
    if (this.waiter) {
      this.waiter({ value, done: false });
      this.waiter = null;
    } else {
      this.ready = this.ready === null ? value : this.options.merge(this.ready, value);
    }
  }

  private resetIdle(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => this.close(), this.options.idleMs);
    this.idleTimer.unref();
  }
}

/**
 * A stream's values mapped (asynchronously; `undefined` skips a value), returning the source
 * when it is returned, so a dropped reader releases the source at once.
 */
export function mapStream<A, B>(source: AsyncIterableIterator<A>, map: (value: A) => Promise<B | undefined>): AsyncIterableIterator<B> {
  const done = (): IteratorResult<B> => ({ value: undefined, done: true });
  const stream: AsyncIterableIterator<B> = {
    async next() {
      for (;;) {
        const read = await source.next();
        if (read.done) return done();
        const value = await map(read.value);
        if (value !== undefined) return { value, done: false };
      }
    },
    async return() {
      await source.return?.();
      return done();
    },
    [Symbol.asyncIterator]: () => stream,
  };
  return stream;
}
