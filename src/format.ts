/**
 * Every number, unit, plural and date the widget shows comes from Intl, never from a
 * translated string: "{n} days" cannot be right in Polish or Czech. Formatters are
 * cached per locale and options, because constructing one costs far more than using it.
 */
import type {TimeLeft} from './deadline.js';
import {handFormatterFor, type CalendarParts} from './intl-words.js';

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

/** The calendar date of `instant` in `timeZone`, as YYYY-MM-DD for `<time datetime>`. */
function isoDateIn(instant: number, timeZone?: string): string {
  const options = {timeZone, year: 'numeric', month: '2-digit', day: '2-digit'} as const;
  const part = partsIn(instant, options);
  return `${part.year}-${part.month}-${part.day}`;
}

function partsIn(instant: number, options: Intl.DateTimeFormatOptions) {
  const parts = dateTimeFormat('en', {...options, hourCycle: 'h23'}).formatToParts(instant);
  return Object.fromEntries(parts.map((part) => [part.type, part.value]));
}

/** True when `instant` is exactly the start of a day in `timeZone`. */
function isStartOfDay(instant: number, timeZone?: string): boolean {
  const part = partsIn(instant, {timeZone, hour: 'numeric', minute: 'numeric', second: 'numeric'});
  return Number(part.hour) === 0 && Number(part.minute) === 0 && Number(part.second) === 0;
}

export interface DeadlineText {
  /** `last-day`: the deadline is a midnight, so we name the day before it. */
  readonly kind: 'last-day' | 'moment';
  readonly text: string;
  /** For `<time datetime>`: a date for a last day, the exact instant for a moment. */
  readonly datetime: string;
}

/**
 * How a deadline reads in the visitor's time zone: "Monday 26 May 2025" when it falls
 * at the start of a day there (the last day is the day before), else its own date and
 * time, since midnight in Brussels is mid-morning in Tokyo.
 */
export function describeDeadline(locale: string, deadline: number, timeZone?: string): DeadlineText {
  if (isStartOfDay(deadline, timeZone)) {
    const lastMoment = deadline - 1;
    return {
      kind: 'last-day',
      text: formatInstant(locale, lastMoment, timeZone, false),
      datetime: isoDateIn(lastMoment, timeZone),
    };
  }
  return {
    kind: 'moment',
    text: formatInstant(locale, deadline, timeZone, true),
    datetime: new Date(deadline).toISOString(),
  };
}

/** "Monday 26 May 2025", optionally "at 18:00", in `timeZone`. */
function formatInstant(locale: string, instant: number, timeZone: string | undefined, withTime: boolean): string {
  const hand = handFormatterFor(locale);
  if (hand) {
    const options = {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    } as const;
    const parts = Object.fromEntries(
      Object.entries(partsIn(instant, options)).map(([key, value]) => [key, Number(value)]),
    );
    return hand.date(parts as unknown as CalendarParts, withTime ? 'weekday-date-time' : 'weekday-date');
  }
  const options = withTime
    ? ({timeZone, dateStyle: 'full', timeStyle: 'short'} as const)
    : ({timeZone, dateStyle: 'full'} as const);
  return dateTimeFormat(locale, options).format(instant);
}

/** "22 November 2026": a plain calendar date, not an instant, so no time zone shift. */
export function formatCalendarDate(locale: string, isoDate: string): string {
  const hand = handFormatterFor(locale);
  if (hand) {
    const [year, month, day] = isoDate.split('-').map(Number);
    return hand.date({year, month, day, hour: 0, minute: 0}, 'date');
  }
  return dateTimeFormat(locale, {timeZone: 'UTC', dateStyle: 'long'}).format(Date.parse(`${isoDate}T00:00:00Z`));
}
