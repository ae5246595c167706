import { duplicateCandidates, placeWords, rarityWeights, scorePair, variantsOf, type DuplicateSubject } from '../src/analytics/duplicates.js';
import { generateDataset } from '../src/seed/synthetic.js';

/**
 * Duplicate candidates on synthetic stakeholders (one in fifty written twice: once without its
 * legal form, the number kept), at doubling sizes. Blocking should grow about linearly (ratio
 * ~2 per doubling); scoring every pair, the baseline measured in the same run at the small
 * sizes, grows as the square (ratio ~4).
 */
function subjects(n: number): { list: DuplicateSubject[]; places: Set<string> } {
  const data = generateDataset({ stakeholders: n, seed: 7 });
  const list: DuplicateSubject[] = data.stakeholders.map((s) => ({ id: s.id, name: s.name, aliases: s.aliases, group: s.helix, regions: s.regionId ? [s.regionId] : [], links: [] }));
  for (let i = 0; i < n; i += 50) {
    const s = list[i]!;
    list.push({ ...s, id: `${s.id}-dup`, name: s.name.replace(/^PT /, '').replace(/^Dinas Tenaga Kerja /, 'Disnaker ') });
  }
  return { list, places: placeWords(data.regions.map((r) => r.name)) };
}

const time = (work: () => unknown) => {
  const started = performance.now();
  const result = work();
  return { ms: performance.now() - started, result };
};

console.log('| subjects | candidates from | ms | ratio to the size before | duplicates found |\n|---|---|---|---|---|');
let previous: number | null = null;
for (const n of [1_000, 2_000, 4_000, 8_000]) {
  const { list, places } = subjects(n);
  const { ms, result } = time(() => duplicateCandidates(list, { kind: 'ORGANISATION', first: 100_000, places }));
  const found = (result as Array<{ b: string; a: string }>).filter((p) => p.b === `${p.a}-dup`).length;
  console.log(`| ${list.length} | blocked | ${Math.round(ms)} | ${previous ? (ms / previous).toFixed(2) : '-'} | ${found} of ${Math.ceil(n / 50)} planted |`);
  previous = ms;
}
let allPrevious: number | null = null;
for (const n of [250, 500]) {
  const { list } = subjects(n);
  const variants = new Map(list.map((s) => [s.id, variantsOf(s, 'ORGANISATION')]));
  const weight = rarityWeights([...variants.values()].flat());
  const { ms } = time(() => {
    let offered = 0;
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) if (scorePair(list[i]!, list[j]!, 'ORGANISATION', weight, variants)) offered++;
    return offered;
  });
  console.log(`| ${list.length} | every pair (baseline) | ${Math.round(ms)} | ${allPrevious ? (ms / allPrevious).toFixed(2) : '-'} | |`);
  allPrevious = ms;
}
