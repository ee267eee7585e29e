export type Locale = 'en' | 'fr';
export const LOCALES: readonly Locale[] = ['en', 'fr'];

/** A text in every language the product speaks; the caller picks one at the edge. */
export type Localized = Record<Locale, string>;

export function isLocale(value: unknown): value is Locale {
  return value === 'en' || value === 'fr';
}

/** A locale from a BCP 47 tag or a POSIX locale (`fr_FR.UTF-8`); English otherwise. */
export function localeFromTag(tag: string | undefined): Locale {
  return tag && /^fr\b|^fr[_-]/i.test(tag) ? 'fr' : 'en';
}

/** The same text in every language (ids, numbers, code). */
export function same(text: string): Localized {
  return { en: text, fr: text };
}
