import type { Message } from '../errors.js';

export const locales = ['da', 'en'] as const;
export type Locale = (typeof locales)[number];

export const isLocale = (v: unknown): v is Locale => v === 'da' || v === 'en';

/** Pick the message in the current locale. UI text is written as `{ da, en }` beside the code that shows it. */
export const tr = (locale: Locale, message: Message): string => message[locale];
