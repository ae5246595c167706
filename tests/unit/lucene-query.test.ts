import { describe, expect, it } from 'vitest';
import { luceneQuery } from '../../src/db/pagination.js';

describe('luceneQuery', () => {
  it('makes each word a boosted exact, prefix or near match, all required', () => {
    expect(luceneQuery('Dinas Bontang')).toBe('(dinas^3 OR dinas* OR dinas~1) AND (bontang^3 OR bontang* OR bontang~1)');
    expect(luceneQuery('lng')).toBe('(lng^3 OR lng*)');
  });

  it('keeps operators and special characters as text', () => {
    expect(luceneQuery("' OR 1=1 --")).toBe("('^3 OR '*) AND (or^3 OR or*) AND (1=1^3 OR 1=1*) AND (\\-\\-^3 OR \\-\\-* OR \\-\\-~1)");
    expect(luceneQuery('a AND NOT b')).not.toMatch(/\bAND NOT\b/);
    expect(luceneQuery('(x)')).toBe('(\\(x\\)^3 OR \\(x\\)* OR \\(x\\)~1)');
  });

  it('ignores empty words and keeps at most twelve', () => {
    expect(luceneQuery('   ')).toBe('');
    expect(luceneQuery(Array.from({ length: 20 }, (_, i) => `w${i}`).join(' ')).split(' AND ')).toHaveLength(12);
  });
});
