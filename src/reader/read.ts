import { stemmer } from '@orama/stemmers/indonesian';
import type { Helix, ParticipationRole, ProgramKind, RegionLevel, StakeholderKind } from '../domain/vocabulary.js';
import { normalise, slugify } from '../exchange/matching.js';
import type {
  CollaborationRecord,
  Dataset,
  ParticipationRecord,
  PersonRecord,
  ProgramRecord,
  RegionRecord,
  SourceRecord,
  StakeholderRecord,
} from '../domain/dataset.js';
import { findDates } from './dates.js';
import {
  BOARDS,
  COLLECTIVES,
  DEGREES,
  GOVERNMENT_LEVELS,
  HONORIFICS,
  KNOWN_NAMES,
  NOT_NAME_WORDS,
  NOT_PLACES,
  ORG_FAMILIES,
  PROGRAM_HEADS,
  PROVINCES,
  REGIONAL_BODIES,
  TITLES,
  type KnownName,
  type TitleRule,
} from './lexicon.js';
import { splitSentences, type Sentence } from './sentences.js';

/** A report to read, with what is known about where it was published. */
export interface ReportInput {
  text: string;
  title?: string | undefined;
  publisher?: string | undefined;
  author?: string | undefined;
  publishedOn?: string | undefined;
  url?: string | undefined;
}

/** The reader's answer: a dataset of one source, every fact citing it, and the quotes' places. */
export interface Reading {
  draft: Dataset;
  /** Where each quoted sentence starts in the text (quote -> offset), for highlighting. */
  quoteOffsets: Record<string, number>;
}

/**
 * Confidence of a proposal: how directly its sentence states it. A name the text defines or a
 * known expansion is STATED; a name recognised by its head word is NAMED; a region, office or
 * role taken from the surrounding report is INFERRED; a tie guessed from co-occurrence is WEAK.
 */
export const CONFIDENCE = { STATED: 0.9, NAMED: 0.8, INFERRED: 0.6, WEAK: 0.5 } as const;

// --- tokens -------------------------------------------------------------------------------

