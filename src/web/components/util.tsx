/** Shared helpers for the DKFDS components. */

import { paths } from '../../paths.js';

/** Path at which the app serves the DKFDS SVG sprite. */
export const ICON_SPRITE = paths.static.iconSprite;

/**
 * Derive a DOM id from a form field name, so that labels, hints, error messages
 * and error-summary links all agree. Brackets and other characters that are not
 * safe in ids/fragments become single dashes:
 *   "budgetLines[0][name]" -> "budgetLines-0-name"
 *   "period[day]"          -> "period-day"
 */
export function fieldId(name: string): string {
  const id = name
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '');
  if (id === '') return 'field';
  return /^[A-Za-z]/.test(id) ? id : `f-${id}`;
}

/** Join class names, dropping falsy entries. */
export function cx(...parts: (string | false | null | undefined)[]): string {
  return parts.filter((p): p is string => typeof p === 'string' && p !== '').join(' ');
}

/** Join ids for aria-describedby; undefined when empty (attribute omitted). */
export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  const joined = cx(...ids);
  return joined === '' ? undefined : joined;
}

export interface IconProps {
  /** Icon name in the DKFDS sprite, e.g. "chevron-left". */
  name: string;
  class?: string;
  /** When set, the icon is meaningful and announced with this label (no aria-hidden). */
  label?: string;
}

/** DKFDS `icon_svg` macro. Decorative (aria-hidden) unless `label` is given. */
export function Icon({ name, class: className, label }: IconProps) {
  return (
    <svg
      class={cx('icon-svg', className)}
      aria-label={label}
      focusable="false"
      aria-hidden={label === undefined ? 'true' : undefined}
      role={label === undefined ? undefined : 'img'}
    >
      <use href={`${ICON_SPRITE}#${name}`}></use>
    </svg>
  );
}
