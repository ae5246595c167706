import { pathToFileURL } from 'node:url';
import { createClient, type Execute } from './client.js';
import { HowToReach, WhoMatters } from './documents.js';

/** What the app shows: how `from` reaches `to`, and the five stakeholders who matter most. */
export async function briefing(execute: Execute, from: string, to: string): Promise<string[]> {
  const { path } = await execute(HowToReach, { from, to });
  const { influence } = await execute(WhoMatters, { metric: 'PAGERANK', first: 5 });
  const route = path.path
    ? [`${from} reaches ${to} in ${path.path.length} hops:`, ...path.path.hops.map((hop) => `  ${hop.from.name} -> ${hop.to.name}: ${hop.explanation}`)]
    : [`${from} cannot reach ${to}: ${path.reason ?? 'unknown'}`];
  const ranking = influence.entries.map((e) => `  ${e.rank}. ${e.stakeholder.name} (${e.stakeholder.helix}) ${e.score.toFixed(3)}`);
  return [...route, `Who matters most, of ${influence.stakeholderCount}:`, ...ranking];
}

// GRAPHQL_URL=http://localhost:4000/graphql API_KEY=phg_... npx tsx examples/app/app.ts masata-bontang disnaker-bontang
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [from = 'masata-bontang', to = 'disnaker-bontang'] = process.argv.slice(2);
  const execute = createClient({
    endpoint: process.env.GRAPHQL_URL ?? 'http://localhost:4000/graphql',
    ...(process.env.API_KEY ? { apiKey: process.env.API_KEY } : {}),
    persisted: process.env.PERSISTED === '1',
  });
  briefing(execute, from, to).then(
    (lines) => console.log(lines.join('\n')),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
