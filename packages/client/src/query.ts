/**
 * Strapi's bracketed query strings (`filters[academy][slug][$eq]=st-georges`, `sort[0]=name:asc`), built
 * from plain objects so that every call states its query as data.
 */
export type QueryValue = string | number | boolean | readonly QueryValue[] | { readonly [key: string]: QueryValue };
export type Query = { readonly [key: string]: QueryValue };

function pairs(value: QueryValue, name: string): string[] {
  if (typeof value !== 'object') return [`${encodeURIComponent(name)}=${encodeURIComponent(String(value))}`];
  return Object.entries(value).flatMap(([key, child]) => pairs(child as QueryValue, `${name}[${key}]`));
}

/** `{ filters: { slug: { $eq: 'a b' } } }` → `filters%5Bslug%5D%5B%24eq%5D=a%20b`; empty for an empty query. */
export function encodeQuery(query: Query): string {
  return Object.entries(query)
    .flatMap(([key, value]) => pairs(value, key))
    .join('&');
}
