import { distance } from 'fastest-levenshtein';
import { GOVERNMENT_LEVELS, KNOWN_NAMES, REGIONAL_BODIES } from '../reader/lexicon.js';

/**
 * Which stakeholders (or people) are likely one and the same, and why. Pure: the caller reads
 * the names, regions and partners; this scores pairs and lists reasons a coordinator can check.
 *
 * Names are compared as weighted token sets after normalising them: case, accents and
 * punctuation folded; the standard abbreviations the reader knows expanded ("Disnaker" ->
 * "Dinas Tenaga Kerja", "Pemkot" -> "Pemerintah Kota"); legal forms (PT, CV, Tbk, Persero) and
 * the head words Dinas and Universitas dropped, and for people academic and religious titles.
 * A token weighs by its rarity in the compared set (inverse document frequency), so two offices
 * sharing only "Kota Bontang" are not alike. Tokens one edit apart (6+ letters) count as the same
 * word, and an unknown abbreviation is recognised when it can be spelled from the start of its
 * first word and one syllable-start piece of each following word ("DPRD", "Disdukcapil").
 *
 * Candidates come from blocking, never from all pairs: subjects meet only when they share a
 * rare key (a word, a word's first or last letters for typo matches, the initials of a run of
 * words, or an abbreviation's first two letters with another word of the name). A key held by
 * more than `blockLimit` subjects is too common to say anything and is skipped, so the work
 * grows with the number of subjects times the block limit, not with its square.
 */

export interface DuplicateSubject {
  id: string;
  name: string;
  aliases: readonly string[];
  /** Helix of a stakeholder; absent for people. Two helices make a match less likely. */
  group?: string;
  /** Regions the subject works in (for people: those of the organisations they serve). */
  regions: readonly string[];
  /** Partners of a stakeholder, or organisations a person holds an office in. */
  links: readonly string[];
}

export type SubjectKind = 'ORGANISATION' | 'PERSON';

export const DUPLICATE_REASONS = ['SAME_NAME', 'SIMILAR_NAME', 'ABBREVIATION', 'SHARED_REGION', 'SHARED_PARTNERS', 'SHARED_ORGANISATIONS', 'DIFFERENT_HELIX', 'DIFFERENT_PLACE'] as const;
export type DuplicateReasonKind = (typeof DUPLICATE_REASONS)[number];

export interface DuplicateReason {
  kind: DuplicateReasonKind;
  /** What matched, in the data's own words ("Disnaker" ~ "Dinas Tenaga Kerja"). */
  detail: string;
  /** What the reason added to (or, negative, took from) the score. */
  weight: number;
}

export interface DuplicatePair {
  /** The lower id first. */
  a: string;
  b: string;
  /** In [0, 1]; pairs from MIN_SCORE up are candidates. */
  score: number;
  reasons: DuplicateReason[];
}

export const MIN_SCORE = 0.55;
/** Below this name similarity, shared regions and partners do not make a pair a candidate. */
const NAME_FLOOR = 0.6;
const NAME_WEIGHT = 0.75;
const REGION_BONUS = 0.1;
const LINK_BONUS = 0.2;
const GROUP_PENALTY = 0.25;
const PLACE_PENALTY = 0.3;
/** Words of region names that name no place of their own. */
const REGION_WORDS = new Set(['kota', 'kabupaten', 'kab', 'provinsi', 'kecamatan', 'desa', 'kelurahan', 'city', 'regency', 'province', 'pusat', 'utara', 'selatan', 'barat', 'timur', 'tengah']);

/** The words of region names that name a place ("bontang" of "Kota Bontang"). */
export function placeWords(regionNames: Iterable<string>): Set<string> {
  return new Set([...regionNames].flatMap(words).filter((w) => !REGION_WORDS.has(w)));
}
const FUZZY_FACTOR = 0.9;
export const DEFAULT_BLOCK_LIMIT = 64;

const LEGAL_FORMS = new Set(['pt', 'cv', 'tbk', 'persero', 'perseroda', 'perum', 'ud']);
const HEAD_WORDS = new Set(['dinas', 'universitas']);
const STOP_WORDS = new Set(['dan', 'serta', 'di', 'dari', 'untuk', 'of', 'the', 'and']);
const TITLES = new Set(['dr', 'drs', 'dra', 'ir', 'prof', 'h', 'hj', 'haji', 'kh', 'se', 'sh', 'st', 'mm', 'mt', 'msi', 'mpd', 'spd', 'skom', 'skm', 'mba', 'phd', 'bapak', 'ibu', 'pak', 'bu', 'si', 'pd', 'kom', 'sos', 'ag', 'psi', 'hum', 'kes']);

