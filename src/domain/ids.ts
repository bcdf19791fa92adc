const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for a UUID in its text form (any version): ids from a URL are checked before they reach a query. */
export function isUuid(v: unknown): v is string {
  return typeof v === 'string' && UUID.test(v);
}
