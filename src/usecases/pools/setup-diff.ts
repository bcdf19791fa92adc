/** One changed value between two setup snapshots; `path` names the field, lists by their items' key. */
export interface SetupChange {
  path: string[];
  before: Primitive | undefined;
  after: Primitive | undefined;
}

export type Primitive = string | number | boolean | null;

/** An array item's identity: its key, year or id, so reordering or inserting reads as what it is. */
function identity(item: unknown, index: number): string {
  if (typeof item === 'object' && item !== null) {
    const o = item as Record<string, unknown>;
    if (typeof o.key === 'string') return o.key;
    if (typeof o.year === 'number') return String(o.year);
    if (typeof o.id === 'string') return o.id;
  }
  return String(index + 1);
}

function flatten(value: unknown, path: string[], out: Map<string, Primitive>, paths: Map<string, string[]>): void {
  const put = (v: Primitive) => {
    const k = JSON.stringify(path);
    out.set(k, v);
    paths.set(k, path);
  };
  if (Array.isArray(value)) {
    if (value.every((v) => v === null || typeof v !== 'object')) {
      put(value.map(String).join(', '));
      return;
    }
    value.forEach((item, i) => flatten(item, [...path, identity(item, i)], out, paths));
    return;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) flatten(v, [...path, k], out, paths);
    return;
  }
  if (value === undefined) return;
  put(value as Primitive);
}

/** The fields that differ between two snapshots (added, removed or changed), in a stable order. */
export function diffSetup(before: unknown, after: unknown): SetupChange[] {
  const b = new Map<string, Primitive>();
  const a = new Map<string, Primitive>();
  const paths = new Map<string, string[]>();
  flatten(before ?? {}, [], b, paths);
  flatten(after ?? {}, [], a, paths);
  const keys = [...new Set([...b.keys(), ...a.keys()])];
  return keys
    .filter((k) => b.get(k) !== a.get(k))
    .map((k) => ({ path: paths.get(k) ?? [], before: b.get(k), after: a.get(k) }))
    .filter((c) => c.path[0] !== 'version' && !(c.path.includes('id') && c.path.length > 0 && c.path[c.path.length - 1] === 'id'));
}
