/**
 * An amount as formatKroner writes it: the space before `kr.` (and after `DKK`) is a NO-BREAK SPACE,
 * so tests write `kr('1.234 kr.')` and read as the page does.
 */
export function kr(text: string): string {
  return text.replace(/ kr\./g, '\u00a0kr.').replace(/DKK /g, 'DKK\u00a0');
}
