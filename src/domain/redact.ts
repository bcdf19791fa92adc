/**
 * Retention: what survives of a deleted case's JSON (application content, versions, reports,
 * evaluations, review scores). Numbers, booleans, ids and dates stay — the figures statistics need —
 * and so do the strings of the keys below (codes from the system's own vocabularies and measured goal
 * values); every other string is free text that may name or describe a person, and becomes ''.
 */
const KEEP_STRING_KEYS = new Set([
  'projectType',
  'category',
  'targetGroups',
  'effectGoals',
  'solutionNewness',
  'costType',
  'kind',
  'status',
  'recommendation',
  'onTrack',
  'met',
  'value',
  'baseline',
  'target',
  'before',
  'mid',
  'after',
  'caseNumber',
]);
const ID_OR_DATE = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\d{4}-\d{2}-\d{2}(?:T[\d:.]+Z?)?)$/i;
/** A goal value is a measurement ("120", "75 %"), never a name. */
const MEASUREMENT = /^[\d\s.,%+-]{0,40}$/;

function redactString(key: string | undefined, s: string): string {
  if (ID_OR_DATE.test(s)) return s;
  if (key === 'value' || key === 'baseline' || key === 'target' || key === 'before' || key === 'mid' || key === 'after') return MEASUREMENT.test(s) ? s : '';
  return key !== undefined && KEEP_STRING_KEYS.has(key) && /^[a-z0-9_-]{1,60}$/i.test(s) ? s : '';
}

export function redactFreeText(value: unknown, key?: string): unknown {
  if (typeof value === 'string') return redactString(key, value);
  if (Array.isArray(value)) return value.map((v) => redactFreeText(v, key));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, redactFreeText(v, k)]));
  }
  return value;
}

/** The marker a redacted audit payload or webhook payload carries instead of its content. */
export const REDACTED = { redacted: true } as const;
