import { AsyncLocalStorage } from 'node:async_hooks';
import type { Role, WriteScope } from './roles.js';

/** Who is behind the write being executed, for the audit trail. */
export interface Actor {
  /** `key:<id>`, `jwt:<sub>`, `anonymous`, or `system` for the command-line tools. */
  subject: string;
  role: Role;
  /** The GraphQL operation name, when the client gave one. */
  operation: string | null;
  /** Where the caller may write (see WriteScope); absent or null: wherever its role may. */
  scope?: WriteScope | null;
}

const SYSTEM: Actor = { subject: 'system', role: 'ADMIN', operation: null };
const scope = new AsyncLocalStorage<Actor>();

/**
 * Carries the caller through an execution without threading it through every service call:
 * set once per GraphQL execution, read by the one write path (mutate()).
 */
export const runAs = <T>(actor: Actor, work: () => T): T => scope.run(actor, work);

/** The current caller; work started outside a request (seed, import and key CLIs) is `system`. */
export const currentActor = (): Actor => scope.getStore() ?? SYSTEM;
