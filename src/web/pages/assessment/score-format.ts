/** How scores are written: Danish decimal comma, '–' for none. */

/** A 0–100 total with one decimal. */
export function points(n: number | null, locale: 'da' | 'en'): string {
  if (n === null) return '–';
  const s = (Math.round(n * 10) / 10).toFixed(1);
  return locale === 'da' ? s.replace('.', ',') : s;
}

/** A score or mean on a criterion's scale, up to two decimals. */
export function scoreText(n: number | null, locale: 'da' | 'en'): string {
  if (n === null) return '–';
  const s = String(Math.round(n * 100) / 100);
  return locale === 'da' ? s.replace('.', ',') : s;
}
