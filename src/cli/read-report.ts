import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { parseDataset } from '../domain/dataset.js';
import { matchReading, type GraphCatalogs } from '../reader/match.js';
import { readReport } from '../reader/read.js';

/**
 * `npm run read-report -- report.txt... [--json] [--against seeds/pentahelix.json]
 *  [--title T] [--publisher P] [--published-on YYYY-MM-DD] [--url U]`
 * reads reports (plain text) into drafts of the import dataset format. Without --json it lists
 * every proposal with its confidence, match and quote; with --json it prints only the draft
 * (an array of drafts for several files), ready for `npm run import -- draft.json --dry-run`.
 * --against matches the proposals against a dataset file (the seed, an export) instead of
 * leaving them all new. Needs no database and no network.
 */
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    json: { type: 'boolean', default: false },
    against: { type: 'string' },
    title: { type: 'string' },
    publisher: { type: 'string' },
    'published-on': { type: 'string' },
    url: { type: 'string' },
  },
});
if (positionals.length === 0) {
  console.error('usage: npm run read-report -- <report.txt>... [--json] [--against dataset.json] [--title T] [--publisher P] [--published-on YYYY-MM-DD] [--url U]');
  process.exit(2);
}

let catalogs: GraphCatalogs = { stakeholder: [], person: [], program: [], region: [] };
if (values.against) {
  const known = parseDataset(JSON.parse(await readFile(values.against, 'utf8')));
  catalogs = { stakeholder: known.stakeholders, person: known.people, program: known.programs, region: known.regions.map((r) => ({ ...r, aliases: [] })) };
}

const drafts = [];
for (const file of positionals) {
  const text = await readFile(file, 'utf8');
  const reading = readReport({ text, title: values.title, publisher: values.publisher, publishedOn: values['published-on'], url: values.url });
  const { draft, proposals } = matchReading(reading, catalogs);
  drafts.push(draft);
  if (values.json) continue;
  console.log(`\n${file}: ${draft.sources[0]!.title}`);
  for (const p of proposals) {
    const match = p.match.kind === 'EXACT' ? `= ${p.match.id}` : p.match.kind === 'SIMILAR' ? `~ ${p.match.id} (${p.match.score})` : 'new';
    console.log(`  [${p.collection}] ${p.label} · ${p.detail} · ${p.confidence} · ${match}\n      “${p.quote.length > 160 ? `${p.quote.slice(0, 157)}...` : p.quote}”`);
  }
}
if (values.json) console.log(JSON.stringify(drafts.length === 1 ? drafts[0] : drafts, null, 2));
