/**
 * Every number, unit, plural and date the widget shows comes from Intl, never from a
 * translated string: "{n} days" cannot be right in Polish or Czech. Formatters are
 * cached per locale and options, because constructing one costs far more than using it.
 */
import type {Deadline, TimeLeft} from './deadline.js';
import {handFormatterFor} from './intl-words.js';

// TypeScript 5.9's lib has no Intl.DurationFormat yet; this is the part we use.
interface DurationFormat {
  format(duration: Partial<Record<'days' | 'hours' | 'minutes', number>>): string;
}
type DurationFormatConstructor = new (locale: string, options: {style: 'long'}) => DurationFormat;
const DurationFormat = (Intl as {DurationFormat?: DurationFormatConstructor}).DurationFormat;

const cache = new Map<string, unknown>();

function cached<T>(kind: string, locale: string, options: object, make: () => T): T {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter;
}

function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions) {
  return cached('dt', locale, options, () => new Intl.DateTimeFormat(locale, options));
}

/** "12 days, 5 hours" / "12 Tage und 5 Stunden": zero parts are left out. */
export function formatTimeLeft(locale: string, left: TimeLeft): string {
  const hand = handFormatterFor(locale);
  if (hand) return hand.timeLeft(locale, left);
  if (DurationFormat) {
    return cached('duration', locale, {}, () => new DurationFormat(locale, {style: 'long'})).format(left);
  }
  // Browsers without DurationFormat (Firefox before 136, Safari before 16.4):
  // one unit at a time, joined as a unit list.
  const parts = Object.entries(left)
    .filter(([, value]) => value > 0)
    .map(([unit, value]) => {
      const options = {style: 'unit', unit: unit.slice(0, -1), unitDisplay: 'long'} as const;
      return cached('unit', locale, options, () => new Intl.NumberFormat(locale, options)).format(value);
    });
  return cached('list', locale, {}, () => new Intl.ListFormat(locale, {type: 'unit', style: 'long'})).format(parts);
}

export interface DeadlineText {
  /** `last-day`: a calendar date, the same everywhere; `moment`: a date and time in the visitor's zone. */
  readonly kind: 'last-day' | 'moment';
  readonly text: string;
  /** For `<time datetime>`: the date of a last day, the exact instant of a moment. */
  readonly datetime: string;
}

/**
 * How a deadline reads: its last day ("Monday 26 May 2025", the same calendar date in
 * every time zone) when it has one, else its date and time in the visitor's zone, with
 * the zone named, since 12:00 in Brussels is 13:00 in Helsinki.
 */
export function describeDeadline(locale: string, deadline: Deadline, timeZone?: string): DeadlineText {
  if (deadline.lastDay) {
    return {kind: 'last-day', text: formatCalendarDate(locale, deadline.lastDay, true), datetime: deadline.lastDay};
  }
  return {
    kind: 'moment',
    text: formatMoment(locale, deadline.at, timeZone),
    datetime: new Date(deadline.at).toISOString(),
  };
}

/** "Monday, 26 May 2025 at 13:00 EEST", in `timeZone`. */
function formatMoment(locale: string, instant: number, timeZone: string | undefined): string {
  const options = {
    timeZone,
    weekday: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    timeZoneName: 'short',
  } as const;
  const hand = handFormatterFor(locale);
  if (!hand) return dateTimeFormat(locale, options).format(instant);
  // The word lists have no zone names: the offset ("GMT+3") reads the same in any language.
  const parts = Object.fromEntries(
    dateTimeFormat('en', {...options, timeZoneName: 'shortOffset', month: 'numeric', hourCycle: 'h23'})
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  const calendar = {year: +parts.year, month: +parts.month, day: +parts.day, hour: +parts.hour, minute: +parts.minute};
  return `${hand.date(calendar, 'weekday-date-time')} ${parts.timeZoneName}`;
}

/**
 * The dates the language chunks brought already formatted (src/known-dates.ts): the
 * advised last day and the review date, which nearly every widget shows. The page's
 * first Intl.DateTimeFormat is its costliest step before the first paint (ICU loading
 * its calendar data: 80–290 ms at 4× CPU, measured), and with these it needs none.
 * Keyed by knownDateKey.
 */
export const knownDates: Record<string, string> = {};

/** "nl-NL 2026-12-02 long": a tag, a calendar date and the Intl dateStyle it is shown in. */
export const knownDateKey = (tag: string, isoDate: string, dateStyle: 'full' | 'long'): string =>
  `${tag} ${isoDate} ${dateStyle}`;

/** "22 November 2026" (or "Sunday, 22 November 2026"): a calendar date, the same in every zone. */
export function formatCalendarDate(locale: string, isoDate: string, withWeekday = false): string {
  const hand = handFormatterFor(locale);
  if (hand) {
    const [year, month, day] = isoDate.split('-').map(Number);
    return hand.date({year, month, day, hour: 0, minute: 0}, withWeekday ? 'weekday-date' : 'date');
  }
  const dateStyle = withWeekday ? 'full' : 'long';
  return (
    knownDates[knownDateKey(locale, isoDate, dateStyle)] ??
    dateTimeFormat(locale, {timeZone: 'UTC', dateStyle}).format(Date.parse(`${isoDate}T00:00:00Z`))
  );
}
