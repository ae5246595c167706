import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { coalesce, concerns, type GraphChangeEvent } from '../../src/domain/changes.js';
import { LiveStream, mapStream } from '../../src/services/live-stream.js';

const change = (version: number, items: GraphChangeEvent['items'], reach: Partial<GraphChangeEvent['reach']> = {}): GraphChangeEvent => ({
  kind: 'CHANGED',
  version,
  since: version - 1,
  action: 'stakeholder.upsert',
  at: `2026-01-01T00:00:0${version}.000Z`,
  items,
  stakeholders: [`s${version}`],
  reach: { regions: [], programs: [], helices: [], ...reach },
});

describe('concerns', () => {
  const event = change(1, [], { regions: ['kota-bontang', 'kalimantan-timur'], programs: ['p'], helices: ['MEDIA'] });
  it('tells a scope a change that reaches its region, its program and one of its helices', () => {
    expect(concerns(event, {})).toBe(true);
    expect(concerns(event, { region: 'kalimantan-timur', program: 'p', helices: ['GOVERNMENT', 'MEDIA'] })).toBe(true);
  });
  it('keeps a change from a scope it does not reach on any count', () => {
    expect(concerns(event, { region: 'kota-batam' })).toBe(false);
    expect(concerns(event, { program: 'q' })).toBe(false);
    expect(concerns(event, { helices: ['ACADEMIA'] })).toBe(false);
  });
  it('tells every scope a reload', () => {
    expect(concerns({ kind: 'RELOAD', since: 1, version: 9 }, { region: 'anywhere' })).toBe(true);
  });
});

describe('coalesce', () => {
  it('tells a burst as one event: the newest version, each item once with its net change', () => {
    const merged = coalesce([
      change(3, [{ id: 'a', type: 'STAKEHOLDER', change: 'CREATED' }, { id: 'b', type: 'STAKEHOLDER', change: 'UPDATED' }], { regions: ['r1'] }),
      change(4, [{ id: 'a', type: 'STAKEHOLDER', change: 'UPDATED' }, { id: 'b', type: 'STAKEHOLDER', change: 'DELETED' }], { regions: ['r2'] }),
      change(5, [{ id: 'c', type: 'COLLABORATION', change: 'DELETED' }]),
      change(6, [{ id: 'c', type: 'COLLABORATION', change: 'CREATED' }]),
    ]) as GraphChangeEvent;
    expect(merged).toMatchObject({ kind: 'CHANGED', since: 2, version: 6, at: '2026-01-01T00:00:06.000Z', stakeholders: ['s3', 's4', 's5', 's6'] });
    expect(merged.items).toEqual([
      { id: 'a', type: 'STAKEHOLDER', change: 'CREATED' },
      { id: 'b', type: 'STAKEHOLDER', change: 'DELETED' },
      { id: 'c', type: 'COLLABORATION', change: 'UPDATED' },
    ]);
    expect(merged.reach.regions).toEqual(['r1', 'r2']);
  });
  it('makes the whole a reload when any part is one, over the versions of all', () => {
    expect(coalesce([change(3, []), { kind: 'RELOAD', since: 3, version: 8 }, change(9, [])])).toEqual({ kind: 'RELOAD', since: 2, version: 9 });
  });
  it('leaves one event as it is, and nothing as nothing', () => {
    const one = change(1, []);
    expect(coalesce([one])).toBe(one);
    expect(coalesce([])).toBeNull();
  });
});

describe('LiveStream', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const stream = (onClose = () => {}) =>
    new LiveStream<number[]>({ minGapMs: 1_000, idleMs: 60_000, merge: (a, b) => [...a, ...b], onClose });

  it('releases the first value at once and merges the next ones until the gap has passed', async () => {
    const s = stream();
    s.push([1]);
    expect(await s.next()).toEqual({ value: [1], done: false });
    s.push([2]);
    s.push([3]);
    const next = s.next();
    await vi.advanceTimersByTimeAsync(999);
    s.push([4]);
    await vi.advanceTimersByTimeAsync(1);
    expect(await next).toEqual({ value: [2, 3, 4], done: false });
  });

  it('holds at most one merged value for a reader that does not read', async () => {
    const s = stream();
    for (let i = 0; i < 5; i++) {
      s.push([i]);
      await vi.advanceTimersByTimeAsync(1_000);
    }
    expect(await s.next()).toEqual({ value: [0, 1, 2, 3, 4], done: false });
  });

  it('ends a waiting reader at once when returned, and closes exactly once', async () => {
    const onClose = vi.fn();
    const s = stream(onClose);
    const waiting = s.next();
    await s.return();
    await s.return();
    expect(await waiting).toEqual({ value: undefined, done: true });
    expect(onClose).toHaveBeenCalledTimes(1);
    s.push([1]);
    expect(await s.next()).toEqual({ value: undefined, done: true });
  });

  it('ends after the idle time without a value', async () => {
    const onClose = vi.fn();
    const s = new LiveStream<number>({ minGapMs: 10, idleMs: 5_000, merge: (_a, b) => b, onClose });
    await vi.advanceTimersByTimeAsync(4_000);
    s.push(1);
    await vi.advanceTimersByTimeAsync(4_000);
    expect(onClose).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(await s.next()).toEqual({ value: 1, done: false });
    expect(await s.next()).toEqual({ value: undefined, done: true });
  });

  it('maps values, skips undefined ones, and returns its source when returned', async () => {
    const onClose = vi.fn();
    const s = new LiveStream<number>({ minGapMs: 0, idleMs: 60_000, merge: (_a, b) => b, onClose });
    const mapped = mapStream(s, (n) => Promise.resolve(n % 2 ? `odd ${n}` : undefined));
    s.push(2);
    const next = mapped.next();
    await vi.advanceTimersByTimeAsync(0);
    s.push(3);
    expect(await next).toEqual({ value: 'odd 3', done: false });
    await mapped.return!();
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
