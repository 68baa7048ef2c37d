/**
 * The transport floor: the very pages the aggregator asked for (recorded at the counting proxy), fetched
 * straight from Strapi by a bare HTTP client, all known up front, at the same per-source concurrency the
 * aggregator uses, read to the last byte and thrown away: no parsing, no validation, no merging. Nothing
 * that reads these pages over HTTP can be faster.
 */
import { createLimiter } from '../../../aggregator/src/sources/limit';
import type { RecordedRequest } from '../run/source-proxy';

export async function fetchPages(baseUrl: string, requests: readonly RecordedRequest[], concurrency: number): Promise<number> {
  const limit = createLimiter(concurrency);
  const sizes = await Promise.all(
    requests.map((request) =>
      limit(async () => {
        const response = await fetch(`${baseUrl}${request.url}`, {
          headers: { accept: 'application/json', ...(request.authorization ? { authorization: request.authorization } : {}) },
        });
        if (!response.ok) throw new Error(`${request.url.split('?')[0]} answered ${response.status}`);
        return (await response.arrayBuffer()).byteLength;
      }),
    ),
  );
  return sizes.reduce((sum, size) => sum + size, 0);
}
