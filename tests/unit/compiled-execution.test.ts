import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { runsCompiled } from '../../src/graphql/compiled-execution.js';
import { createSchema } from '../../src/graphql/schema.js';

const schema = createSchema();
const runs = (source: string, variableValues?: Record<string, unknown>, operationName?: string) =>
  runsCompiled({ schema, document: parse(source), variableValues, operationName });

describe('which operations run compiled', () => {
  it('compiles queries, with or without variables', () => {
    expect(runs('{ stakeholders(first: 1) { totalCount } }')).toBe(true);
    expect(runs('query($id: ID!) { stakeholder(id: $id) { id } }', { id: 'masata-bontang' })).toBe(true);
    expect(runs('query($h: [Helix!]) { stakeholders(where: {helices: $h}) { totalCount } }', { h: 'MEDIA' })).toBe(true);
  });

  it('leaves writes and subscriptions to graphql-js', () => {
    expect(runs('mutation { deleteStakeholder(id: "x") }')).toBe(false);
    expect(runs('subscription { graphChanged { version } }')).toBe(false);
  });

  it('leaves variables graphql-js refuses to graphql-js, which names what was expected', () => {
    expect(runs('query($id: ID!) { stakeholder(id: $id) { id } }', {})).toBe(false);
    expect(runs('query($id: ID!) { stakeholder(id: $id) { id } }', { id: 1.5 })).toBe(false);
    expect(runs('query($w: StakeholderFilter) { stakeholders(where: $w) { totalCount } }', { w: { helices: ['BANKING'] } })).toBe(false);
  });

  it('leaves documents of several operations to graphql-js (compiled operations are found by document)', () => {
    const two = 'query A { stakeholders(first: 1) { totalCount } } query B { programs(first: 1) { totalCount } }';
    expect(runs(two, {}, 'A')).toBe(false);
    expect(runs('query A { stakeholders(first: 1) { totalCount } }', {}, 'B')).toBe(false);
  });
});
