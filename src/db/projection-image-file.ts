import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ProjectionImages } from '../analytics/engine.js';

/**
 * The analytics projection's image in one file of a directory. A write goes to a file of its own
 * and is renamed over the old one, so a reader (another replica sharing the directory, or a start
 * after a crash) finds the old image or the new one whole, never half of one.
 */
export class ProjectionImageFile implements ProjectionImages {
  private readonly file: string;

  constructor(private readonly dir: string) {
    this.file = path.join(dir, 'projection.img');
  }

  async read(): Promise<Buffer | null> {
    try {
      return await readFile(this.file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async write(bytes: Buffer): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const partial = `${this.file}.${process.pid}-${randomBytes(4).toString('hex')}.partial`;
    try {
      await writeFile(partial, bytes);
      await rename(partial, this.file);
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    }
  }
}
