/**
 * Merging the academies of several sources into one Trust, by URN. Pure: it sees only what each source
 * answered and which URNs each is authoritative for.
 *
 * - An academy published by one source belongs to it.
 * - Published by several, it belongs to the one source authoritative for it; with none (or several)
 *   authoritative, it is a conflict: left out of totals and listed with the sources that disagree.
 * - An academy whose authoritative source did not answer is missing, even if another source has a copy:
 *   a stale copy would be reported as if it were current.
 */
import type { Academy } from '@equality-hub/domain';

export interface SourceAcademies {
  source: string;
  /** URNs this source is authoritative for. */
  authoritative: readonly string[];
  /** What it published, or null when it did not answer. */
  academies: readonly Academy[] | null;
}

export interface OwnedAcademy {
  academy: Academy;
  source: string;
}

export interface Conflict {
  urn: string;
  sources: string[];
}

export interface MissingAcademy {
  urn: string;
  name: string | null;
  sources: string[];
  reason: string;
}

export interface MergedAcademies {
  academies: OwnedAcademy[];
  conflicts: Conflict[];
  missing: MissingAcademy[];
}

export function mergeAcademies(inputs: readonly SourceAcademies[]): MergedAcademies {
  const published = new Map<string, OwnedAcademy[]>();
  const authorities = new Map<string, string[]>();
  const failed = new Set(inputs.filter((input) => input.academies === null).map((input) => input.source));
  for (const input of inputs) {
    for (const urn of input.authoritative) authorities.set(urn, [...(authorities.get(urn) ?? []), input.source]);
    for (const academy of input.academies ?? []) {
      published.set(academy.urn, [...(published.get(academy.urn) ?? []), { academy, source: input.source }]);
    }
  }

  const result: MergedAcademies = { academies: [], conflicts: [], missing: [] };
  const urns = [...new Set([...published.keys(), ...authorities.keys()])].sort();
  for (const urn of urns) {
    const copies = published.get(urn) ?? [];
    const authority = authorities.get(urn) ?? [];
    const name = copies[0]?.academy.name ?? null;
    if (authority.length > 1 || (authority.length === 0 && copies.length > 1)) {
      const sources = [...new Set([...authority, ...copies.map((copy) => copy.source)])].sort();
      result.conflicts.push({ urn, sources });
      continue;
    }
    if (authority.length === 1) {
      const [owner] = authority as [string];
      const copy = copies.find((candidate) => candidate.source === owner);
      if (copy) result.academies.push(copy);
      else {
        const reason = failed.has(owner) ? `its source "${owner}" did not answer` : `its source "${owner}" does not publish it`;
        result.missing.push({ urn, name, sources: [owner], reason });
      }
      continue;
    }
    result.academies.push(copies[0]!);
  }
  result.academies.sort((a, b) => a.academy.name.localeCompare(b.academy.name));
  return result;
}
