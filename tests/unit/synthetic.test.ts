import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/domain/dataset.js';
import { countDistinctTies, generateDataset } from '../../src/seed/synthetic.js';

describe('the synthetic generator', () => {
  const big = generateDataset({ stakeholders: 5000, seed: 3 });

  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateDataset({ stakeholders: 300, seed: 9 })).toEqual(generateDataset({ stakeholders: 300, seed: 9 }));
    expect(generateDataset({ stakeholders: 300, seed: 9 })).not.toEqual(generateDataset({ stakeholders: 300, seed: 10 }));
  });

  it('produces a dataset the loader accepts, every reference resolved', () => {
    expect(() => parseDataset(generateDataset({ stakeholders: 500, seed: 1 }))).not.toThrow();
  });

  it('has the helix mix of a real region', () => {
    const share = (helix: string) => big.stakeholders.filter((s) => s.helix === helix).length / big.stakeholders.length;
    expect(share('GOVERNMENT')).toBeGreaterThan(0.25);
    expect(share('GOVERNMENT')).toBeLessThan(0.36);
    expect(share('BUSINESS')).toBeGreaterThan(0.25);
    expect(share('ACADEMIA')).toBeGreaterThan(0.06);
    expect(share('MEDIA')).toBeGreaterThan(0.05);
    expect(share('MEDIA')).toBeLessThan(0.11);
  });

  it('derives about ten ties per stakeholder, with a heavy tail', () => {
    const ties = countDistinctTies(big);
    expect(ties / 5000).toBeGreaterThan(7.5);
    expect(ties / 5000).toBeLessThan(12.5);
    const degree = new Map<string, number>();
    for (const c of big.collaborations) for (const p of c.parties) degree.set(p.stakeholderId, (degree.get(p.stakeholderId) ?? 0) + c.parties.length - 1);
    const sorted = [...degree.values()].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    expect(sorted.at(-1)!).toBeGreaterThanOrEqual(10 * median);
  });

  it('makes most collaborations two-party, with evidence on every fact and no duplicate parties', () => {
    const twoParty = big.collaborations.filter((c) => c.parties.length === 2).length / big.collaborations.length;
    expect(twoParty).toBeGreaterThan(0.6);
    for (const c of big.collaborations) {
      expect(c.evidence.length).toBeGreaterThan(0);
      expect(new Set(c.parties.map((p) => p.stakeholderId)).size).toBe(c.parties.length);
    }
    for (const p of big.participations) expect(p.evidence.length).toBeGreaterThan(0);
  });
});
