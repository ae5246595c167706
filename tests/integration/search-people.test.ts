import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, unique, type TestApp } from '../support/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const SEARCH = `query Search($text: String!, $first: Int) {
  search(text: $text, first: $first) {
    score
    node {
      __typename
      ... on Stakeholder { id name }
      ... on Program { id name }
      ... on Person { id name aliases offices { title stakeholder { id } } }
    }
  }
}`;
type Hit = { score: number; node: { __typename: string; id: string; name: string; aliases?: string[]; offices?: Array<{ title: string; stakeholder: { id: string } }> } };
const search = async (text: string, first = 10) => {
  const { data, errors } = await t.gql<{ search: Hit[] }>(SEARCH, { text, first });
  expect(errors).toBeUndefined();
  return data!.search;
};

describe('search', () => {
  it('puts what is named exactly as searched first: "MASATA" is the organisation whose alias it is, before the events naming it', async () => {
    const hits = await search('MASATA');
    expect(hits[0]!.node).toMatchObject({ __typename: 'Stakeholder', id: 'masata-dpp' });
    expect(hits.some((h) => h.node.__typename === 'Program')).toBe(true);
    expect((await search('masata', 1))[0]!.node.id).toBe('masata-dpp');
  });

  it('finds people by name, with their offices, and by alias', async () => {
    const ade = await search('Ade Kuswara Kunang');
    expect(ade[0]!.node).toMatchObject({ __typename: 'Person', id: 'ade-kuswara-kunang', offices: [{ title: 'Bupati Bekasi', stakeholder: { id: 'pemkab-bekasi' } }] });
    const basri = await search('Basri Rase');
    expect(basri[0]!.node).toMatchObject({ __typename: 'Person', id: 'basri-rase' });
    expect((await search('Bunda Neni'))[0]!.node).toMatchObject({ __typename: 'Person', id: 'neni' });
    expect((await search('kuswara'))).toEqual(expect.arrayContaining([expect.objectContaining({ node: expect.objectContaining({ id: 'ade-kuswara-kunang' }) })]));
  });

  it('finds a person written through the API by a new alias', async () => {
    const id = unique('person');
    const alias = `Pak ${id.replace(/-/gu, '')}`;
    const { errors } = await t.gql(`mutation($input: PersonInput!) { upsertPerson(input: $input) { id } }`, { input: { id, name: 'Sutrisno Test', aliases: [alias] } }, 'EDITOR');
    expect(errors).toBeUndefined();
    expect((await search(alias))[0]!.node).toMatchObject({ __typename: 'Person', id });
  });
});
