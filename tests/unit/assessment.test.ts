import { describe, expect, it } from 'vitest';
import { centralCutoff, flagsOf, GRID_THRESHOLDS, isCentral, quadrantOf } from '../../src/domain/assessment.js';

describe('the power-interest grid rules', () => {
  it('splits each axis above the middle of the 1-5 scale', () => {
    const cells = [1, 2, 3, 4, 5].map((power) => [1, 2, 3, 4, 5].map((interest) => quadrantOf(power, interest)));
    expect(cells[4]![4]).toBe('MANAGE_CLOSELY');
    expect(cells[3]![3]).toBe('MANAGE_CLOSELY');
    expect(cells[3]![2]).toBe('KEEP_SATISFIED');
    expect(cells[2]![3]).toBe('KEEP_INFORMED');
    expect(cells[2]![2]).toBe('MONITOR');
    // Every cell of the 5x5 scale lands in exactly the quadrant its two halves say.
    for (let p = 1; p <= 5; p++) {
      for (let i = 1; i <= 5; i++) {
        const high = (x: number) => x >= GRID_THRESHOLDS.highFrom;
        const expected = high(p) ? (high(i) ? 'MANAGE_CLOSELY' : 'KEEP_SATISFIED') : high(i) ? 'KEEP_INFORMED' : 'MONITOR';
        expect(cells[p - 1]![i - 1]).toBe(expected);
      }
    }
  });

  it('takes the partner count at the edge of the best-connected quarter, ties at the edge included', () => {
    expect(centralCutoff([])).toBe(Infinity);
    expect(centralCutoff([9])).toBe(9);
    // Eight stakeholders: the top quarter is two; the second has 6 partners.
    expect(centralCutoff([10, 6, 6, 5, 3, 1, 1, 0])).toBe(6);
    expect(isCentral({ partners: 6, rank: 3, centralFrom: 6 })).toBe(true);
    expect(isCentral({ partners: 5, rank: 4, centralFrom: 6 })).toBe(false);
    // A few partners are never central, however small the scope.
    expect(isCentral({ partners: 2, rank: 1, centralFrom: 2 })).toBe(false);
    expect(isCentral({ partners: 0, rank: null, centralFrom: 0 })).toBe(false);
  });

  it('flags the powerful with few ties, and the central who oppose', () => {
    const central = { partners: 8, rank: 1, centralFrom: 6 };
    const loner = { partners: 2, rank: 7, centralFrom: 6 };
    expect(flagsOf({ power: 5, position: 'NEUTRAL' }, loner)).toEqual(['HIDDEN_GATEKEEPER']);
    expect(flagsOf({ power: 3, position: 'NEUTRAL' }, loner)).toEqual([]);
    expect(flagsOf({ power: 5, position: 'STRONGLY_OPPOSES' }, central)).toEqual(['CENTRAL_BUT_OPPOSED']);
    expect(flagsOf({ power: 1, position: 'OPPOSES' }, central)).toEqual(['CENTRAL_BUT_OPPOSED']);
    expect(flagsOf({ power: 5, position: 'SUPPORTS' }, central)).toEqual([]);
    expect(flagsOf({ power: 4, position: 'OPPOSES' }, loner)).toEqual(['HIDDEN_GATEKEEPER']);
  });
});
