/** A user-facing text in Danish (shown first) with an English variant. */
export interface Bilingual {
  da: string;
  en: string;
}

export type Locale = 'da' | 'en';

/** Danish and English number words for small counts (used in applicant-facing reasons). */
export function countWords(n: number): Bilingual {
  const da = ['ingen', 'én', 'to', 'tre', 'fire', 'fem', 'seks', 'syv', 'otte', 'ni', 'ti'];
  const en = ['none', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
  if (Number.isInteger(n) && n >= 0 && n <= 10) {
    return { da: da[n] ?? String(n), en: en[n] ?? String(n) };
  }
  return { da: String(n), en: String(n) };
}