/** Lower case, accents and punctuation folded, split into words. */
export function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Single-word abbreviations the reader's lexicon knows, with their expansions as words. */
const EXPANSIONS: ReadonlyMap<string, string[]> = new Map(
  [
    ...KNOWN_NAMES.flatMap((k) => (k.expansion ? [[k.name, k.expansion] as const] : [])),
    ...GOVERNMENT_LEVELS.flatMap((g) => g.heads.split('|').map((h) => [h, g.heads.split('|')[0]!] as const)),
    ...REGIONAL_BODIES.flatMap((b) => b.heads.split('|').map((h) => [h, b.official] as const)),
  ]
    .map(([short, long]) => [words(short), words(long)] as const)
    .filter(([short, long]) => short.length === 1 && long.join(' ') !== short[0])
    .map(([short, long]) => [short[0]!, long]),
);

/** One way of writing a subject's name, as words: `core` are the words that identify it. */
interface Variant {
  text: string;
  tokens: string[];
  core: boolean[];
  /** The known abbreviations expanded in it ("disnaker = dinas tenaga kerja"). */
  expanded: string[];
}

export function variant(text: string, kind: SubjectKind): Variant {
  const expanded: string[] = [];
  const tokens = words(text)
    .flatMap((w) => {
      const long = kind === 'ORGANISATION' ? EXPANSIONS.get(w) : undefined;
      if (long) expanded.push(`${w} = ${long.join(' ')}`);
      return long ?? [w];
    })
    .filter((w) => !STOP_WORDS.has(w) && !LEGAL_FORMS.has(w) && !(kind === 'PERSON' && (TITLES.has(w) || w.length === 1)));
  return { text, tokens, core: tokens.map((w) => !HEAD_WORDS.has(w)), expanded };
}

/**
 * Whether `abbreviation` can be spelled by one piece of each word in order: a run of letters
 * from the start of the first word (or that word's start and last letter: Dis from DinaS), then
 * from a syllable start of each following word: Dis-na-ker from DInaS teNAga KERja, Dis-duk-ca-pil
 * from DInaS kepenDUdukan penCAtatan siPIL, D-P-R-D from initials.
 */
export function abbreviates(abbreviation: string, run: readonly string[]): boolean {
  if (run.length < 2 || abbreviation.length < 2 || abbreviation.length >= run.join('').length || run.includes(abbreviation)) return false;
  const memo = new Map<number, boolean>();
  const from = (at: number, word: number): boolean => {
    if (word === run.length) return at === abbreviation.length;
    const key = at * 16 + word;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const w = run[word]!;
    const pieces: string[] = [];
    for (let start = 0; start < w.length; start++) {
      if (start > 0 && (word === 0 || !syllableStart(w, start))) continue;
      for (let end = start + 1; end <= w.length; end++) pieces.push(w.slice(start, end));
    }
    if (word === 0) for (let end = 1; end < w.length - 1; end++) pieces.push(w.slice(0, end) + w.at(-1)!);
    const found = pieces.some((piece) => abbreviation.startsWith(piece, at) && from(at + piece.length, word + 1));
    memo.set(key, found);
    return found;
  };
  return from(0, 0);
}

const VOWEL = /[aeiou]/;
/** Indonesian syllables start at a consonant before a vowel (te-na-ga, pen-ca-ta-tan). */
const syllableStart = (w: string, i: number) => !VOWEL.test(w[i]!) && VOWEL.test(w[i + 1] ?? '');

export type Weights = (token: string) => number;

/** Token weights by rarity among the variants: log(1 + n / df). */
export function rarityWeights(variants: Iterable<Variant>): Weights {
  const df = new Map<string, number>();
  let n = 0;
  for (const v of variants) {
    n++;
    for (const t of new Set(v.tokens)) df.set(t, (df.get(t) ?? 0) + 1);
  }
  return (t) => Math.log(1 + Math.max(n, 1) / (df.get(t) ?? 1));
}

interface NameMatch {
  similarity: number;
  abbreviations: string[];
}

const fuzzyEqual = (x: string, y: string) => x.length >= 6 && y.length >= 6 && distance(x, y) <= 1;

