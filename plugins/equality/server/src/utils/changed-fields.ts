/**
 * The names of the fields a write changes, for the audit trail, which keeps names and never values.
 *
 * Worked out from what the write sends (`data`) and, for an update, the stored version the validation
 * middleware has already read: a field counts when its value differs from the stored one, compared the
 * way the Content Manager sends values back (a number as text, a date in another ISO form, component
 * items with their ids). Relations and media are not in the stored version: they count whenever the
 * write sends them, unless it is the Content Manager's payload for a relation left alone. Without a
 * stored version (create, clone) the fields given a value count.
 */

/** Strapi's own bookkeeping, and the plugin's academyKey: never a change staff made. */
const BOOKKEEPING = new Set(['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'locale', 'localizations', 'createdBy', 'updatedBy', 'academyKey']);

/** Keys inside component items that say which item it is, not what it holds. */
const ITEM_IDENTITY = new Set(['id', '__temp_key__']);

const RELATION_KEYS = new Set(['connect', 'disconnect', 'set', 'options']);

type Fields = Record<string, unknown>;

const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

const isBlank = (value: unknown) => value === undefined || value === null || value === '';

/** `{ connect: [], disconnect: [] }`: what the Content Manager sends for a relation left alone. */
function isUntouchedRelation(value: unknown): boolean {
  if (!isObject(value)) return false;
  const keys = Object.keys(value);
  if (keys.length === 0 || !keys.every((key) => RELATION_KEYS.has(key)) || 'set' in value) return false;
  return [value.connect, value.disconnect].every((list) => list === undefined || (Array.isArray(list) && list.length === 0));
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T/;
const asInstant = (value: unknown): number | null => {
  if (value instanceof Date) return value.getTime();
  return typeof value === 'string' && INSTANT.test(value) ? Date.parse(value) : null;
};

/** Scalars as the database and the Content Manager may each spell them: 12.5 and "12.5", true and 1. */
function sameScalar(a: unknown, b: unknown): boolean {
  const [x, y] = [asInstant(a), asInstant(b)];
  if (x !== null && y !== null) return x === y;
  if (typeof a === 'string' && typeof b === 'string') return false;
  const asNumber = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? Number.NaN : Number(value));
  const [m, n] = [asNumber(a), asNumber(b)];
  return !Number.isNaN(m) && m === n;
}

export function sameValue(a: unknown, b: unknown): boolean {
  if (isBlank(a) || isBlank(b)) return isBlank(a) && isBlank(b);
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, index) => sameValue(item, b[index]));
  }
  if (isObject(a) || isObject(b)) {
    if (!isObject(a) || !isObject(b)) return false;
    const keys = new Set([...Object.keys(a), ...Object.keys(b)].filter((key) => !ITEM_IDENTITY.has(key)));
    return [...keys].every((key) => sameValue(a[key], b[key]));
  }
  return sameScalar(a, b);
}

/**
 * The sorted names of the fields `data` changes. `stored`: the version before an update; `null` when
 * there is none (create, clone), and every field given a value counts.
 */
export function changedFieldNames(data: Fields | undefined, stored: Fields | null): string[] {
  const changed = Object.entries(data ?? {}).filter(([name, value]) => {
    if (BOOKKEEPING.has(name) || isUntouchedRelation(value)) return false;
    // A relation or media field is not in the stored version: whatever the update sends to it counts.
    if (stored) return name in stored ? !sameValue(value, stored[name]) : true;
    return !isBlank(value) && !(Array.isArray(value) && value.length === 0);
  });
  return changed.map(([name]) => name).sort();
}
