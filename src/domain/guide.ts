/**
 * The citizens' guide never names a product or a company. Pure rule: which of the known company
 * names occur in a text (case-insensitive, as whole words, so "Care" does not match "Carepleje"…
 * but "Robo Care ApS" matches "robo care aps").
 */
export function companyNamesIn(text: string, names: readonly string[]): string[] {
  const haystack = ` ${normalise(text)} `;
  const found = new Set<string>();
  for (const name of names) {
    const needle = normalise(name);
    if (needle.length < 2) continue;
    if (haystack.includes(` ${needle} `)) found.add(name.trim());
    else {
      // Without its legal form ("ApS", "A/S"), a company is still named: "Robo Care" in a text.
      const bare = needle.replace(/\s+(aps|a\/s|as|i\/s|p\/s|k\/s|ivs|amba|a\.m\.b\.a\.|ltd|gmbh|ab|inc)$/, '');
      if (bare !== needle && bare.length >= 3 && haystack.includes(` ${bare} `)) found.add(name.trim());
    }
  }
  return [...found];
}

/** Lower case, punctuation (except a slash or dot inside a legal form) to spaces, spaces collapsed. */
function normalise(s: string): string {
  return s
    .toLocaleLowerCase('da-DK')
    .replace(/[^\p{L}\p{N}/.]+/gu, ' ')
    .replace(/\.(\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A theme's URL name: lower case letters, digits and hyphens ("svaert-ved-at-huske"). */
export const THEME_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A slug from a title: æ→ae, ø→oe, å→aa, the rest to hyphens. */
export function slugify(title: string): string {
  return title
    .toLocaleLowerCase('da-DK')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}