/** Weighted Dice similarity of two variants' identifying words, abbreviations expanded. */
export function nameSimilarity(x: Variant, y: Variant, weight: Weights): NameMatch {
  const coreWeight = (v: Variant) => v.tokens.reduce((sum, t, i) => sum + (v.core[i] ? weight(t) : 0), 0);
  const total = coreWeight(x) + coreWeight(y);
  if (total === 0) return { similarity: x.tokens.join(' ') === y.tokens.join(' ') && x.tokens.length > 0 ? 1 : 0, abbreviations: [] };
  const usedX = x.tokens.map(() => false);
  const usedY = y.tokens.map(() => false);
  let shared = 0;
  const abbreviations: string[] = [];
  const pairUp = (same: (a: string, b: string) => boolean, factor: number) => {
    x.tokens.forEach((a, i) => {
      if (usedX[i]) return;
      const j = y.tokens.findIndex((b, k) => !usedY[k] && same(a, b));
      if (j < 0) return;
      usedX[i] = usedY[j] = true;
      shared += factor * ((x.core[i] ? weight(a) : 0) + (y.core[j] ? weight(y.tokens[j]!) : 0));
    });
  };
  pairUp((a, b) => a === b, 1);
  pairUp(fuzzyEqual, FUZZY_FACTOR);
  // An unmatched word of one side that abbreviates a run of unmatched words of the other.
  const expand = (short: Variant, usedShort: boolean[], long: Variant, usedLong: boolean[]) => {
    short.tokens.forEach((t, i) => {
      if (usedShort[i] || t.length > 12) return;
      for (let start = 0; start < long.tokens.length; start++) {
        // An abbreviation starts with its run's first letter: most runs are out at once.
        if (long.tokens[start]![0] !== t[0]) continue;
        for (let end = Math.min(long.tokens.length, start + 6); end >= start + 2; end--) {
          if (usedLong.slice(start, end).some(Boolean) || !abbreviates(t, long.tokens.slice(start, end))) continue;
          usedShort[i] = true;
          for (let k = start; k < end; k++) usedLong[k] = true;
          shared += (short.core[i] ? weight(t) : 0) + long.tokens.slice(start, end).reduce((s, w, k) => s + (long.core[start + k] ? weight(w) : 0), 0);
          abbreviations.push(`${t} ~ ${long.tokens.slice(start, end).join(' ')}`);
          return;
        }
      }
    });
  };
  expand(x, usedX, y, usedY);
  expand(y, usedY, x, usedX);
  return { similarity: Math.min(1, shared / total), abbreviations };
}

/** Every way a subject is written. */
export function variantsOf(subject: DuplicateSubject, kind: SubjectKind): Variant[] {
  const texts = [...new Set([subject.name, ...subject.aliases])];
  return texts.map((t) => variant(t, kind)).filter((v) => v.tokens.length > 0);
}

const intersection = (a: readonly string[], b: readonly string[]) => {
  const set = new Set(a);
  return [...new Set(b)].filter((x) => set.has(x)).sort();
};
const round = (x: number) => Math.round(x * 1000) / 1000;

/** The score of one pair with its reasons, or null when their names are too far apart. */
export function scorePair(
  x: DuplicateSubject,
  y: DuplicateSubject,
  kind: SubjectKind,
  weight: Weights,
  variants = new Map<string, Variant[]>(),
  places: ReadonlySet<string> = new Set(),
): DuplicatePair | null {
  const of = (s: DuplicateSubject) => variants.get(s.id) ?? variantsOf(s, kind);
  let best: NameMatch & { x: string; y: string; same: boolean } = { similarity: 0, abbreviations: [], x: x.name, y: y.name, same: false };
  for (const vx of of(x)) {
    for (const vy of of(y)) {
      const same = vx.tokens.join(' ') === vy.tokens.join(' ');
      const match = same ? { similarity: 1, abbreviations: [] } : nameSimilarity(vx, vy, weight);
      const abbreviations = same ? [] : [...vx.expanded, ...vy.expanded, ...match.abbreviations];
      if (match.similarity > best.similarity) best = { similarity: match.similarity, abbreviations, x: vx.text, y: vy.text, same };
    }
  }
  if (best.similarity < NAME_FLOOR) return null;
  const reasons: DuplicateReason[] = [];
  const nameWeight = NAME_WEIGHT * best.similarity;
  if (best.same) reasons.push({ kind: 'SAME_NAME', detail: `"${best.x}" = "${best.y}"`, weight: round(nameWeight) });
  else if (best.abbreviations.length > 0) reasons.push({ kind: 'ABBREVIATION', detail: `"${best.x}" ~ "${best.y}" (${best.abbreviations.join('; ')})`, weight: round(nameWeight) });
  else reasons.push({ kind: 'SIMILAR_NAME', detail: `"${best.x}" ~ "${best.y}" (${Math.round(best.similarity * 100)}%)`, weight: round(nameWeight) });
  const regions = intersection(x.regions, y.regions);
  if (regions.length > 0) reasons.push({ kind: 'SHARED_REGION', detail: regions.join(', '), weight: REGION_BONUS });
  const links = intersection(x.links, y.links);
  if (links.length > 0) {
    const union = new Set([...x.links, ...y.links]).size;
    const bonus = LINK_BONUS * (0.5 + 0.5 * (links.length / union));
    reasons.push({ kind: kind === 'PERSON' ? 'SHARED_ORGANISATIONS' : 'SHARED_PARTNERS', detail: links.slice(0, 10).join(', ') + (links.length > 10 ? `, +${links.length - 10}` : ''), weight: round(bonus) });
  }
  if (x.group && y.group && x.group !== y.group) reasons.push({ kind: 'DIFFERENT_HELIX', detail: `${x.group} / ${y.group}`, weight: -GROUP_PENALTY });
  // "Disnaker Bontang" and "Disnaker Bekasi" are two offices: names of different places count against.
  const named = (s: DuplicateSubject) => new Set(of(s).flatMap((v) => v.tokens.filter((w) => places.has(w))));
  const [px, py] = [named(x), named(y)];
  if (px.size > 0 && py.size > 0 && ![...px].some((w) => py.has(w))) reasons.push({ kind: 'DIFFERENT_PLACE', detail: `${[...px].join(', ')} / ${[...py].join(', ')}`, weight: -PLACE_PENALTY });
  const score = Math.max(0, Math.min(1, reasons.reduce((s, r) => s + r.weight, 0)));
  const [a, b] = x.id < y.id ? [x.id, y.id] : [y.id, x.id];
  return { a, b, score: round(score), reasons };
}

