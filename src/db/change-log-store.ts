import type { Database } from './database.js';
import { readChangeLog, readGraphVersion, type LoggedChange } from './graph-version.js';

/** The change feed's view of storage: the graph version, and the change log's entries. */
export class ChangeLogStore {
  constructor(private readonly db: Database) {}

  /** One indexed read of one node: cheap enough to poll every second. */
  version(): Promise<number> {
    return this.db.read('change_feed.version', readGraphVersion);
  }

  entries(since: number, until: number): Promise<LoggedChange[]> {
    return this.db.read('change_feed.entries', (tx) => readChangeLog(tx, since, until));
  }

  /** Calls `wake` after every write this process commits (the log then has news at once). */
  onLocalCommit(wake: () => void): void {
    this.db.observe(({ mode, ok }) => {
      if (mode === 'WRITE' && ok) wake();
    });
  }
}
