/**
 * A small seeded pseudo-random generator (mulberry32), so that a synthetic trust is the same for the same
 * seed on every machine. Each academy draws from its own stream, derived from the seed and its number, so
 * academy 7 is the same whether the trust has 10 academies or 100 (the database can grow in place).
 */
export type Random = () => number;

export function seeded(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An independent stream for one part of the trust (Knuth's multiplicative hash of the two numbers). */
export function stream(seed: number, part: number): Random {
  return seeded(Math.imul(seed ^ 0x5bd1e995, 0x9e3779b1) + Math.imul(part, 0x85ebca6b));
}

export const between = (next: Random, low: number, high: number) => low + (high - low) * next();
export const integer = (next: Random, low: number, high: number) => Math.floor(between(next, low, high + 1));
export const pick = <T>(next: Random, items: readonly T[]): T => items[Math.floor(next() * items.length)]!;

/** `count` distinct items, in their original order. */
export function some<T>(next: Random, items: readonly T[], count: number): T[] {
  const chosen = new Set<number>();
  while (chosen.size < Math.min(count, items.length)) chosen.add(Math.floor(next() * items.length));
  return [...chosen].sort((a, b) => a - b).map((index) => items[index]!);
}
