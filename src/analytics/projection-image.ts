import { createHash } from 'node:crypto';
import { deserialize, serialize } from 'node:v8';
import type { ProjectionImage } from './compact.js';

/**
 * A projection image as bytes: a magic word, a SHA-256 of the body, and the body in V8's
 * serialization format (typed arrays go as raw memory, so a 100k-stakeholder network encodes
 * and decodes in a fraction of a second). The body names the graph version and that version's
 * commit stamp: an image is used only when the database still tells the same stamp for that
 * version, so an image of another database, or of a history since restored over, is never applied.
 */

const MAGIC = Buffer.from('PHXPROJ1');
const HASH_BYTES = 32;
/** Bumped when ProjectionImage changes shape: an older image is then ignored. */
const FORMAT = 1;

export interface StampedImage {
  image: ProjectionImage;
  /** When the image's version was committed, as the database tells it (see ProjectionSource.stamp). */
  stamp: string;
}

/** Encodes at once (synchronously), so a delta applied after the call does not reach the bytes. */
export function encodeImage(stamped: StampedImage): Buffer {
  const body = serialize({ format: FORMAT, ...stamped });
  return Buffer.concat([MAGIC, createHash('sha256').update(body).digest(), body]);
}

/** The image the bytes hold, or null for bytes that are not a whole image of this format. */
export function decodeImage(bytes: Buffer): StampedImage | null {
  if (bytes.length < MAGIC.length + HASH_BYTES || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) return null;
  const body = bytes.subarray(MAGIC.length + HASH_BYTES);
  if (!createHash('sha256').update(body).digest().equals(bytes.subarray(MAGIC.length, MAGIC.length + HASH_BYTES))) return null;
  try {
    const { format, image, stamp } = deserialize(body) as { format: unknown; image: ProjectionImage; stamp: string };
    return format === FORMAT && typeof stamp === 'string' ? { image, stamp } : null;
  } catch {
    // Written by a Node whose serializer this one cannot read: the image is only a cache.
    return null;
  }
}
