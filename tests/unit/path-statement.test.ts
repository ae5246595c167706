import { describe, expect, it } from 'vitest';
import { HOP_LIMIT, shortestPathCypher, type HopDetail } from '../../src/db/path-store.js';

/**
 * The fewest-hop statement, checked without a database: its text depends on the hop bound and
 * the shape of the read alone (values are parameters), and it carries only what the shape asks.
 */
const PARAMETERS = new Set(['from', 'to', 'helices', 'kinds', 'avoid', 'activeOn', 'asOf']);
const shapes = [false, true].flatMap((filtered) => (['none', 'explained', 'facts', 'evidence'] as HopDetail[]).map((hops) => ({ filtered, hops })));

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
    // The rows of the facts only when asked; an explanation is written from their names.
    expect(cypher.includes('c { .id, .name, .kind, .description')).toBe(shape.hops === 'facts' || shape.hops === 'evidence');
    expect(cypher.includes('collaborations: [c IN cs | c {.name, .kind}], programs: [p IN ps | p {.name}]')).toBe(shape.hops === 'explained');
    // Each tie's weight is read off the path the search found, not matched again.
    expect(cypher.includes('OPTIONAL MATCH (ha)-[t:WORKS_WITH]-(hb)')).toBe(false);
    expect(cypher.includes('relationships(p) AS ts')).toBe(shape.hops !== 'none');
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

  it('fetches only the plain properties a read names of the stakeholders (id always, in a fixed order), else their whole rows', () => {
    expect(shortestPathCypher(6, { filtered: false, hops: 'explained', stakeholders: ['name'] })).toMatch(/\[s IN ns \| s \{\.id, \.name\}\] AS stakeholders, hops$/);
    expect(shortestPathCypher(6, { filtered: false, hops: 'none', stakeholders: ['kind', 'name', 'id'] })).toMatch(/\[s IN ns \| s \{\.id, \.name, \.kind\}\] AS stakeholders$/);
    expect(shortestPathCypher(6, { filtered: false, hops: 'none', stakeholders: [] })).toMatch(/\[s IN ns \| s \{\.id\}\] AS stakeholders$/);
    expect(shortestPathCypher(6, { filtered: false, hops: 'none' })).toContain('createdAt: toString(s.createdAt)');
  });

  it('orders shared facts of the same date by id, so a hop is explained the same way every time', () => {
    const cypher = shortestPathCypher(6, { filtered: false, hops: 'explained' });
    expect(cypher).toContain('ORDER BY c.startedOn DESC, c.strength DESC, c.id LIMIT 5');
    expect(cypher).toContain('ORDER BY p.startsOn DESC, p.id LIMIT 5');
  });
});
