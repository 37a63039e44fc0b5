/**
 * Locale matching, pure: which of our translations fits a list of BCP 47 tags.
 * Intl.Locale normalises the tags; the region is dropped for the messages but the
 * full tag is kept, so dates and numbers still follow it (de-AT, en-IE, fr-BE).
 */

/** Languages we do not translate, but whose readers read one we do. */
const LANGUAGE_ALIASES: Readonly<Record<string, string>> = {
  no: 'nb', // Norwegian macrolanguage: Bokmål is what most Norwegians read
  nn: 'nb', // Nynorsk readers read Bokmål; better than falling back to English
};

export interface LocaleMatch {
  /** One of the supported message locales, e.g. `nl`. */
  readonly locale: string;
  /** The full tag that matched, for Intl, e.g. `nl-BE`. */
  readonly tag: string;
}

/** `candidate` matched when its language (or its alias) is supported, keeping its full tag. */
export function matchLocale(candidate: string, supported: readonly string[]): LocaleMatch | undefined {
  let parsed: Intl.Locale;
  try {
    parsed = new Intl.Locale(candidate.trim());
  } catch {
    return undefined; // not a BCP 47 tag
  }
  const locale = LANGUAGE_ALIASES[parsed.language] ?? parsed.language;
  return supported.includes(locale) ? {locale, tag: parsed.toString()} : undefined;
}

/** The first of `candidates` we can match, in order. */
export function firstMatch(
  candidates: Iterable<string | null | undefined>,
  supported: readonly string[],
): LocaleMatch | undefined {
  for (const candidate of candidates) {
    const match = candidate ? matchLocale(candidate, supported) : undefined;
    if (match) return match;
  }
  return undefined;
}

/**
 * The tag to format dates with. To Intl a bare `en` means American conventions
 * ("May 26, 2025 at 10:00 PM"); this widget's readers are in Europe, so bare English
 * follows British ones (day month year, 24-hour clock). Any region given is kept.
 */
export function intlTag(tag: string): string {
  return tag === 'en' ? 'en-GB' : tag;
}
