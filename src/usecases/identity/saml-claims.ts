import { parseXml2JsFromString } from '@node-saml/node-saml/lib/xml.js';
import type { XmlJsObject } from '@node-saml/node-saml/lib/types.js';

/** KOMBIT's Context Handler: the user's privileges as base64-encoded XML (OIOSAML basic privilege profile). */
export const KOMBIT_PRIVILEGES_ATTRIBUTE = 'dk:gov:saml:attribute:Privileges_intermediate';
const CVR_SCOPE = 'urn:dk:gov:saml:cvrNumberIdentifier:';
const MAX_ENCODED = 200_000;

type Values = XmlJsObject | XmlJsObject[] | string | undefined;
const list = (v: Values): XmlJsObject[] => (Array.isArray(v) ? v : v && typeof v === 'object' ? [v] : []);
const text = (v: XmlJsObject): string => (typeof v._ === 'string' ? v._.trim() : '');

/** An attribute's values as node-saml gives them (one string, several, or an element with children) → the strings. */
export function attributeStrings(value: unknown): string[] {
  const one = (v: unknown): string[] => {
    if (typeof v === 'string') return [v.trim()].filter(Boolean);
    if (v && typeof v === 'object' && typeof (v as XmlJsObject)._ === 'string') return [text(v as XmlJsObject)].filter(Boolean);
    return [];
  };
  return Array.isArray(value) ? value.flatMap(one) : one(value);
}

/**
 * The privilege values of a basic-privilege-profile document (`<bpp:PrivilegeList><PrivilegeGroup Scope=…>
 * <Privilege>…</Privilege>`). A group scoped to another organisation's CVR number gives nothing here;
 * constraints (KLE, sensitivity) are not used by this system. Null when the value is not such a document.
 */
export async function privilegesFromBpp(encoded: string, opts: { cvr?: string | null } = {}): Promise<string[] | null> {
  if (encoded.length > MAX_ENCODED || !/^[A-Za-z0-9+/=\s]+$/.test(encoded)) return null;
  const xml = Buffer.from(encoded, 'base64').toString('utf8').trim();
  if (!xml.startsWith('<') || !xml.includes('PrivilegeList')) return null;
  let doc: XmlJsObject;
  try {
    doc = await parseXml2JsFromString(xml);
  } catch {
    return null;
  }
  const root = list(doc.PrivilegeList)[0];
  if (!root) return null;
  return list(root.PrivilegeGroup).flatMap((group) => {
    const scope = typeof group.$ === 'object' && group.$ && 'Scope' in group.$ ? String((group.$ as Record<string, unknown>).Scope ?? '') : '';
    if (opts.cvr && scope.startsWith(CVR_SCOPE) && scope.slice(CVR_SCOPE.length) !== opts.cvr) return [];
    return list(group.Privilege).map(text).filter(Boolean);
  });
}

/**
 * The claim values a SAML login carries for the role mappings: the values of the configured attribute
 * and of KOMBIT's privileges attribute; a value that is a base64 privilege list is opened into its
 * privilege values, any other value (a plain, multi-valued attribute) counts as it is.
 */
export async function samlClaimValues(attributes: Record<string, unknown>, groupsAttribute: string, opts: { cvr?: string | null } = {}): Promise<string[]> {
  const names = [...new Set([groupsAttribute, KOMBIT_PRIVILEGES_ATTRIBUTE])];
  const values: string[] = [];
  for (const name of names) {
    for (const value of attributeStrings(attributes[name])) {
      const privileges = await privilegesFromBpp(value, opts);
      values.push(...(privileges ?? [value]));
    }
  }
  return [...new Set(values)];
}
