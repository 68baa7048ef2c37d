/**
 * The stored version of a document as the validation middleware read it before an update, kept for
 * the rest of the same Document Service call (keyed by its middleware context), so that the audit
 * trail can name the changed fields without reading the document again.
 */
type Fields = Record<string, unknown>;

const versions = new WeakMap<object, Fields>();

export function rememberStoredVersion(context: object, stored: Fields | null): void {
  if (stored) versions.set(context, stored);
}

export function storedVersionOf(context: object): Fields | null {
  return versions.get(context) ?? null;
}
