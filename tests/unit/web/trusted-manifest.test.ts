import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const WEB = path.resolve(import.meta.dirname, '../../../web/src');

describe("the Explorer's trusted-operations manifest", () => {
  it('covers every operation the page sends: all of them live in queries.ts, which the build turns into the manifest', () => {
    const elsewhere = readdirSync(WEB)
      .filter((f) => f.endsWith('.ts') && f !== 'queries.ts')
      .filter((f) => /\/\* GraphQL \*\/|^\s*(query|mutation|subscription)\s+\w+\s*[({]/m.test(readFileSync(path.join(WEB, f), 'utf8')));
    expect(elsewhere).toEqual([]);
  });
});
