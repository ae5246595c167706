import { describe, expect, it } from 'vitest';
import { HOP_LIMIT, shortestPathCypher, type HopDetail } from '../../src/db/path-store.js';

/**
 * The fewest-hop statement, checked without a database: its text depends on the hop bound and
 * the shape of the read alone (values are parameters), and it carries only what the shape asks.
 */
const PARAMETERS = new Set(['from', 'to', 'helices', 'kinds', 'avoid', 'activeOn', 'asOf']);
const shapes = [false, true].flatMap((filtered) => (['none', 'facts', 'evidence'] as HopDetail[]).map((hops) => ({ filtered, hops })));

describe('fewest-hop statement: shape in, Cypher out', () => {
  it.each(shapes)('filtered $filtered, hops $hops: only the fixed parameters, only what is asked', (shape) => {
    const cypher = shortestPathCypher(6, shape);
    expect(cypher).toContain('shortestPath((a)-[:WORKS_WITH*..6]-(b))');
    expect(new Set([...cypher.matchAll(/\$(\w+)/g)].map((m) => m[1]))).toSatisfy((used: Set<string>) => [...used].every((p) => PARAMETERS.has(p)));
    // Without a filter the search checks no predicate at all (the common shape runs as the floor does).
    expect(cypher.includes('$helices')).toBe(shape.filtered);
    expect(cypher.includes('all(t IN relationships(p)')).toBe(shape.filtered);
    // The hops come with the path when asked, their quotes only when asked.
    expect(cypher.includes('collect(hop) AS hops')).toBe(shape.hops !== 'none');
    expect(cypher.includes('EVIDENCED_BY')).toBe(shape.hops === 'evidence');
    expect(cypher).toMatch(/RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, \[s IN ns \| s \{[^}]+\}\] AS stakeholders(, hops)?$/);
  });

  it('keeps the statement of old for the default shape (filtered, path only) and bounds the hops from a table', () => {
    expect(shortestPathCypher(4)).toBe(shortestPathCypher(4, { filtered: true, hops: 'none' }));
    expect(shortestPathCypher(HOP_LIMIT, { filtered: false, hops: 'facts' })).toContain(`*..${HOP_LIMIT}]`);
    expect(() => shortestPathCypher(HOP_LIMIT + 1)).toThrow(RangeError);
    expect(() => shortestPathCypher(0)).toThrow(RangeError);
  });

  it('orders the hops along the path and explains a path of one stakeholder with none', () => {
    const cypher = shortestPathCypher(6, { filtered: false, hops: 'facts' });
    expect(cypher).toContain('UNWIND range(0, size(coalesce(ns, [])) - 2) AS i');
    expect(cypher).toContain('WITH i, hop ORDER BY i');
  });
});
