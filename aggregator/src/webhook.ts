/**
 * `POST /webhooks/strapi`: Strapi calls this on every create, update, delete, publish and unpublish
 * (cms/src/seed/webhook.ts registers it), and the record cache is invalidated. The shared secret comes in
 * a header; without a configured secret the endpoint does not exist.
 */
import crypto from 'node:crypto';
import express, { type Router } from 'express';
import type { RecordCache } from './cache';

export const WEBHOOK_PATH = '/webhooks/strapi';
export const WEBHOOK_SECRET_HEADER = 'x-aggregator-secret';

function sameSecret(given: string, expected: string): boolean {
  const a = crypto.createHash('sha256').update(given).digest();
  const b = crypto.createHash('sha256').update(expected).digest();
  return crypto.timingSafeEqual(a, b);
}

export function webhookRouter(cache: RecordCache, secret: string | undefined, log: (message: string) => void): Router {
  const router = express.Router();
  if (!secret) return router;
  router.post(WEBHOOK_PATH, express.json({ limit: '256kb' }), async (request, response) => {
    const given = request.get(WEBHOOK_SECRET_HEADER);
    if (!given || !sameSecret(given, secret)) {
      response.status(401).json({ error: 'wrong or missing webhook secret' });
      return;
    }
    await cache.invalidate();
    log(`Cache invalidated by Strapi (${String(request.body?.event ?? 'unknown event')} on ${String(request.body?.uid ?? request.body?.model ?? 'unknown type')})`);
    response.status(204).end();
  });
  return router;
}
