/**
 * The webhook that tells the aggregator to drop its cache whenever published equality data may have
 * changed. Checked on every boot (idempotent): created when missing, brought up to date when its URL,
 * secret or events differ. Without AGGREGATOR_WEBHOOK_SECRET there is nothing to authenticate with, so
 * no webhook is kept.
 */
import type { Core } from '@strapi/strapi';

export const AGGREGATOR_WEBHOOK_NAME = 'equality-aggregator';
export const AGGREGATOR_WEBHOOK_SECRET_HEADER = 'x-aggregator-secret';
const EVENTS = ['entry.create', 'entry.update', 'entry.delete', 'entry.publish', 'entry.unpublish'];

interface Webhook {
  id: string;
  name: string;
  url: string;
  headers: Record<string, string>;
  events: string[];
  isEnabled: boolean;
}

export async function ensureAggregatorWebhook(strapi: Core.Strapi) {
  const store = strapi.get('webhookStore');
  // Webhooks are loaded into the runner before the app's bootstrap, so changes here are applied to it too.
  const runner = strapi.get('webhookRunner');
  const existing = ((await store.findWebhooks()) as Webhook[]).find((webhook) => webhook.name === AGGREGATOR_WEBHOOK_NAME);
  const secret = process.env.AGGREGATOR_WEBHOOK_SECRET;
  if (!secret) {
    if (existing) {
      await store.deleteWebhook(existing.id);
      runner.remove(existing);
    }
    strapi.log.info('AGGREGATOR_WEBHOOK_SECRET is not set: the aggregator is not notified of changes (its cache expires on its own)');
    return;
  }
  const wanted = {
    name: AGGREGATOR_WEBHOOK_NAME,
    url: process.env.AGGREGATOR_WEBHOOK_URL ?? 'http://127.0.0.1:4000/webhooks/strapi',
    headers: { [AGGREGATOR_WEBHOOK_SECRET_HEADER]: secret },
    events: EVENTS,
    isEnabled: true,
  };
  if (!existing) {
    runner.add(await store.createWebhook(wanted));
    return;
  }
  const same = existing.url === wanted.url && existing.isEnabled &&
    existing.headers?.[AGGREGATOR_WEBHOOK_SECRET_HEADER] === secret && EVENTS.every((event) => existing.events.includes(event));
  if (!same) runner.update(await store.updateWebhook(existing.id, wanted));
}