interface Token {
  /** The word without surrounding punctuation. */
  core: string;
  /** Without a final stop, and upper-cased: what head words are compared with. */
  bare: string;
  upper: string;
  start: number;
  end: number;
  lead: string;
  trail: string;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  // "BALIKPAPAN,Inibalikpapan.com" and "Samarinda,\"ucapnya" are two words each.
  for (const m of text.matchAll(/[^\s,"”]+(?:[,"”]+(?![\p{L}\d])|$)?|[,"”]+/gu)) {
    const raw = m[0];
    const lead = /^[(“"'‘*[]*/u.exec(raw)![0];
    let trail = /[,.;:)”"'’*!?\]]*$/u.exec(raw.slice(lead.length))![0];
    let core = raw.slice(lead.length, raw.length - trail.length);
    // "Tbk." and initials keep their stop; a stop that ends the sentence does not belong to the word.
    if (trail.startsWith('.') && /^(?:[A-Z]|Tbk|Prof|Dr|Drs|Ir|H|Hj|No|PT|CV)$/u.test(core) && trail.length === 1) {
      core += '.';
      trail = '';
    }
    if (core.length === 0) continue;
    const bare = core.replace(/\.$/u, '');
    tokens.push({ core, bare, upper: bare.toUpperCase(), start: m.index + lead.length, end: m.index + lead.length + core.length, lead, trail });
  }
  return tokens;
}

const isCapital = (word: string) => /^[\p{Lu}\d]/u.test(word);
const CONNECTORS = new Set(['dan', 'and', 'of', '&', 'the', 'se-Indonesia']);
const REGION_WORDS: Record<string, RegionLevel> = { Kota: 'CITY', Kabupaten: 'REGENCY', 'Kab.': 'REGENCY', Kab: 'REGENCY', Provinsi: 'PROVINCE', Prov: 'PROVINCE' };

/** Index of the last token of the run of capitalised words starting at `from` (or from - 1). */
function capitalRun(tokens: Token[], from: number, max = 8, allowParenWord = false): number {
  let end = from - 1;
  for (let j = from; j < tokens.length && j - from < max; j++) {
    const t = tokens[j]!;
    if (j > from && tokens[j - 1]!.trail !== '' && !(allowParenWord && tokens[j - 1]!.trail === ')')) break;
    if (t.lead.includes('(') && !(allowParenWord && t.trail === ')' && isCapital(t.core))) break;
    if (t.lead.includes('“') || t.lead.includes('"')) break;
    if (isCapital(t.core) && !NOT_NAME_WORDS.has(t.core)) {
      end = j;
      continue;
    }
    const next = tokens[j + 1];
    // "Universitas Mulawarman dan Universitas Widyagama": "dan" before another organisation joins two names.
    if (j > from && CONNECTORS.has(t.core) && t.trail === '' && next && isCapital(next.core) && !NOT_NAME_WORDS.has(next.core) && !ORG_STARTS.has(next.upper)) continue;
    break;
  }
  return end;
}

/** First words of every organisation name the reader knows how to start. */
const ORG_STARTS = new Set(
  [
    ...ORG_FAMILIES.flatMap((f) => f.head.split('|')),
    ...GOVERNMENT_LEVELS.flatMap((g) => g.heads.split('|')),
    ...REGIONAL_BODIES.flatMap((b) => b.heads.split('|')),
    ...KNOWN_NAMES.map((k) => k.name),
    ...Object.keys(BOARDS),
  ].map((h) => h.split(' ')[0]!.replace(/\\\.\?$|\.$/u, '').toUpperCase()),
);

const words = (tokens: Token[], from: number, to: number) => tokens.slice(from, to + 1).map((t) => t.core).join(' ');

/** Matches a multi-word head (alternatives separated by |) at token i; returns its length. */
function headAt(tokens: Token[], i: number, heads: Heads, caseless = false): number {
  for (const alt of heads.get(tokens[i]!.upper) ?? []) {
    if (i + alt.length > tokens.length) continue;
    let ok = true;
    for (let k = 0; k < alt.length; k++) {
      const core = tokens[i + k]!.bare;
      const want = alt[k]!;
      // Caseless: "PEMERINTAH Kota" and "LLDikti" are "Pemerintah Kota" and "LLDIKTI" written in other cases.
      const sameLetters = core.toUpperCase() === want.toUpperCase();
      const otherCase = core === core.toUpperCase() || (want === want.toUpperCase() && (core.match(/\p{Lu}/gu) ?? []).length >= 2);
      if (!(core === want || (caseless && sameLetters && otherCase))) {
        ok = false;
        break;
      }
      if (k < alt.length - 1 && tokens[i + k]!.trail !== '') {
        ok = false;
        break;
      }
    }
    if (ok) return alt.length;
  }
  return 0;
}

/** "Pemerintah Kota|Pemkot|PT\\.?" as word lists, longest first, without optional stops. */
type Heads = Map<string, string[][]>;
const alternatives = (heads: string): Heads => {
  const index: Heads = new Map();
  const list = heads
    .split('|')
    .map((h) => h.split(' ').map((w) => w.replace(/\\\.\?$|\.$/u, '')))
    .sort((a, b) => b.length - a.length);
  for (const alt of list) index.set(alt[0]!.toUpperCase(), [...(index.get(alt[0]!.toUpperCase()) ?? []), alt]);
  return index;
};

// --- regions ------------------------------------------------------------------------------

interface Place {
  name: string;
  level: RegionLevel;
}

const regionName = (place: string, level: RegionLevel) =>
  level === 'CITY' ? `Kota ${place}` : level === 'REGENCY' ? `Kabupaten ${place}` : level === 'PROVINCE' ? (PROVINCES[place] ?? place) : place;

class Gazetteer {
  /** Place (as written, without Kota/Kabupaten) -> level, from the report itself. */
  readonly levels = new Map<string, RegionLevel>();
  readonly counts = new Map<string, number>();

  constructor(sentences: Sentence[]) {
    for (const { text } of sentences) {
      if (isHeadline(text)) continue;
      const tokens = tokenize(text);
      for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i]!;
        let level: RegionLevel | undefined = REGION_WORDS[t.core];
        let byTitle = false;
        if (!level) {
          for (const { g, alts } of LEVEL_ALTS) if (headAt(tokens, i, alts, true) > 0) level = g.level;
          const title = titleAt(text, tokens, i)?.t;
          if (!level && title?.government) {
            level = title.government;
            byTitle = true;
          }
        }
        if (!level) continue;
        const skip = REGION_WORDS[t.core] ? 1 : headLength(text, tokens, i);
        const from = i + skip;
        if (t.trail !== '' && skip === 1 && REGION_WORDS[t.core]) continue;
        // "Ibu Kota Nusantara" is no city, and the "Kota" of "Wali Kota" belongs to the title.
        if (i > 0 && /^(Ibu|Wali)$/u.test(tokens[i - 1]!.core)) continue;
        const end = Math.min(capitalRun(tokens, from, 3), from + 2);
        if (end < from) continue;
        const place = trimPlace(words(tokens, from, end));
        if (!place) continue;
        // "Wali Kota Bontang, Basri Rase" names a place; "Wakil Wali Kota Najirah, jajaran ..." a person.
        const next = tokens[from + place.split(' ').length];
        if (byTitle && !(tokens[from + place.split(' ').length - 1]!.trail === ',' && next && isCapital(next.core))) continue;
        if (!this.levels.has(place)) this.levels.set(place, level);
        this.counts.set(place, (this.counts.get(place) ?? 0) + 1);
      }
    }
  }

  isPlace(text: string): boolean {
    return this.levels.has(text) || text in PROVINCES;
  }

  place(text: string, level?: RegionLevel): Place | null {
    const known = this.levels.get(text) ?? (text in PROVINCES ? 'PROVINCE' : undefined);
    const l = level ?? known;
    if (!l) return null;
    return { name: l === 'PROVINCE' ? (PROVINCES[text] ?? text) : text, level: l };
  }

  /** The report's own region: the place its government bodies and officials name most. */
  main(level?: RegionLevel): Place | null {
    let best: [string, number] | null = null;
    for (const [place, count] of this.counts) {
      if (level && this.levels.get(place) !== level) continue;
      if (!best || count > best[1]) best = [place, count];
    }
    return best ? { name: best[0], level: this.levels.get(best[0])! } : null;
  }
}

const LEVEL_ALTS = GOVERNMENT_LEVELS.map((g) => ({ g, alts: alternatives(g.heads) }));
const TITLE_RULES = TITLES.map((t) => ({ t, pattern: new RegExp(`(?:${t.title})(?=[\\s,]|$)`, 'uy') }));

/** The office title starting at token i, and how many tokens it takes. */
function titleAt(text: string, tokens: Token[], i: number): { t: TitleRule; n: number } | null {
  for (const { t, pattern } of TITLE_RULES) {
    pattern.lastIndex = tokens[i]!.start;
    const m = pattern.exec(text);
    if (!m) continue;
    const end = tokens[i]!.start + m[0].length;
    let n = 0;
    while (i + n < tokens.length && tokens[i + n]!.start < end) n++;
    return { t, n };
  }
  return null;
}

/** A headline in title case ("Rapat Koordinasi Pemkot Balikpapan Bahas Agenda ...") says nothing about where names end. */
function isHeadline(text: string): boolean {
  const list = text.split(/\s+/u);
  if (list.length < 4 || /[.!?”"]$/u.test(text)) return false;
  return list.filter((w) => isCapital(w)).length / list.length >= 0.6;
}

function headLength(text: string, tokens: Token[], i: number): number {
  for (const { alts } of LEVEL_ALTS) {
    const n = headAt(tokens, i, alts, true);
    if (n) return n;
  }
  return titleAt(text, tokens, i)?.n ?? 1;
}

/** Cuts a place at words that cannot be part of one ("Bontang Kota" in "Bontang Kota Industri"). */
function trimPlace(text: string): string | null {
  const parts = text.split(' ');
  const kept: string[] = [];
  for (const p of parts) {
    if (NOT_PLACES.has(p) || REGION_WORDS[p] || /^\d/u.test(p) || p === p.toUpperCase() && p.length > 1 && !(p in PROVINCES)) break;
    kept.push(p);
  }
  return kept.length > 0 ? kept.join(' ') : null;
}

// --- organisations ------------------------------------------------------------------------

interface OrgMention {
  start: number;
  end: number;
  /** Token range, for what follows the mention. */
  first: number;
  last: number;
  asWritten: string;
  name: string;
  aliases: string[];
  helix: Helix;
  kind: StakeholderKind;
  region?: Place | undefined;
  confidence: number;
  /** For a group without a proper name: which rule found it (all its mentions are one group). */
  collective?: string;
}

interface Definitions {
  /** Acronym -> long form, and long form -> acronym, as the text defines them ("Pemerintah Kota (Pemkot)"). */
  long: Map<string, string>;
  short: Map<string, string>;
}

const ACRONYM = /^[A-Z][A-Za-z0-9&.-]{1,14}$/u;
const hasTwoCapitals = (w: string) => (w.match(/[A-Z]/gu) ?? []).length >= 2 || /^[A-Z][a-z]+$/u.test(w);
const HEAD_WORDS = new Set(
  [...ORG_FAMILIES.flatMap((f) => f.head.split('|')), 'Pemerintah', 'Forum', 'Dewan', 'Rapat', 'Organisasi', 'Lembaga', 'Masyarakat', 'Badan', 'PT', 'Perguruan', 'Tanggung']
    .map((h) => h.split(' ')[0]!.replace(/\\\.\?$/u, '')),
);

/** "Long Name (ACR)" and "ACR (Long Name)" pairs defined anywhere in the report. */
function collectDefinitions(sentences: Sentence[]): Definitions {
  const long = new Map<string, string>();
  const short = new Map<string, string>();
  const define = (acronym: string, full: string) => {
    if (!long.has(acronym)) long.set(acronym, full);
    if (!short.has(full)) short.set(full, acronym);
  };
  for (const { text } of sentences) {
    const tokens = tokenize(text);
    for (let i = 1; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (!t.lead.includes('(')) continue;
      // ACR (Long Name)
      const closeAt = tokens.findIndex((x, k) => k >= i && x.trail.includes(')'));
      if (closeAt < 0) continue;
      const inside = words(tokens, i, closeAt);
      const before = tokens[i - 1]!;
      if (closeAt > i && ACRONYM.test(before.core) && before.core === before.core.toUpperCase() && inside.split(' ').every((w) => isCapital(w) || CONNECTORS.has(w))) {
        define(before.core, inside);
        continue;
      }
      // Long Name (ACR) or (ACR Place)
      if (closeAt - i > 2 || !ACRONYM.test(t.core) || !hasTwoCapitals(t.core)) continue;
      let from = i;
      while (from > 0 && i - from < 12) {
        const w = tokens[from - 1]!;
        if (w.trail.includes(')') || w.trail.includes('.') || w.trail.includes(':')) break;
        if (!(isCapital(w.core) || CONNECTORS.has(w.core))) break;
        from--;
      }
      if (from === i) continue;
      const span = tokens.slice(from, i);
      const initial = t.core[0]!.toUpperCase();
      let start = span.findIndex((w) => HEAD_WORDS.has(w.core) && w.core[0]!.toUpperCase() === initial);
      if (start < 0) for (let k = span.length - 1; k >= 0; k--) if (span[k]!.core[0]!.toUpperCase() === initial) { start = k; break; }
      if (start < 0) continue;
      while (start < span.length && CONNECTORS.has(span[start]!.core)) start++;
      const full = text.slice(span[start]!.start, span[span.length - 1]!.end);
      define(inside, full);
    }
  }
  return { long, short };
}

const known = new Map<string, KnownName>();
for (const k of KNOWN_NAMES) known.set(k.name, k);
const knownByLength = KNOWN_NAMES.map((k) => ({ k, parts: alternatives(k.name), length: k.name.split(' ').length })).sort((a, b) => b.length - a.length);
const knownHeads = alternatives(KNOWN_NAMES.map((k) => k.name).join('|'));

/** The official name of a known short form, or the long form the text defines for it. */
function expand(short: string, defs: Definitions): string | undefined {
  return known.get(short)?.expansion ?? defs.long.get(short);
}

class OrgReader {
  private readonly families = ORG_FAMILIES.map((f) => ({ f, alts: alternatives(f.head) }));
  private readonly levels = GOVERNMENT_LEVELS.map((g) => ({ g, alts: alternatives(g.heads) }));
  private readonly bodies = REGIONAL_BODIES.map((b) => ({ b, alts: alternatives(b.heads) }));

  constructor(
    private readonly gazetteer: Gazetteer,
    private readonly defs: Definitions,
    private readonly dateline: string,
    private readonly publisher: string | undefined,
  ) {}

  /** What follows a regional body's name: "Kota Bontang", "Bontang", "Jabar"; null when nothing. */
  private regionAfter(tokens: Token[], from: number): { place: Place; last: number; written: string } | null {
    const t = tokens[from];
    if (!t) return null;
    const level = REGION_WORDS[t.core];
    const start = level ? from + 1 : from;
    if (level && tokens[from - 1]?.trail) return null;
    if (start > from && t.trail !== '') return null;
    const end = Math.min(capitalRun(tokens, start, 3), start + 2);
    for (let e = end; e >= start; e--) {
      const text = words(tokens, start, e);
      const place = level ? (NOT_PLACES.has(text.split(' ')[0]!) ? null : this.gazetteer.place(text, level)) : this.gazetteer.isPlace(text) ? this.gazetteer.place(text) : null;
      if (place) return { place, last: e, written: words(tokens, from, e) };
    }
    return null;
  }

  private mention(tokens: Token[], first: number, last: number, fields: Omit<OrgMention, 'start' | 'end' | 'first' | 'last' | 'asWritten'>, text: string): OrgMention {
    const start = tokens[first]!.start;
    const end = tokens[last]!.end;
    return { ...fields, start, end, first, last, asWritten: text.slice(start, end) };
  }

  read(text: string): OrgMention[] {
    const tokens = tokenize(text);
    const found: OrgMention[] = [];
    const main = this.gazetteer.main();
    for (let i = 0; i < tokens.length; i++) {
      found.push(...this.at(tokens, i, text, main));
    }
    for (const c of COLLECTIVES) {
      for (const m of text.matchAll(new RegExp(`\\b${c.pattern}\\b`, 'gu'))) {
        const written = m[0];
        const first = tokens.findIndex((t) => t.start >= m.index);
        const last = tokens.findIndex((t) => t.end >= m.index + written.length);
        const group = written.replace(/^perwakilan\s+(?!perempuan)/u, '');
        const nameBase = group[0]!.toUpperCase() + group.slice(1);
        const name = main ? `${nameBase} ${regionName(main.name, main.level)}` : nameBase;
        found.push({
          collective: c.pattern,
          start: m.index, end: m.index + written.length, first, last, asWritten: written, name,
          aliases: [written[0]!.toUpperCase() + written.slice(1)], helix: c.helix, kind: c.kind, region: main ?? undefined, confidence: CONFIDENCE.INFERRED,
        });
      }
    }
    // Longest first; a mention inside a longer one is part of it ("Muhammadiyah" in "Universitas Muhammadiyah Riau").
    found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const kept: OrgMention[] = [];
    for (const m of found) if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
    return kept.sort((a, b) => a.start - b.start);
  }

  private at(tokens: Token[], i: number, text: string, main: Place | null): OrgMention[] {
    const out: OrgMention[] = [];
    const t = tokens[i]!;
    // Government by level: Pemkot Bontang, Pemerintah Kabupaten Bekasi, Pemprov Sumsel.
    for (const { g, alts } of this.levels) {
      const n = headAt(tokens, i, alts, true);
      if (!n) continue;
      let after = i + n;
      if (tokens[after]?.lead.includes('(') && tokens[after]!.trail.includes(')')) after++;
      const region = this.regionAfter(tokens, after);
      const place = region?.place ?? (t.core === 'Pemerintah' ? main && main.level === g.level ? main : null : null);
      if (!place || place.level !== g.level) continue;
      const name = `Pemerintah ${g.word} ${place.name}`;
      out.push(this.mention(tokens, i, region?.last ?? i + n - 1, {
        name, aliases: [`${g.short} ${place.name}`], helix: 'GOVERNMENT', kind: g.kind, region: place, confidence: region ? CONFIDENCE.STATED : CONFIDENCE.INFERRED,
      }, text));
    }
    // Regional bodies: DPRD Kota Bontang, Forkopimda, Sekretaris Daerah Kota Bontang, OPD.
    for (const { b, alts } of this.bodies) {
      const n = headAt(tokens, i, alts);
      if (!n) continue;
      let after = i + n;
      if (tokens[after]?.lead.includes('(') && tokens[after]!.trail.includes(')')) after++;
      const region = this.regionAfter(tokens, after);
      const place = region?.place ?? main;
      // "Sekretaris Daerah" followed by a person's name is an office, read with the people.
      if (/^Sek(retaris|da)/u.test(t.core + (tokens[i + 1]?.core ?? '')) && !region) continue;
      if (!place) continue;
      const where = regionName(place.name, place.level);
      out.push(this.mention(tokens, i, region?.last ?? after - 1, {
        name: `${b.official} ${where}`, aliases: [`${b.short} ${where}`, `${b.short} ${place.name}`], helix: 'GOVERNMENT', kind: b.kind, region: place,
        confidence: region ? CONFIDENCE.STATED : CONFIDENCE.INFERRED,
      }, text));
    }
    // Boards of organisations: DPC MASATA Kota Bontang, DPP MASATA.
    if (BOARDS[t.core] && tokens[i + 1] && t.trail === '') {
      const org = tokens[i + 1]!.core;
      const full = expand(org, this.defs);
      const rule = known.get(org);
      if (full || rule) {
        const region = this.regionAfter(tokens, i + 2);
        const where = region ? ` ${regionName(region.place.name, region.place.level)}` : '';
        out.push(this.mention(tokens, i, region?.last ?? i + 1, {
          name: `${BOARDS[t.core]} ${full ?? org}${where}`, aliases: [`${t.core} ${org}${where}`, ...(region ? [`${org}${where}`, `${org} ${region.place.name}`] : [])],
          helix: rule?.helix ?? 'COMMUNITY', kind: rule?.kind ?? 'COMMUNITY_ORGANISATION', region: region?.place, confidence: CONFIDENCE.STATED,
        }, text));
      }
    }
    // Families by head word: Dinas Pariwisata ..., Universitas Riau, PT Jababeka Infrastruktur.
    for (const { f, alts } of this.families) {
      if (f.tail) {
        if (headAt(tokens, i, alts) === 0 || i === 0) continue;
        let from = i;
        while (from > 0 && i - from < 5 && tokens[from - 1]!.trail === '' && isCapital(tokens[from - 1]!.core) && !NOT_NAME_WORDS.has(tokens[from - 1]!.core)) from--;
        if (from === i) continue;
        const name = text.slice(tokens[from]!.start, t.end);
        const acronym = this.defs.short.get(name);
        out.push(this.mention(tokens, from, i, { name, aliases: acronym ? [acronym] : [], helix: f.helix, kind: f.kind, confidence: CONFIDENCE.NAMED }, text));
        continue;
      }
      const n = headAt(tokens, i, alts);
      if (!n || tokens[i + n - 1]!.trail !== '') continue;
      const company = f.kind === 'PRIVATE_COMPANY';
      let end = capitalRun(tokens, i + n, 8);
      if (end < i + n) continue;
      // A legal-form suffix belongs to the company: "PT Pertamina (Persero)", "PT X Tbk".
      let stateOwned = false;
      if (company && tokens[end + 1] && /^\(?(Persero|Perseroda)\)?$/u.test(tokens[end + 1]!.lead + tokens[end + 1]!.core + tokens[end + 1]!.trail.replace(/[,.]/gu, ''))) {
        end++;
        stateOwned = true;
      }
      const span = words(tokens, i + n, end);
      if (span.split(' ').some((w) => PROGRAM_HEADS.some((p) => p.head.split('|').includes(w)))) continue;
      let nameEnd = end;
      let region: Place | undefined;
      if (f.regional) {
        // "Dinas Pariwisata Tangerang Selatan": the field, then the place.
        for (let k = i + n; k <= end; k++) {
          const r = this.regionAfter(tokens, k);
          if (r) {
            region = r.place;
            nameEnd = k - 1;
            end = r.last;
            break;
          }
        }
        if (!region && /Daerah$/u.test(span) && main) region = main;
      }
      if (nameEnd < i + n) continue;
      const written = text.slice(tokens[i]!.start, tokens[nameEnd]!.end).replace(/^(PT|CV)\.\s*/u, '$1 ');
      const base = /\([^)]*$/u.test(written) ? `${written})` : written;
      const national = f.head.startsWith('Badan') && !/Daerah$/u.test(base);
      const name = region && f.regional ? `${base} ${regionName(region.name, region.level)}` : base;
      const soeRule = knownByLength.find(({ k }) => k.kind === 'STATE_OWNED_COMPANY' && base.includes(k.name));
      const kind: StakeholderKind = national ? 'NATIONAL_GOVERNMENT' : company && (stateOwned || soeRule || /^Perum/u.test(base)) ? 'STATE_OWNED_COMPANY' : f.kind;
      const aliases: string[] = [];
      if (company) aliases.push(base.replace(/^(PT|CV|Perum)\s+/u, '').replace(/\s*\((Persero|Perseroda)\)$/u, ''));
      const acronym = this.defs.short.get(base);
      if (acronym) aliases.push(acronym, ...(region ? [`${acronym} ${regionName(region.name, region.level)}`] : []));
      out.push(this.mention(tokens, i, end, { name, aliases, helix: f.helix, kind, region, confidence: CONFIDENCE.NAMED }, text));
    }
    // Known names and the text's own acronyms: Disnaker, Badak LNG, MASATA, Unifa.
    if (headAt(tokens, i, knownHeads, true)) for (const { k, parts } of knownByLength) {
      const n = headAt(tokens, i, parts, true);
      if (!n) continue;
      out.push(this.known(tokens, i, i + n - 1, k, text, main));
      break;
    }
    // A long form the text defines: "Badan Perencanaan Pembangunan, Riset, dan Inovasi Daerah (Bapperida) Kota Bontang".
    for (const [full, acronym] of this.defs.short) {
      if (!text.startsWith(full, t.start)) continue;
      const org = this.classify(full);
      let last = tokens.findIndex((x) => x.end >= t.start + full.length);
      if (!org || last < 0) continue;
      if (tokens[last + 1]?.core === acronym && tokens[last + 1]!.lead.includes('(')) last++;
      const region = org.region ? null : this.regionAfter(tokens, last + 1);
      const place = region?.place ?? org.region ?? (org.kind === 'REGIONAL_OFFICE' ? main ?? undefined : undefined);
      const regional = org.kind === 'REGIONAL_OFFICE' || org.kind === 'REGIONAL_COUNCIL' || org.helix !== 'GOVERNMENT' && region;
      const where = place && regional && !full.includes(place.name) ? ` ${regionName(place.name, place.level)}` : '';
      out.push(this.mention(tokens, i, region?.last ?? last, {
        name: `${org.name}${where}`, aliases: [acronym, ...(where ? [`${acronym}${where}`] : [])], helix: org.helix, kind: org.kind, region: place,
        confidence: region || !where ? CONFIDENCE.STATED : CONFIDENCE.INFERRED,
      }, text));
    }
    const defined = this.defs.long.get(t.core);
    if (defined && !known.has(t.core) && !BOARDS[t.core]) {
      const org = this.classify(defined);
      if (org) {
        const region = org.region ? null : this.regionAfter(tokens, i + 1);
        const place = org.region ?? region?.place;
        const name = region ? `${org.name} ${regionName(region.place.name, region.place.level)}` : org.name;
        out.push(this.mention(tokens, i, region?.last ?? i, {
          name, aliases: region ? [`${t.core} ${region.written}`] : [t.core], helix: org.helix, kind: org.kind, region: place, confidence: CONFIDENCE.STATED,
        }, text));
      }
    }
    // News outlets named by their web address in the dateline ("PRANALA.CO, Bontang –") or as the publisher.
    if (/^[A-Za-z][\w-]*\.(?:co\.id|com|co|id|net|news)$/iu.test(t.core) && !/\.(?:go|ac|sch|or)\.id$/iu.test(t.core)) {
      const isPublisher = this.publisher !== undefined && normalise(this.publisher) === normalise(t.core);
      const inDateline = t.start < 120 && this.dateline.includes(t.core);
      if (isPublisher || inDateline) {
        out.push(this.mention(tokens, i, i, {
          name: isPublisher && this.publisher ? this.publisher : t.core, aliases: [t.core, t.core.replace(/\..*$/u, '')], helix: 'MEDIA', kind: 'NEWS_OUTLET', confidence: CONFIDENCE.STATED,
        }, text));
      } else {
        out.push(this.mention(tokens, i, i, { name: t.core, aliases: [], helix: 'BUSINESS', kind: 'PRIVATE_COMPANY', confidence: CONFIDENCE.WEAK }, text));
      }
    }
    return out;
  }

  private readonly classified = new Map<string, OrgMention | null>();

  /** What a defined long form is, read on its own ("Universitas Fajar" is a university). */
  private classify(full: string): OrgMention | null {
    if (!this.classified.has(full)) {
      const plain = new OrgReader(this.gazetteer, { long: new Map(), short: new Map() }, '', undefined);
      const org = plain.read(full).find((o) => o.start === 0) ?? null;
      // The head word decides the helix; the text's long form is the name ("Badan ..., Riset, dan Inovasi Daerah").
      this.classified.set(full, org && { ...org, name: full, kind: org.kind === 'NATIONAL_GOVERNMENT' && /Daerah$/u.test(full) ? 'REGIONAL_OFFICE' : org.kind });
    }
    return this.classified.get(full)!;
  }

  private known(tokens: Token[], first: number, last: number, k: KnownName, text: string, main: Place | null): OrgMention {
    const written = words(tokens, first, last);
    if (!k.regional) {
      let name = k.expansion && k.kind !== 'STATE_OWNED_COMPANY' && k.kind !== 'NEWS_OUTLET' ? k.expansion : k.name;
      const aliases = name === k.name ? [] : [k.name];
      // A numbered regional branch of a national body: "LLDikti Wilayah IX Sultanbatara".
      const next = tokens[last + 1];
      if (next?.core === 'Wilayah' && tokens[last]!.trail === '' && /^([IVXL]+|\d+)$/u.test(tokens[last + 2]?.core ?? '')) {
        name = `${name} Wilayah ${tokens[last + 2]!.core}`;
        last += 2;
        if (tokens[last]!.trail === '' && isCapital(tokens[last + 1]?.core ?? '') && !NOT_NAME_WORDS.has(tokens[last + 1]!.core)) last++;
        aliases.push(text.slice(tokens[first]!.start, tokens[last]!.end));
      }
      return this.mention(tokens, first, last, { name, aliases, helix: k.helix, kind: k.kind, confidence: CONFIDENCE.STATED }, text);
    }
    const region = this.regionAfter(tokens, last + 1);
    const inferred = k.helix === 'GOVERNMENT' ? main : null;
    const place = region?.place ?? inferred ?? undefined;
    const where = place ? ` ${regionName(place.name, place.level)}` : '';
    return this.mention(tokens, first, region?.last ?? last, {
      name: `${k.expansion ?? k.name}${where}`,
      aliases: [written, ...(place ? [`${written}${where}`] : [])],
      helix: k.helix, kind: k.kind, region: place,
      confidence: region || !place ? CONFIDENCE.STATED : CONFIDENCE.INFERRED,
    }, text);
  }
}

// --- people -------------------------------------------------------------------------------

interface PersonMention {
  start: number;
  end: number;
  name: string;
  aliases: string[];
  title: string;
  org: OrgMention;
  confidence: number;
}



function readName(text: string, tokens: Token[], from: number, gazetteer: Gazetteer, orgs: OrgMention[]): { name: string; honorific: string; last: number } | null {
  let j = from;
  const honorifics: string[] = [];
  while (j < tokens.length && HONORIFICS.test(tokens[j]!.core)) {
    honorifics.push(tokens[j]!.core);
    if (tokens[j]!.trail.includes(',')) return null;
    j++;
  }
  const parts: string[] = [];
  let last = j - 1;
  for (let k = j; k < tokens.length && parts.length < 4; k++) {
    const t = tokens[k]!;
    if (k > j && tokens[k - 1]!.trail !== '') break;
    if (t.lead !== '' && k > j) break;
    if (!isCapital(t.core) || NOT_NAME_WORDS.has(t.core) || DEGREES.test(t.core) && parts.length > 0) break;
    if (titleAt(text, tokens, k) || orgs.some((o) => o.start === t.start)) break;
    if (/^\d/u.test(t.core)) break;
    parts.push(t.core);
    last = k;
  }
  if (parts.length === 0) return null;
  const name = parts.join(' ');
  if (!parts.some((p) => /^\p{Lu}\p{Ll}{2,}/u.test(p)) || gazetteer.isPlace(name) || known.has(name)) return null;
  return { name, honorific: honorifics.filter((h) => /^(Bunda|Bung|Pak|Bu|Ibu|Bapak|Kak)$/u.test(h)).join(' '), last };
}

function readPeople(text: string, orgs: OrgMention[], gazetteer: Gazetteer, orgReader: OrgReader): PersonMention[] {
  const tokens = tokenize(text);
  const people: PersonMention[] = [];
  const main = gazetteer.main();
  for (let i = 0; i < tokens.length; i++) {
    const rule = titleAt(text, tokens, i);
    if (!rule) continue;
    let n = rule.n;
    // "Kepala Bagian Kerja Sama Pemkot Samarinda", "Kepala Bidang ... Pariwisata, Dispar Sultra": the unit, then the organisation.
    if (!rule.t.government && !orgs.some((o) => o.first === i + n)) {
      for (let k = i + n; k < Math.min(tokens.length, i + n + 7); k++) {
        if (orgs.some((o) => o.first === k)) {
          n = k - i;
          break;
        }
        if (!isCapital(tokens[k]!.core) && !CONNECTORS.has(tokens[k]!.core)) break;
      }
    }
    const titleWritten = text.slice(tokens[i]!.start, tokens[i + n - 1]!.end).replace(/,$/u, '');
    let after = i + n;
    let org: OrgMention | undefined;
    let officeWhere = '';
    const orgHere = orgs.find((o) => o.first === after);
    if (rule.t.impliesOrg) {
      const implied = orgReader.read(`${rule.t.impliesOrg} ${text.slice(tokens[after]?.start ?? text.length)}`).find((o) => o.start === 0);
      if (!implied) continue;
      const consumed = implied.end - rule.t.impliesOrg.length - 1;
      org = { ...implied, start: tokens[i]!.start, end: (tokens[after]?.start ?? text.length) + Math.max(consumed, 0), first: i, last: i };
      while (after < tokens.length && tokens[after]!.end <= org.end) after++;
      officeWhere = org.region ? ` ${org.region.name}` : '';
    } else if (orgHere && !(rule.t.government && orgHere.kind !== 'CITY_GOVERNMENT' && orgHere.kind !== 'REGENCY_GOVERNMENT' && orgHere.kind !== 'PROVINCIAL_GOVERNMENT' && orgHere.helix !== 'GOVERNMENT')) {
      org = orgHere;
      officeWhere = ` ${text.slice(orgHere.start, orgHere.end)}`;
      after = orgHere.last + 1;
    } else if (rule.t.government) {
      const level = rule.t.government;
      const end = tokens[after - 1]!.trail === '' ? Math.min(capitalRun(tokens, after, 3), after + 2) : after - 1;
      let place: Place | null = null;
      for (let e = end; e >= after; e--) {
        const candidate = words(tokens, after, e);
        if (gazetteer.isPlace(candidate)) {
          place = gazetteer.place(candidate, level);
          officeWhere = ` ${candidate}`;
          after = e + 1;
          break;
        }
      }
      if (!place) {
        // "Wakil Wali Kota Najirah": the office of the region the sentence or the report is about.
        const earlier = people.filter((p) => p.org.region?.level === level).at(-1)?.org.region;
        place = earlier ?? gazetteer.main(level) ?? (main?.level === level ? main : null);
        if (place) officeWhere = ` ${place.name}`;
      }
      if (!place) continue;
      const g = GOVERNMENT_LEVELS.find((x) => x.level === level)!;
      org = {
        start: tokens[i]!.start, end: tokens[after - 1]!.end, first: i, last: after - 1, asWritten: '',
        name: `Pemerintah ${g.word} ${place.name}`, aliases: [`${g.short} ${place.name}`], helix: 'GOVERNMENT', kind: g.kind, region: place,
        confidence: officeWhere.trim() === place.name && words(tokens, i + n, after - 1) === place.name ? CONFIDENCE.STATED : CONFIDENCE.INFERRED,
      };
    }
    if (!org) continue;
    // "(Kadispar Tangsel)" after the organisation restates it.
    if (tokens[after - 1]?.trail === ',' && tokens[after]?.core === ',') after++;
    if (tokens[after]?.lead.includes('(')) while (after < tokens.length && !tokens[after - 1]!.trail.includes(')')) after++;
    const name = readName(text, tokens, after, gazetteer, orgs);
    if (!name) continue;
    const office = `${rule.t.canonical || titleWritten}${officeWhere}`.trim();
    const aliases = name.honorific ? [`${name.honorific} ${name.name}`] : [];
    people.push({
      start: tokens[i]!.start, end: tokens[name.last]!.end, name: name.name, aliases, title: office, org,
      confidence: Math.min(org.confidence, CONFIDENCE.STATED),
    });
    i = name.last;
  }
  return people;
}

// --- programmes ---------------------------------------------------------------------------

interface ProgramMention {
  start: number;
  end: number;
  name: string;
  aliases: string[];
  kind: ProgramKind;
  key: string;
}

const programRules = PROGRAM_HEADS.map((p) => ({ p, alts: alternatives(p.head) }));
const TAIL_HEADS: Array<{ word: RegExp; kind: ProgramKind }> = [
  { word: /^Awards?$/u, kind: 'AWARD' },
  { word: /^Event$/u, kind: 'PROGRAM' },
];

function readPrograms(text: string, defs: Definitions, orgs: OrgMention[]): ProgramMention[] {
  const tokens = tokenize(text);
  const out: ProgramMention[] = [];
  const make = (first: number, last: number, kind: ProgramKind, expansion?: { from: string; to: string }) => {
    const closing = tokens[last]!.trail.startsWith(')') ? 1 : 0;
    const written = text.slice(tokens[first]!.start, tokens[last]!.end + closing);
    const plain = written.replace(/\s*\(([A-Z][\w.-]*)\)\s*/gu, (_m, acr: string) => (defs.long.has(acr) ? ' ' : ` (${acr}) `)).replace(/\s+/gu, ' ').trim();
    let name = plain;
    const aliases = new Set<string>();
    if (expansion && plain.startsWith(expansion.from) && expansion.from !== expansion.to) {
      name = expansion.to + plain.slice(expansion.from.length);
      aliases.add(plain);
    }
    // Write the defined acronyms both ways: "Rakor Forkopimda" and "Rapat Koordinasi Forum Komunikasi ...".
    let longForm = name;
    let shortForm = name;
    for (const [acr, full] of defs.long) {
      longForm = longForm.replace(new RegExp(`\\b${escape(acr)}\\b`, 'gu'), full);
      shortForm = shortForm.replace(full, acr);
    }
    for (const [acr] of defs.long) {
      const m = new RegExp(`\\((${escape(acr)})\\)`, 'u').exec(written);
      if (m) aliases.add(written.replace(/^.*?\(\w[\w.-]*\)\s*/u, `${acr} `).replace(/\s*\(\w[\w.-]*\)/gu, ''));
    }
    name = longForm;
    if (shortForm !== name) aliases.add(shortForm);
    aliases.delete(name);
    out.push({ start: tokens[first]!.start, end: tokens[last]!.end, name, aliases: [...aliases].filter((a) => a.split(' ').length > 1), kind, key: normalise(longForm) });
  };
  for (let i = 0; i < tokens.length; i++) {
    const rule = programRules.find(({ alts }) => headAt(tokens, i, alts, true) > 0);
    if (rule) {
      const n = headAt(tokens, i, rule.alts, true);
      let from = i + n;
      if (tokens[from]?.lead.includes('(') && tokens[from]!.trail.includes(')')) from++;
      if (tokens[i + n - 1]!.trail !== '' && !tokens[i + n - 1]!.trail.includes(')')) continue;
      let last = capitalRun(tokens, from, rule.p.kind === 'MEETING' ? 6 : 6, true);
      // A meeting named after its organiser ends with the organiser ("Rapat Koordinasi Pemkot Balikpapan").
      const org = orgs.find((o) => o.first === from);
      if (org && rule.p.kind === 'MEETING') last = Math.min(last, org.last);
      if (last < from) continue;
      if (rule.p.kind === 'POLICY') {
        // Perda No. 5 Tahun 2023 tentang Inovasi Daerah
        const m = /^(?:Peraturan Daerah|Perda|Perwali|Perbup|Pergub|Peraturan \w+ \w+)\s+(?:No\.?|Nomor)\s*\d+\s+Tahun\s+\d{4}(?:\s+tentang\s+(?:[\p{Lu}][\p{L}]*\s?)+)?/u.exec(text.slice(tokens[i]!.start));
        if (m) {
          const end = tokens[i]!.start + m[0].trimEnd().length;
          const lastToken = tokens.findIndex((t) => t.end >= end);
          make(i, lastToken, 'POLICY');
        }
        continue;
      }
      // Run on to a year that ends the name ("Job Fair 2025" stays whole).
      if (tokens[last + 1] && /^\d{4}$/u.test(tokens[last + 1]!.core) && tokens[last]!.trail === '') last++;
      make(i, last, rule.p.kind, rule.p.expansion ? { from: tokens.slice(i, i + n).map((t) => t.core).join(' '), to: rule.p.expansion } : undefined);
      i = last;
      continue;
    }
    for (const tail of TAIL_HEADS) {
      if (!tail.word.test(tokens[i]!.core) || i === 0) continue;
      let from = i;
      while (from > 0 && tokens[from - 1]!.trail.replace(')', '') === '' && (isCapital(tokens[from - 1]!.core) || CONNECTORS.has(tokens[from - 1]!.core)) && !NOT_NAME_WORDS.has(tokens[from - 1]!.core) && i - from < 10) from--;
      while (from < i && CONNECTORS.has(tokens[from]!.core)) from++;
      if (from === i) continue;
      let last = i;
      if (tokens[i + 1] && /^\d{4}$/u.test(tokens[i + 1]!.core) && tokens[i]!.trail === '') last++;
      make(from, last, tail.kind);
    }
  }
  return out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

// --- roles and ties -----------------------------------------------------------------------

/** Verb stems (Indonesian stemmer) and what they make the organisation they point at. */
const ROLE_STEMS: Record<string, ParticipationRole> = {
  gelar: 'ORGANIZER', selenggara: 'ORGANIZER', ada: 'ORGANIZER', laksana: 'ORGANIZER', inisiatif: 'ORGANIZER',
  pimpin: 'CHAIR',
  buka: 'SPEAKER', papar: 'SPEAKER', narasumber: 'SPEAKER', pemateri: 'SPEAKER',
  hadir: 'PARTICIPANT', libat: 'PARTICIPANT', undang: 'PARTICIPANT', bersama: 'PARTICIPANT', ikut: 'PARTICIPANT',
  fasilitas: 'FACILITATOR', fasilitasi: 'FACILITATOR',
  dukung: 'SUPPORTER',
  konsultan: 'ADVISOR', usul: 'ADVISOR',
  gagas: 'INITIATOR', inisiasi: 'INITIATOR',
  sponsor: 'FUNDER', dana: 'FUNDER',
  tuan: 'HOST',
};
/** Words after which the organisation named is the agent or object ("dipimpin X", "bersama X"). */
const OBJECT_MARKERS = new Set(['bersama', 'melibatkan', 'mengundang', 'narasumber', 'pemateri', 'konsultan', 'usulan', 'tuan']);

interface Cue {
  at: number;
  role: ParticipationRole;
  /** The organisation after the cue takes the role (passive verb, preposition); otherwise the one before. */
  forward: boolean;
}

function cues(text: string): Cue[] {
  const out: Cue[] = [];
  for (const m of text.matchAll(/\p{L}+/gu)) {
    const word = m[0].toLowerCase();
    const stem = stemmer(word);
    const role = ROLE_STEMS[stem] ?? ROLE_STEMS[word];
    if (!role) continue;
    const passive = /^di/u.test(word) && stem !== word;
    out.push({ at: m.index, role, forward: passive || OBJECT_MARKERS.has(word) });
  }
  return out;
}

/** Stronger roles first: "hadir langsung memimpin" makes a chair, not a participant. */
const ROLE_RANK: ParticipationRole[] = ['CHAIR', 'ORGANIZER', 'HOST', 'INITIATOR', 'SPEAKER', 'FACILITATOR', 'ADVISOR', 'FUNDER', 'SUPPORTER', 'AWARDEE', 'PARTICIPANT'];

/** The role of the nearest cue within 60 characters, or a stronger one within 30 of it. */
function roleOf(mention: { start: number; end: number }, list: Cue[]): ParticipationRole | null {
  const near = list
    .map((c) => ({ role: c.role, distance: c.forward ? mention.start - c.at : c.at - mention.end }))
    .filter((c) => c.distance >= 0 && c.distance <= 60)
    .sort((a, b) => a.distance - b.distance);
  if (near.length === 0) return null;
  const reach = near[0]!.distance + 30;
  return near.filter((c) => c.distance <= reach).sort((a, b) => ROLE_RANK.indexOf(a.role) - ROLE_RANK.indexOf(b.role))[0]!.role;
}

const AGREEMENT = /\b(MoU|Nota Kesepahaman|Memorandum of Understanding|Kesepakatan Bersama|Perjanjian Kerja ?Sama|menandatangani|penandatanganan|teken)\b/iu;
const PARTNERSHIP = /\b(kerja ?sama|bekerja sama|kolaborasi|bermitra|kemitraan|menggandeng|gandeng)\b/iu;
const CSR = /\b(CSR|TJSL|Corporate Social Responsibility)\b/u;
const FACILITATION = /\b(memfasilitasi|difasilitasi)\b/iu;
const GENERIC_EVENT = /\b(rakor|rapat koordinasi|rapat|kegiatan|acara|forum|workshop|pertemuan|gelaran|penandatanganan|seminar)\b/iu;
const VENUE = /\b[Dd]i\s+(?:tengah\s+(?:[\p{Ll}]+\s+){0,3})?((?:[\p{Lu}\d][\p{L}\p{N}'’.&-]*(?:\s+(?:and|dan|&|of)\s+|\s+|,\s+(?=Kota\s|Kabupaten\s))?)+)/gu;
const VENUE_WORDS = /\b(Hotel|Gedung|Auditorium|Aula|Ruang|Balai|Balaikota|Pendopo|Pendapa|Kantor|Hall|Club|Convention|Graha|Wisma|Kampus|Lapangan|Stadion|Resort|Rumah Jabatan|Rujab|Mall|Ballroom)\b/u;

// --- the reader ---------------------------------------------------------------------------

interface Built<T> {
  item: T;
  key: string;
}

/**
 * Reads one report into a draft of the import dataset: every stakeholder, person (with office),
 * programme, participation and collaboration the rules find, each citing the sentence it came
 * from with a confidence. Pure: no network, no model, same text in, same draft out.
 */
export function readReport(input: ReportInput): Reading {
  const text = input.text.replace(/\r\n?/gu, '\n');
  const sentences = splitSentences(text);
  // A byline ("oleh") or a section name is no headline: the first line of four words or more is.
  const firstLine = (sentences.slice(0, 5).find((s) => s.text.split(/\s+/u).length >= 4) ?? sentences[0])?.text ?? '';
  const publishedOn = input.publishedOn ?? datelineDate(sentences);
  const year = publishedOn ? Number(publishedOn.slice(0, 4)) : undefined;
  const title = input.title?.trim() || headline(firstLine);
  const sourceId = slugify([input.publisher, publishedOn, title].filter(Boolean).join(' ')).slice(0, 100).replace(/-+$/u, '') || 'report';
  const source: SourceRecord = {
    id: sourceId,
    title,
    ...(input.publisher ? { publisher: input.publisher } : {}),
    ...(input.author ? { author: input.author } : {}),
    ...(input.url ? { url: input.url } : {}),
    ...(publishedOn ? { publishedOn } : {}),
    kind: 'NEWS_ARTICLE',
    language: /\b(yang|dan|dengan|untuk)\b/u.test(text) ? 'id' : 'en',
  };
  const gazetteer = new Gazetteer(sentences);
  const defs = collectDefinitions(sentences);
  const orgReader = new OrgReader(gazetteer, defs, text.slice(0, 160), input.publisher);
  const quoteOffsets: Record<string, number> = {};
  const evidence = (sentence: Sentence, confidence: number) => {
    const quote = sentence.text.slice(0, 1000);
    quoteOffsets[quote] = sentence.start;
    return [{ sourceId, quote, confidence }];
  };

  const stakeholders = new Map<string, StakeholderRecord>();
  const regions = new Map<string, RegionRecord>();
  const ids = new Set<string>([sourceId]);
  const claim = (base: string) => {
    let id = slugify(base) || 'item';
    for (let n = 2; ids.has(id); n++) id = `${slugify(base)}-${n}`;
    ids.add(id);
    return id;
  };
  const stakeholderOf = (m: OrgMention, sentence: Sentence): StakeholderRecord => {
    const key = m.collective ? `${m.collective} ${m.region?.name ?? ''}` : normalise(m.name);
    let s = stakeholders.get(key);
    if (!s) {
      let regionId: string | undefined;
      if (m.region) {
        const name = regionName(m.region.name, m.region.level);
        regionId = slugify(name);
        if (!regions.has(regionId)) regions.set(regionId, { id: regionId, name, level: m.region.level });
      }
      s = { id: claim(m.name), name: m.name, aliases: [], helix: m.helix, kind: m.kind, tags: [], ...(regionId ? { regionId } : {}), evidence: evidence(sentence, m.confidence) };
      stakeholders.set(key, s);
    }
    for (const alias of [m.asWritten, ...m.aliases].map(cleanAlias)) {
      if (alias && normalise(alias) !== normalise(s.name) && !s.aliases.some((a) => normalise(a) === normalise(alias))) s.aliases.push(alias.replace(/\s+/gu, ' '));
    }
    return s;
  };

  const people = new Map<string, PersonRecord & { mentionConfidence: number }>();
  const programs = new Map<string, Built<ProgramRecord>>();
  const participations = new Map<string, ParticipationRecord>();
  const collaborations: CollaborationRecord[] = [];
  const meetingParties = new Map<string, { parties: Set<string>; sentence: Sentence }>();
  let lastEvent: Built<ProgramRecord> | null = null;
  let firstEvent: Built<ProgramRecord> | null = null;
  let pendingVenue: string | undefined;
  let pendingDate: string | undefined;
  const outlet: StakeholderRecord[] = [];

  const participate = (stakeholderId: string, program: Built<ProgramRecord>, role: ParticipationRole, sentence: Sentence, confidence: number) => {
    const key = `${stakeholderId}--${program.item.id}--${role}`;
    if (!participations.has(key)) participations.set(key, { stakeholderId, programId: program.item.id, role, evidence: evidence(sentence, confidence) });
    if (program.item.kind === 'MEETING' || program.item.kind === 'WORKSHOP' || program.item.kind === 'EVENT') {
      const entry = meetingParties.get(program.item.id) ?? { parties: new Set<string>(), sentence };
      if (entry.parties.size === 1 && !entry.parties.has(stakeholderId)) entry.sentence = sentence;
      entry.parties.add(stakeholderId);
      meetingParties.set(program.item.id, entry);
    }
  };

  for (const sentence of sentences) {
    const orgs = orgReader.read(sentence.text);
    const found = orgs.map((m) => ({ m, s: stakeholderOf(m, sentence) }));
    for (const { s } of found) if (s.kind === 'NEWS_OUTLET' && !outlet.includes(s)) outlet.push(s);
    const persons = readPeople(sentence.text, orgs, gazetteer, orgReader);
    const personOrgs: Array<{ p: PersonMention; s: StakeholderRecord }> = [];
    for (const p of persons) {
      const s = stakeholderOf({ ...p.org, asWritten: p.org.asWritten }, sentence);
      personOrgs.push({ p, s });
      const key = normalise(p.name);
      const existing = [...people.values()].find((x) => normalise(x.name) === key || normalise(x.name).split(' ')[0] === key || key.split(' ')[0] === normalise(x.name));
      const person = existing ?? { id: claim(p.name), name: p.name, aliases: [], offices: [], mentionConfidence: p.confidence };
      if (existing && p.name.length > existing.name.length) {
        existing.aliases.push(existing.name);
        existing.name = p.name;
      } else if (existing && p.name !== existing.name && !existing.aliases.includes(p.name)) existing.aliases.push(p.name);
      for (const a of p.aliases) if (!person.aliases.includes(a)) person.aliases.push(a);
      if (!person.offices.some((o) => o.stakeholderId === s.id)) person.offices.push({ stakeholderId: s.id, title: p.title, evidence: evidence(sentence, p.confidence) });
      if (!existing) people.set(key, person);
    }

    // Programmes named in the sentence, or the event it keeps talking about.
    const named = readPrograms(sentence.text, defs, orgs).map((pm) => {
      let built =
        programs.get(pm.key) ??
        [...programs.values()].find(
          (b) =>
            b.item.kind === pm.kind &&
            (b.item.aliases.some((a) => normalise(a) === pm.key) || pm.aliases.some((a) => normalise(a) === b.key) || b.key.startsWith(`${pm.key} `) || pm.key.startsWith(`${b.key} `)),
        );
      if (!built) {
        built = { key: pm.key, item: { id: claim(pm.name), name: pm.name, aliases: [], kind: pm.kind, evidence: evidence(sentence, CONFIDENCE.NAMED) } };
        const main = gazetteer.main();
        if (main) {
          const regionId = slugify(regionName(main.name, main.level));
          if (!regions.has(regionId)) regions.set(regionId, { id: regionId, name: regionName(main.name, main.level), level: main.level });
          built.item.regionId = regionId;
        }
        programs.set(pm.key, built);
      }
      for (const a of pm.aliases) if (normalise(a) !== normalise(built.item.name) && !built.item.aliases.includes(a)) built.item.aliases.push(a);
      return { pm, built };
    });
    const events = named.filter(({ built }) => built.item.kind !== 'PROGRAM' && built.item.kind !== 'POLICY');
    if (events.length > 0) {
      lastEvent = events[0]!.built;
      firstEvent ??= lastEvent;
    }
    let target = events[0]?.built ?? named[0]?.built ?? null;
    if (!target && GENERIC_EVENT.test(sentence.text)) {
      if (!lastEvent && /\b(rakor|rapat koordinasi)\b/iu.test(sentence.text)) {
        const organiser = found.find(({ m }) => m.helix === 'GOVERNMENT')?.s ?? personOrgs[0]?.s ?? found[0]?.s;
        if (organiser) {
          const short = organiser.aliases.find((a) => /^(Pemkot|Pemkab|Pemprov)\s/u.test(a)) ?? organiser.name;
          const name = `Rapat Koordinasi ${organiser.name}`;
          const built: Built<ProgramRecord> = { key: normalise(name), item: { id: claim(name), name, aliases: short !== organiser.name ? [`Rapat Koordinasi ${short}`, `Rakor ${short}`] : [], kind: 'MEETING', evidence: evidence(sentence, CONFIDENCE.INFERRED) } };
          if (organiser.regionId) built.item.regionId = organiser.regionId;
          programs.set(built.key, built);
          lastEvent = built;
          firstEvent ??= built;
        }
      }
      target = lastEvent;
    }

    // Date and venue: a weekday date or a venue in a sentence about an event is that event's.
    const dates = findDates(sentence.text, year).filter((d) => d.withWeekday || /\(\d/u.test(d.text) || /^\d/u.test(d.text));
    const venue = [...sentence.text.matchAll(VENUE)].map((m) => m[1]!.replace(/[,.\s]+$/u, '')).find((v) => VENUE_WORDS.test(v));
    if (target && target.item.kind !== 'PROGRAM' && target.item.kind !== 'POLICY') {
      if (dates[0] && !target.item.startsOn) target.item.startsOn = dates[0].iso;
      if (venue && !target.item.venue) target.item.venue = venue;
      if (!target.item.venue && pendingVenue) target.item.venue = pendingVenue;
      if (!target.item.startsOn && pendingDate) target.item.startsOn = pendingDate;
      pendingVenue = undefined;
      pendingDate = undefined;
    } else {
      pendingVenue ??= venue;
      pendingDate ??= dates.find((d) => d.withWeekday)?.iso;
    }

    // Roles of the organisations and officials the sentence names.
    if (target) {
      const list = cues(sentence.text);
      const seen = new Set<string>();
      const actors = [
        ...personOrgs.map(({ p, s }) => ({ start: p.start, end: p.end, s, confidence: p.confidence })),
        ...found.filter(({ m }) => !persons.some((p) => m.start >= p.start && m.end <= p.end)).map(({ m, s }) => ({ start: m.start, end: m.end, s, confidence: m.confidence })),
      ];
      for (const a of actors) {
        if (a.s.kind === 'NEWS_OUTLET' || seen.has(a.s.id)) continue;
        const role = roleOf(a, list);
        if (!role) continue;
        seen.add(a.s.id);
        participate(a.s.id, target, role, sentence, Math.min(a.confidence, CONFIDENCE.INFERRED + 0.1));
      }
    }

    // Ties the sentence states: an agreement, CSR, facilitation or partnership between named parties.
    const parties = [...new Set([...found.map(({ s }) => s), ...personOrgs.map(({ s }) => s)].filter((s) => s.kind !== 'NEWS_OUTLET'))];
    if (parties.length >= 2) {
      const tie = AGREEMENT.exec(sentence.text)
        ? { kind: 'AGREEMENT' as const, strength: 1, confidence: CONFIDENCE.NAMED, word: AGREEMENT.exec(sentence.text)![0] }
        : CSR.exec(sentence.text) && parties.some((p) => p.helix === 'BUSINESS')
          ? { kind: 'CSR' as const, strength: 0.6, confidence: CONFIDENCE.INFERRED, word: 'CSR' }
          : FACILITATION.exec(sentence.text)
            ? { kind: 'FACILITATION' as const, strength: 0.6, confidence: CONFIDENCE.INFERRED, word: FACILITATION.exec(sentence.text)![0] }
            : PARTNERSHIP.exec(sentence.text)
              ? { kind: 'PARTNERSHIP' as const, strength: 0.5, confidence: CONFIDENCE.WEAK, word: PARTNERSHIP.exec(sentence.text)![0] }
              : null;
      if (tie) addCollaboration(collaborations, parties, tie, evidence(sentence, tie.confidence), target?.item.id, claim, shortName);
    }
  }

  // The publisher is a news outlet, named or not in the text.
  if (input.publisher && sentences[0] && !outlet.some((o) => [o.name, ...o.aliases].some((n) => normalise(n) === normalise(input.publisher!)))) {
    const publisher: OrgMention = { start: 0, end: 0, first: 0, last: 0, asWritten: input.publisher, name: input.publisher, aliases: [], helix: 'MEDIA', kind: 'NEWS_OUTLET', confidence: CONFIDENCE.INFERRED };
    outlet.unshift(stakeholderOf(publisher, sentences[0]));
  }
  // The outlet reports the report's first event.
  const reporter = outlet[0];
  if (reporter && firstEvent) {
    const first = participations.values().next().value?.evidence[0];
    const sentence = sentences.find((s) => s.text.includes(reporter.aliases[0] ?? reporter.name)) ?? sentences[0]!;
    participate(reporter.id, firstEvent, 'REPORTER', first && sentence === sentences[0] ? sentence : sentence, CONFIDENCE.INFERRED);
  }
  // A meeting of several organisations is a coordination among them, unless a stated tie already joins them.
  for (const [programId, { parties, sentence }] of meetingParties) {
    const members = [...parties].map((id) => [...stakeholders.values()].find((s) => s.id === id)!).filter((s) => s.kind !== 'NEWS_OUTLET');
    if (members.length < 2) continue;
    addCollaboration(collaborations, members, { kind: 'COORDINATION', strength: 0.5, confidence: CONFIDENCE.WEAK, word: 'koordinasi' }, evidence(sentence, CONFIDENCE.WEAK), programId, claim, shortName);
  }

  mergeSameOrganisations(stakeholders, people, participations, collaborations);

  // A regional office is a unit of its region's government when the report names both.
  const all = [...stakeholders.values()];
  for (const s of all) {
    if (s.kind !== 'REGIONAL_OFFICE' || !s.regionId) continue;
    const government = all.find((g) => g.regionId === s.regionId && /_GOVERNMENT$/u.test(g.kind) && g.kind !== 'NATIONAL_GOVERNMENT');
    if (government) s.unitOf = government.id;
  }

  return {
    draft: {
      sources: [source],
      regions: [...regions.values()],
      stakeholders: all,
      people: [...people.values()].map(({ mentionConfidence: _c, ...p }) => p),
      programs: [...programs.values()].map((b) => b.item),
      participations: [...participations.values()],
      collaborations,
      assessments: [],
    },
    quoteOffsets,
  };
}

/** An alias without the acronyms the text put in brackets: "Pemerintah Kota (Pemkot) Bontang" -> "Pemerintah Kota Bontang". */
function cleanAlias(text: string): string {
  return text.replace(/\s*\([^)]*\)?/gu, '').replace(/\s+/gu, ' ').trim();
}

/**
 * One organisation written several ways becomes one proposal: "MASATA Kota Bontang" is the
 * branch "DPC MASATA Kota Bontang" when the report names that branch, and a board named without
 * its region ("DPC MASATA") is the one board of that level the report places.
 */
function mergeSameOrganisations(
  stakeholders: Map<string, StakeholderRecord>,
  people: Map<string, PersonRecord>,
  participations: Map<string, ParticipationRecord>,
  collaborations: CollaborationRecord[],
) {
  const all = [...stakeholders.entries()];
  const into = new Map<string, StakeholderRecord>();
  for (const [key, s] of all) {
    const boards = all.filter(([, t]) => t !== s && t.helix === s.helix && /^Dewan Pimpinan \w+ /u.test(t.name));
    const target =
      boards.find(([, t]) => t.name.replace(/^Dewan Pimpinan \w+ /u, '') === s.name)?.[1] ??
      (/^Dewan Pimpinan/u.test(s.name) && !s.regionId ? onlyOne(boards.filter(([, t]) => t.name.startsWith(`${s.name} `)))?.[1] : undefined);
    if (!target) continue;
    into.set(s.id, target);
    for (const alias of [s.name, ...s.aliases]) if (!target.aliases.includes(alias)) target.aliases.push(alias);
    stakeholders.delete(key);
  }
  if (into.size === 0) return;
  const id = (x: string) => into.get(x)?.id ?? x;
  for (const p of people.values()) for (const o of p.offices) o.stakeholderId = id(o.stakeholderId);
  for (const [key, p] of [...participations.entries()]) {
    participations.delete(key);
    const moved = { ...p, stakeholderId: id(p.stakeholderId) };
    const k = `${moved.stakeholderId}--${moved.programId}--${moved.role}`;
    if (!participations.has(k)) participations.set(k, moved);
  }
  for (let i = collaborations.length - 1; i >= 0; i--) {
    const c = collaborations[i]!;
    const ids = [...new Set(c.parties.map((p) => id(p.stakeholderId)))];
    if (ids.length < 2) collaborations.splice(i, 1);
    else c.parties = ids.map((stakeholderId) => ({ stakeholderId }));
  }
}

const onlyOne = <T>(list: T[]): T | undefined => (list.length === 1 ? list[0] : undefined);

function shortName(s: StakeholderRecord): string {
  return [s.name, ...s.aliases].sort((a, b) => a.length - b.length)[0]!;
}

const KIND_ORDER = ['AGREEMENT', 'CSR', 'FACILITATION', 'PARTNERSHIP', 'COORDINATION'];

function addCollaboration(
  list: CollaborationRecord[],
  parties: StakeholderRecord[],
  tie: { kind: CollaborationRecord['kind']; strength: number; confidence: number; word: string },
  evidence: CollaborationRecord['evidence'],
  programId: string | undefined,
  claim: (base: string) => string,
  short: (s: StakeholderRecord) => string,
) {
  const ids = parties.map((p) => p.id).sort();
  const same = list.find((c) => c.parties.length === ids.length && c.parties.every((p) => ids.includes(p.stakeholderId)));
  if (same) {
    if (KIND_ORDER.indexOf(tie.kind) < KIND_ORDER.indexOf(same.kind)) Object.assign(same, { kind: tie.kind, strength: tie.strength, evidence });
    return;
  }
  const name = `${parties.map(short).join(' – ')}: ${tie.word.toLowerCase()}`.slice(0, 300);
  list.push({
    id: claim(`${parties.map(short).join(' ')} ${tie.word}`.slice(0, 100)),
    name,
    kind: tie.kind,
    strength: tie.strength,
    status: 'ACTIVE',
    ...(programId ? { programId } : {}),
    parties: parties.map((p) => ({ stakeholderId: p.id })),
    evidence,
  });
}

/** A title for a report that came without one: its first line, cut at a word within 120 characters. */
function headline(line: string): string {
  if (line.length <= 120) return line || 'Untitled report';
  return `${line.slice(0, 120).replace(/\s+\S*$/u, '')} …`;
}

/** The date in the first lines ("Selasa (15/1/2025)"), which is when the report was filed. */
function datelineDate(sentences: Sentence[]): string | undefined {
  for (const s of sentences.slice(0, 4)) {
    const d = findDates(s.text).find((x) => x.withWeekday || /\(\d/u.test(x.text));
    if (d) return d.iso;
  }
  return undefined;
}
