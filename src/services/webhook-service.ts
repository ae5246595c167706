import { z } from 'zod';
import type { DeliveryStatus, WebhookStore } from '../db/webhook-store.js';
import { webhookFilterSchema, webhookUrlSchema } from '../domain/webhooks.js';
import { parseArgument } from './arguments.js';

const hookIdSchema = z.string().regex(/^[0-9a-f]{12}$/, 'expected the 12-character id of a webhook');

/** Registering, listing and removing webhooks, and reading their delivery log: the ADMIN side. */
export class WebhookService {
  private readonly inputSchema;

  constructor(
    private readonly store: WebhookStore,
    options: { allowPrivate: boolean },
  ) {
    this.inputSchema = webhookFilterSchema.extend({ url: webhookUrlSchema(options.allowPrivate), description: z.string().trim().min(1).max(200).optional() });
  }

  list() {
    return this.store.list();
  }

  create(input: unknown) {
    const { url, description, items, changes } = parseArgument(this.inputSchema, input, 'input');
    return this.store.create({ url, description: description ?? null, items, changes });
  }

  delete(id: unknown) {
    return this.store.delete(parseArgument(hookIdSchema, id, 'id'));
  }

  deliveries(webhookId: string, status: DeliveryStatus | null | undefined, first: number) {
    return this.store.deliveries(webhookId, status ?? null, first);
  }
}