/** The blocking keys of a variant (see the module comment). */
export function blockingKeys(v: Variant): string[] {
  const keys = new Set<string>();
  const { tokens } = v;
  tokens.forEach((t, i) => {
    if (v.core[i]) keys.add(`w:${t}`);
    if (t.length >= 6) {
      const k = t.length >= 8 ? 4 : 3;
      keys.add(`p:${t.slice(0, k)}`);
      keys.add(`s:${t.slice(-k)}`);
    }
    if (t.length >= 2 && t.length <= 12) {
      keys.add(`i:${t}`);
      keys.add(`a:${t.slice(0, 2)}`);
      for (const other of tokens) if (other !== t) keys.add(`a:${t.slice(0, 2)}|${other}`);
    }
  });
  for (let start = 0; start < tokens.length; start++) {
    if (start + 1 < tokens.length) keys.add(`a:${tokens[start]!.slice(0, 2)}`);
    for (let end = start + 2; end <= Math.min(tokens.length, start + 6); end++) {
      keys.add(`i:${tokens.slice(start, end).map((w) => w[0]).join('')}`);
      tokens.forEach((other, k) => {
        if (k < start || k >= end) keys.add(`a:${tokens[start]!.slice(0, 2)}|${other}`);
      });
    }
  }
  return [...keys];
}

/** Pairs of subject indexes that share a key held by at most `blockLimit` subjects; each pair once. */
export function blockedPairs(keysOf: readonly string[][], blockLimit = DEFAULT_BLOCK_LIMIT): Array<[number, number]> {
  const blocks = new Map<string, number[]>();
  keysOf.forEach((keys, i) => {
    for (const key of new Set(keys)) {
      const block = blocks.get(key);
      if (!block) blocks.set(key, [i]);
      else if (block.length <= blockLimit) block.push(i);
    }
  });
  const seen = new Set<number>();
  const pairs: Array<[number, number]> = [];
  const n = keysOf.length;
  for (const block of blocks.values()) {
    if (block.length < 2 || block.length > blockLimit) continue;
    for (let p = 0; p < block.length; p++) {
      for (let q = p + 1; q < block.length; q++) {
        const [i, j] = [block[p]!, block[q]!];
        const code = i * n + j;
        if (seen.has(code)) continue;
        seen.add(code);
        pairs.push([i, j]);
      }
    }
  }
  return pairs;
}

export interface CandidateOptions {
  kind: SubjectKind;
  /** How many pairs to return, best first. */
  first: number;
  blockLimit?: number;
  /** The lowest score offered (MIN_SCORE when left out). */
  minScore?: number;
  /** Words that name places (placeWords of the regions): two names of different places count against a pair. */
  places?: ReadonlySet<string>;
}

/** The likely duplicates among `subjects`, best first (ties by ids). */
export function duplicateCandidates(subjects: readonly DuplicateSubject[], options: CandidateOptions): DuplicatePair[] {
  const variants = new Map(subjects.map((s) => [s.id, variantsOf(s, options.kind)]));
  const weight = rarityWeights([...variants.values()].flat());
  const keysOf = subjects.map((s) => [...new Set(variants.get(s.id)!.flatMap(blockingKeys))]);
  const minScore = options.minScore ?? MIN_SCORE;
  const found: DuplicatePair[] = [];
  for (const [i, j] of blockedPairs(keysOf, options.blockLimit)) {
    const pair = scorePair(subjects[i]!, subjects[j]!, options.kind, weight, variants, options.places);
    if (pair && pair.score >= minScore) found.push(pair);
  }
  return found.sort((p, q) => q.score - p.score || (p.a < q.a ? -1 : p.a > q.a ? 1 : p.b < q.b ? -1 : 1)).slice(0, options.first);
}
