/**
 * Dates and durations for languages whose Intl data the browser lacks. Chromium has
 * no number, unit or date data for Irish, Maltese and Icelandic and silently formats
 * them in English, though Intl.PluralRules knows them. For those, a hand formatter
 * built from a translator's word list (src/intl-words/<locale>.ts) arrives with the
 * language's chunk, so no other page pays for it.
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

/** The hand formatter for `tag`, only when the browser's Intl cannot format it. */
export function handFormatterFor(tag: string): HandFormatter | undefined {
  const formatter = registered.get(new Intl.Locale(tag).language);
  return formatter && Intl.DateTimeFormat.supportedLocalesOf([tag]).length === 0 ? formatter : undefined;
}
