import type { GraphQLInputType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DEFAULT_STRING_BOUND, isInputObject, isList, LIST_BOUNDS, nullable, STRING_BOUNDS } from '../../src/graphql/bounds.js';
import { createSchema } from '../../src/graphql/schema.js';
import { cleanText, excerpt, textProblem } from '../../src/domain/text.js';

/** Every argument and input field of the schema, by position (`Type.field.argument`, `Input.field`). */
function positions() {
  const schema = createSchema();
  const found: Array<{ position: string; type: GraphQLInputType; description: string | null | undefined }> = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if ('getInterfaces' in type) {
      for (const field of Object.values(type.getFields())) {
        for (const arg of field.args) found.push({ position: `${type.name}.${field.name}.${arg.name}`, type: arg.type, description: arg.description });
      }
    } else if (isInputObject(type)) {
      for (const field of Object.values(type.getFields())) found.push({ position: `${type.name}.${field.name}`, type: field.type, description: field.description });
    }
  }
  return found;
}

describe('input bounds', () => {
  const all = positions();
  const lists = all.filter((p) => isList(nullable(p.type)));

  it('declares a bound for every list argument and input field, and only for those', () => {
    expect(lists.length).toBeGreaterThan(30);
    expect(lists.map((p) => p.position).filter((position) => LIST_BOUNDS[position] === undefined)).toEqual([]);
    expect(Object.keys(LIST_BOUNDS).filter((position) => !lists.some((p) => p.position === position))).toEqual([]);
    // No list of lists: the walker bounds one level per position.
    expect(lists.filter((p) => isList(nullable((nullable(p.type) as { ofType: GraphQLInputType }).ofType))).map((p) => p.position)).toEqual([]);
  });

  it('states each list bound in the schema description', () => {
    for (const list of lists) expect(list.description, list.position).toContain(`At most ${LIST_BOUNDS[list.position]} items.`);
  });

  it('bounds every string: the exceptions name real positions and stay under the request body cap', () => {
    expect(all.some((p) => (nullable(p.type) as { name?: string }).name === 'String')).toBe(true);
    for (const [position, bound] of Object.entries(STRING_BOUNDS)) {
      expect(all.some((p) => p.position === position), position).toBe(true);
      expect(bound).toBeGreaterThan(DEFAULT_STRING_BOUND);
      expect(bound).toBeLessThanOrEqual(4 * 1024 * 1024);
    }
  });
});

describe('text hygiene', () => {
  it('refuses NUL, other control characters and lone surrogates; keeps tab, newline, accents and emoji', () => {
    for (const bad of ['a\u0000b', '\u0001', 'x\u001Fy', '\u007F', '\u0085', '\uFFFF', '\uD800', 'a\uDC00', '\uDBFF\uD800']) expect(textProblem(bad), JSON.stringify(bad)).not.toBeNull();
    for (const good of ['Dinas Pariwisata', 'baris 1\nbaris 2\r\n\tberikutnya', 'Bontang 🌊🏭', '𝔓𝔢𝔫𝔱𝔞', 'ǅ\u0301\u200B']) expect(textProblem(good), good).toBeNull();
  });

  it('cleans stored text for export and cuts echoes short', () => {
    expect(cleanText('a\u0000b\uD800c🌊')).toBe('a\uFFFDb\uFFFDc🌊');
    expect(excerpt('x'.repeat(3_000_000))).toBe(`${'x'.repeat(40)}… (3000000 characters)`);
    expect(excerpt('short')).toBe('short');
  });
});
