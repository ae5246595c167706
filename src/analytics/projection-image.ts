import { createHash } from 'node:crypto';
import { deserialize, serialize } from 'node:v8';
import type { ProjectionImage } from './compact.js';

/**
 * A projection image as bytes: a magic word, a SHA-256 of the body, and the body as a run of
 * parts, each a length and V8's serialization of one column (typed arrays go as raw memory) or of
 * one chunk of rows. Encoding yields to the event loop between parts, so a 100k-stakeholder image
 * never holds requests up for long. The image names its graph version and that version's commit
 * stamp: it is used only when the database still tells the same stamp for that version, so an
 * image of another database, or of a history since restored over, is never applied.
 */

const MAGIC = Buffer.from('PHXPROJ2');
const HASH_BYTES = 32;
/** Rows per part: about 10 ms of serialising each on this project's machines. */
const CHUNK = 10_000;
const COLUMNS = ['tieA', 'tieB', 'tieEvidence', 'tieAlive', 'factFrom', 'factStart', 'factEnd', 'factWeight', 'factCollaboration'] as const;
const LISTS = ['people', 'programs', 'programFacts'] as const;

export interface StampedImage {
  image: ProjectionImage;
  /** When the image's version was committed, as the database tells it (see ProjectionSource.stamp). */
  stamp: string;
}

interface Header {
  magic: string;
  stamp: string;
  version: number;
  sorted: boolean;
  lastSlotId: string | null;
  deadTies: number;
  lengths: Record<(typeof LISTS)[number], number>;
}

const chunks = <T>(rows: readonly T[]): T[][] => Array.from({ length: Math.ceil(rows.length / CHUNK) }, (_, i) => rows.slice(i * CHUNK, (i + 1) * CHUNK));
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The image's bytes; the image must not change meanwhile (CompactProjection.image() gives one that does not). */
export async function encodeImage({ image, stamp }: StampedImage): Promise<Buffer> {
  const { version, sorted, lastSlotId, deadTies } = image;
  const header: Header = { magic: MAGIC.toString(), stamp, version, sorted, lastSlotId, deadTies, lengths: { people: image.people.length, programs: image.programs.length, programFacts: image.programFacts.length } };
  const parts: unknown[] = [header, ...COLUMNS.map((name) => image[name]), ...LISTS.flatMap((name) => chunks<unknown>(image[name]))];
  const hash = createHash('sha256');
  const body: Buffer[] = [];
  for (const part of parts) {
    const bytes = serialize(part);
    const length = Buffer.alloc(4);
    length.writeUInt32LE(bytes.length);
    hash.update(length).update(bytes);
    body.push(length, bytes);
    await nextTurn();
  }
  return Buffer.concat([MAGIC, hash.digest(), ...body]);
}

/** The image the bytes hold, or null for bytes that are not a whole image of this format. */
export function decodeImage(bytes: Buffer): StampedImage | null {
  if (bytes.length < MAGIC.length + HASH_BYTES || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) return null;
  const body = bytes.subarray(MAGIC.length + HASH_BYTES);
  if (!createHash('sha256').update(body).digest().equals(bytes.subarray(MAGIC.length, MAGIC.length + HASH_BYTES))) return null;
  try {
    const parts: unknown[] = [];
    for (let at = 0; at < body.length; ) {
      const length = body.readUInt32LE(at);
      parts.push(deserialize(body.subarray(at + 4, at + 4 + length)));
      at += 4 + length;
    }
    const header = parts.shift() as Header;
    if (header.magic !== MAGIC.toString()) return null;
    const image = { version: header.version, sorted: header.sorted, lastSlotId: header.lastSlotId, deadTies: header.deadTies } as Record<string, unknown>;
    for (const name of COLUMNS) image[name] = parts.shift();
    for (const name of LISTS) image[name] = parts.splice(0, Math.ceil(header.lengths[name] / CHUNK)).flat();
    return { image: image as unknown as ProjectionImage, stamp: header.stamp };
  } catch {
    // Written by a Node whose serializer this one cannot read: the image is only a cache.
    return null;
  }
}
