/** `db.execute` returns `{ rows }` on both drivers; this reads them typed. */
export function rowsOf<T>(result: unknown): T[] {
  const r = result as { rows?: T[] };
  return r.rows ?? (result as T[]);
}
