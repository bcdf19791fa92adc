/** Small helpers to read server-rendered pages in tests. */
const decode = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#x27;/g, "'");

export const textOf = (html: string) =>
  decode(html.replace(/<[^>]+>/g, ' '))
    .replace(/[^\S\u00a0]+/g, ' ') // collapse whitespace, but keep no-break spaces (amounts: "5.000 kr.")
    .trim();

/** The cells (as text) of every table row whose text contains `needle`. */
export function rowsContaining(html: string, needle: string): string[][] {
  const rows = [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) =>
    [...(m[1] ?? '').matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => textOf(c[1] ?? '')),
  );
  return rows.filter((r) => r.join(' ').includes(needle));
}

/** The value attribute of the input with this name, or null. */
export function inputValue(html: string, name: string): string | null {
  const esc = name.replace(/[[\]]/g, (c) => `\\${c}`);
  const tag = html.match(new RegExp(`<input[^>]*name="${esc}"[^>]*>`))?.[0];
  if (!tag) return null;
  return decode(tag.match(/value="([^"]*)"/)?.[1] ?? '');
}

/** The error message shown next to the field with this id. */
export function fieldError(html: string, id: string): string | null {
  const m = html.match(new RegExp(`<span class="form-error-message" id="${id}-error"><span class="sr-only">[^<]*</span>([^<]*)</span>`));
  return m ? decode(m[1] ?? '').trim() : null;
}

export const poolIdByName = async (res: Response, name: string): Promise<string> => {
  const pools = (await res.json()) as { id: string; name: string }[];
  const pool = pools.find((p) => p.name === name);
  if (!pool) throw new Error(`no pool ${name}`);
  return pool.id;
};
