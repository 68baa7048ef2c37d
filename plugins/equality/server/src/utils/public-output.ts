/**
 * What the public routes do to every response before it leaves: withhold small cohorts wherever a
 * list of figures appears, however deeply it was populated.
 */
import { Figure, suppressFigures } from '@equality-hub/domain';

const FigureList = Figure.array();

export function suppressPublishedFigures(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(suppressPublishedFigures);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, child]) => {
      if (key === 'figures' && Array.isArray(child)) {
        const figures = FigureList.safeParse(child.map(({ id: _id, ...figure }) => figure));
        // A list that is not figures as stored cannot be judged safe: it is withheld whole.
        return [key, figures.success ? suppressFigures(figures.data) : []];
      }
      return [key, suppressPublishedFigures(child)];
    }),
  );
}

/** Strapi's content API caps page sizes globally; the plugin holds its own routes to this cap too. */
export const MAX_PAGE_SIZE = 100;

export function capPageSize(query: Record<string, unknown>): Record<string, unknown> {
  const pagination = query.pagination as Record<string, unknown> | undefined;
  if (!pagination || typeof pagination !== 'object') return query;
  const capped = { ...pagination };
  for (const key of ['pageSize', 'limit'] as const) {
    const size = Number(capped[key]);
    if (capped[key] !== undefined && (!Number.isFinite(size) || size > MAX_PAGE_SIZE || size < 1)) {
      capped[key] = MAX_PAGE_SIZE;
    }
  }
  return { ...query, pagination: capped };
}
