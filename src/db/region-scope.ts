/**
 * When a stakeholder counts in a region: it works there. That is where it is based, or where a
 * program it takes part in (directly, or through a collaboration under the program) is held,
 * the region or any region inside it. A media outlet or a national body is based elsewhere or
 * nowhere, yet takes part in a city's work through the events it reports on or joins.
 *
 * The one rule for every region scope: the analytics projection (map, influence, gaps and the
 * panel's figures) and the stakeholder list use it, so they always agree on who is in.
 */
const WAYS_IN = [
  (s: string) => `(${s})-[:BASED_IN]->(:Region)`,
  (s: string) => `(${s})-[:TAKES_PART]->(:Participation)-[:IN]->(:Program)-[:IN_REGION]->(:Region)`,
  (s: string) => `(${s})-[:PARTY_TO]->(:Collaboration)-[:UNDER]->(:Program)-[:IN_REGION]->(:Region)`,
];

/**
 * A subquery body matching `stakeholder` working in `region` (both patterns, bound or not) and
 * returning `returns`: the same column from every way in, joined by UNION. `levelsUp` 0 keeps
 * only the regions it works in directly, not those containing them.
 */
export const worksIn = (stakeholder: string, region: string, returns: string, levelsUp = 10): string =>
  WAYS_IN.map((way) => `MATCH ${way(stakeholder)}-[:PART_OF*0..${levelsUp}]->(${region}) RETURN ${returns}`).join(' UNION ');

/** The same rule as a list expression: every region `stakeholder` (bound) works in, with those above them. */
export const regionsWorkedIn = (stakeholder: string): string =>
  WAYS_IN.map((way) => `[${way(stakeholder)}-[:PART_OF*0..10]->(r:Region) | r]`).join(' + ');
