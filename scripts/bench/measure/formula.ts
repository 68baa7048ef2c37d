/**
 * How many upstream requests a report should cost: Σ over record types of ⌈records ÷ page size⌉ (at least
 * one request per type, to learn that there are none), and the naive alternative's count for comparison.
 */
export interface TypeCount {
  type: string;
  records: number;
}

export interface Expected {
  perType: (TypeCount & { pages: number })[];
  total: number;
}

export const pagesOf = (records: number, pageSize: number) => Math.max(1, Math.ceil(records / pageSize));

export function expectedRequests(counts: readonly TypeCount[], pageSize: number): Expected {
  const perType = counts.map((count) => ({ ...count, pages: pagesOf(count.records, pageSize) }));
  return { perType, total: perType.reduce((sum, type) => sum + type.pages, 0) };
}

/** `academies 1 + plans 1 + objectives 25 + … = 30` */
export const describeFormula = (expected: Expected) =>
  `${expected.perType.map((type) => `${type.type} ${type.pages}`).join(' + ')} = ${expected.total}`;

/**
 * A resolver per field with no batching: the academy list (paged), then per academy its plans, statements,
 * information and the list of its objectives, then one request per objective for its details.
 */
export function naiveRequests(academies: number, objectives: number, pageSize: number, trustTypes: number): number {
  return pagesOf(academies, pageSize) + 4 * academies + objectives + trustTypes;
}
