/**
 * Seeded pseudo-random streams (the domain's mulberry32), so that a synthetic trust is the same for the same
 * seed on every machine. Each academy draws from its own stream, derived from the seed and its number, so
 * academy 7 is the same whether the trust has 10 academies or 100 (the database can grow in place).
 */
import { seededRandom, type Random } from '@equality-hub/domain';

export type { Random };
export const seeded = seededRandom;

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
