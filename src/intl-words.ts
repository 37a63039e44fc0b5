/**
 * Dates and durations for languages whose Intl data no engine gets right. Chromium has
 * no number, unit or date data for Irish, Maltese and Icelandic and silently formats
 * them in English, though Intl.PluralRules knows them; Firefox and WebKit claim the
 * data (`supportedLocalesOf` says yes) but it is thin: Maltese "6 d u 14 h", Irish
 * "14 u.", an Icelandic date with a comma after the weekday. So a language with a
 * translator's word list (src/intl-words/<locale>.ts) uses it in every engine; it
 * arrives with the language's chunk, so no other page pays for it.
 */

export interface CalendarParts {
  readonly year: number;
  readonly month: number; // 1-12
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
}

export type DateStyle = 'date' | 'weekday-date' | 'weekday-date-time';

export interface HandFormatter {
  /** "12 lá agus 5 huaire an chloig": zero parts left out, as Intl does. */
  timeLeft(tag: string, left: Partial<Record<'days' | 'hours' | 'minutes', number>>): string;
  date(parts: CalendarParts, style: DateStyle): string;
}

const registered = new Map<string, HandFormatter>();

export function registerHandFormatter(language: string, formatter: HandFormatter): void {
  registered.set(language, formatter);
}

/** The hand formatter for `tag`'s language, if it has a word list (whatever Intl claims). */
export function handFormatterFor(tag: string): HandFormatter | undefined {
  return registered.get(new Intl.Locale(tag).language);
}
