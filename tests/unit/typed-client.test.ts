import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { buildSchema, printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import config from '../../codegen.js';
import { createSchema, publishedSchema } from '../../src/graphql/schema.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TSC = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');

describe('the published SDL and the typed document set', () => {
  it('are what `npm run codegen` makes of schema/ and the example documents (no drift)', async () => {
    const outputs = (await generate({ ...config, cwd: ROOT, silent: true }, false)) as Array<{ filename: string; content: string }>;
    const published = outputs.filter((o) => o.filename.startsWith('examples/app/generated/'));
    expect(published.map((o) => o.filename).sort()).toEqual(['examples/app/generated/gql.ts', 'examples/app/generated/graphql.ts', 'examples/app/generated/index.ts', 'examples/app/generated/persisted-documents.json']);
    for (const output of published) expect(readFileSync(path.join(ROOT, output.filename), 'utf8'), `${output.filename} is stale: run npm run codegen`).toBe(output.content);
  }, 60_000);

  it('schema.graphql is the schema the service serves, and a valid SDL of it', () => {
    const file = readFileSync(path.join(ROOT, 'schema.graphql'), 'utf8');
    expect(file, 'schema.graphql is stale: run npm run codegen').toBe(publishedSchema());
    expect(printSchema(buildSchema(file))).toBe(printSchema(createSchema()));
  });

  it('type-checks the example app, and rejects one that reads a field its query does not select', () => {
    execFileSync(process.execPath, [TSC, '-p', 'examples/app'], { cwd: ROOT, stdio: 'pipe' });
    const wrong = path.join(ROOT, 'examples/app/wrong.ts');
    writeFileSync(wrong, `import type { Execute } from './client.js';
import { WhoMatters } from './documents.js';
export const wrong = async (execute: Execute) => (await execute(WhoMatters, { metric: 'PAGERANK', first: 5 })).influence.entries[0]?.stakeholder.website;
export const badVariables = (execute: Execute) => execute(WhoMatters, { metric: 'FAME', first: 5 });
`);
    try {
      let output = '';
      try {
        execFileSync(process.execPath, [TSC, '-p', 'examples/app'], { cwd: ROOT, stdio: 'pipe' });
      } catch (error) {
        output = String((error as { stdout: Buffer }).stdout);
      }
      expect(output).toContain("Property 'website' does not exist");
      expect(output).toContain('"FAME"');
    } finally {
      rmSync(wrong, { force: true });
    }
  }, 60_000);
});
