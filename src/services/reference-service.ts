import { z } from 'zod';
import type { Database } from '../db/database.js';
import type { ReferenceStore } from '../db/reference-store.js';
import { wouldCycle } from '../db/references.js';
import { upsertPeople, upsertRegions, upsertSources } from '../db/writes.js';
import { badInput } from '../domain/errors.js';
import type { RegionLevel } from '../domain/vocabulary.js';
import { officeSchema, personSchema, regionSchema, sourceSchema } from '../domain/dataset.js';
import { inOrder, parseArgument } from './arguments.js';
import { evidenceRefs, claimId, lockAndRequire, mutate } from './mutation.js';

/** The API takes email and phone flat; the exchange format nests them under contact. */
const personInput = personSchema
  .omit({ contact: true, offices: true })
  .extend({
    email: z.email().optional(),
    phone: z.string().max(40).optional(),
    offices: z.array(inOrder(officeSchema, 'since', 'until')).max(50).default([]),
  });

export class ReferenceService {
  constructor(
    private readonly db: Database,
    private readonly store: ReferenceStore,
  ) {}

  regions(level: RegionLevel | null, parent: string | null) {
    return this.store.regions(level, parent);
  }

  sources(first: number) {
    return this.store.sources(first);
  }

  upsertRegion(input: unknown): Promise<{ id: string; created: boolean }> {
    const record = parseArgument(regionSchema, input, 'input');
    return mutate(this.db, 'region.upsert', async (tx) => {
      const created = await claimId(tx, 'Region', record.id);
      if (record.partOf) {
        await lockAndRequire(tx, [record.id], [{ id: record.partOf, type: 'Region', field: 'input.partOf' }]);
        if (record.partOf === record.id || (await wouldCycle(tx, 'PART_OF', record.id, record.partOf))) {
          throw badInput('input.partOf', `"${record.partOf}" lies within "${record.id}": regions would contain each other`, 'a region above, not below');
        }
      }
      await upsertRegions(tx, [record]);
      return { result: { id: record.id, created } };
    }, { about: [record.id] });
  }

  upsertSource(input: unknown): Promise<{ id: string; created: boolean }> {
    const record = parseArgument(sourceSchema, input, 'input');
    return mutate(this.db, 'source.upsert', async (tx) => {
      const created = await claimId(tx, 'Source', record.id);
      await upsertSources(tx, [record]);
      return { result: { id: record.id, created } };
    });
  }

  upsertPerson(input: unknown): Promise<{ id: string; created: boolean }> {
    const { email, phone, ...rest } = parseArgument(personInput, input, 'input');
    const record = { ...rest, contact: { email, phone } };
    return mutate(this.db, 'person.upsert', async (tx) => {
      const created = await claimId(tx, 'Person', record.id);
      await lockAndRequire(
        tx,
        [record.id],
        record.offices.flatMap((o, i) => [
          { id: o.stakeholderId, type: 'Stakeholder' as const, field: `input.offices.${i}.stakeholderId` },
          ...evidenceRefs(o.evidence, `input.offices.${i}`),
        ]),
      );
      await upsertPeople(tx, [record]);
      return { result: { id: record.id, created } };
    }, { about: [record.id] });
  }
}
