import { z } from 'zod';
import { duplicateCandidates, placeWords, words, type DuplicatePair, type SubjectKind } from '../analytics/duplicates.js';
import type { Database } from '../db/database.js';
import type { DuplicateStore } from '../db/duplicate-store.js';
import {
  collaborationsOfBoth,
  foldAssessments,
  foldParticipations,
  foldParties,
  hierarchyLoops,
  MAX_LIST,
  moveRelationships,
  namesOf,
  replaceByRedirect,
  unknownRelationships,
  type MergedLabel,
} from '../db/merges.js';
import { currentActor } from '../domain/actor.js';
import { idSchema } from '../domain/dataset.js';
import { conflict } from '../domain/errors.js';
import { parseArgument } from './arguments.js';
import { lockAndRequire, mutate } from './mutation.js';

const scopeSchema = z.object({ region: idSchema }).partial();

const mergeSchema = z
  .object({ keep: idSchema, merge: idSchema })
  .refine((m) => m.keep !== m.merge, { message: 'must differ from keep: an item cannot be merged into itself', path: ['merge'] });

export interface DuplicateCandidatesRow {
  stakeholders: DuplicatePair[];
  people: DuplicatePair[];
}

export interface MergeResult {
  /** The kept id. */
  id: string;
  mergedId: string;
}

/**
 * The kept name's aliases after a merge: its own, then the merged one's name and aliases, each
 * once (compared without case and punctuation) and never the kept name itself; at most MAX_LIST.
 */
export function foldAliases(keepName: string, keepAliases: readonly string[], mergeName: string, mergeAliases: readonly string[]): string[] {
  const seen = new Set([words(keepName).join(' ')]);
  const aliases: string[] = [];
  for (const alias of [...keepAliases, mergeName, ...mergeAliases]) {
    const key = words(alias).join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    aliases.push(alias);
  }
  return aliases.slice(0, MAX_LIST);
}

export class DuplicateService {
  constructor(
    private readonly db: Database,
    private readonly store: DuplicateStore,
  ) {}

  async candidates(scope: unknown, first: number): Promise<DuplicateCandidatesRow> {
    const { region } = parseArgument(scopeSchema, scope ?? {}, 'scope');
    const [stakeholders, people, regionNames] = await Promise.all([this.store.stakeholders(region ?? null), this.store.people(region ?? null), this.store.regionNames()]);
    const places = placeWords(regionNames);
    const find = (subjects: typeof stakeholders, kind: SubjectKind) => duplicateCandidates(subjects, { kind, first, places });
    return { stakeholders: find(stakeholders, 'ORGANISATION'), people: find(people, 'PERSON') };
  }

  mergeStakeholders(keep: unknown, merge: unknown): Promise<MergeResult> {
    return this.merge('Stakeholder', keep, merge);
  }

  mergePeople(keep: unknown, merge: unknown): Promise<MergeResult> {
    return this.merge('Person', keep, merge);
  }

  /**
   * One transaction under the locks of both items (and a stakeholder's collaborations and
   * partners): refuses what would break a rule (a collaboration of only the two, a loop in the
   * unit hierarchy), moves every relationship by MERGE_RULES, folds names into aliases, leaves a
   * redirect under the merged id and recomputes the ties of both and their partners.
   */
  private merge(label: MergedLabel, keepArg: unknown, mergeArg: unknown): Promise<MergeResult> {
    const { keep, merge } = parseArgument(mergeSchema, { keep: keepArg, merge: mergeArg }, 'arguments');
    const action = `${label.toLowerCase()}.merge`;
    return mutate(this.db, action, async (tx) => {
      await lockAndRequire(tx, [keep, merge], [
        { id: keep, type: label, field: 'keep' },
        { id: merge, type: label, field: 'merge' },
      ]);
      const unknown = await unknownRelationships(tx, label, merge);
      // A type the rules do not know would be lost: a bug of this version, not the caller's.
      if (unknown.length > 0) throw new Error(`merge: relationships without a merge rule: ${unknown.join(', ')}`);
      if (label === 'Stakeholder') {
        const pairs = await collaborationsOfBoth(tx, keep, merge);
        if (pairs.length > 0) {
          throw conflict(`"${merge}" and "${keep}" are the only parties of ${pairs.join(', ')}: merged, it would have one party; delete it (or add a party) first`, 'merge');
        }
      }
      const names = (await namesOf(tx, label, keep, merge))!;
      await moveRelationships(tx, label, keep, merge);
      if (label === 'Stakeholder') {
        await foldParties(tx, keep, merge);
        await foldParticipations(tx, keep, merge);
        await foldAssessments(tx, keep, merge);
        if (await hierarchyLoops(tx, keep)) throw conflict(`"${keep}" would become a unit of itself: move the units between the two first`, 'merge');
      }
      const aliases = foldAliases(names.keep.name, names.keep.aliases, names.merge.name, names.merge.aliases);
      await replaceByRedirect(tx, label, keep, merge, aliases, currentActor().subject);
      return {
        result: { id: keep, mergedId: merge },
        touched: label === 'Stakeholder' ? [keep, merge, ...names.keep.partners, ...names.merge.partners] : [],
        alsoAudited: [{ action, itemId: merge, outcome: 'DELETED' }],
      };
    });
  }
}
