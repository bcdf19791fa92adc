const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids in URLs are checked before they reach a uuid column, so a malformed one is a 404, not a 500. */
export function isUuid(s: unknown): s is string {
  return typeof s === 'string' && UUID.test(s);
}
