/**
 * Formats dates and durations from a word list, for the languages Intl cannot
 * format (see ../intl-words.ts). The plural category still comes from Intl.PluralRules.
 */
import type {CalendarParts, DateStyle, HandFormatter} from '../intl-words.js';

type Unit = 'day' | 'hour' | 'minute';

export interface IntlWords {
  /** Unit nouns per plural category of Intl.PluralRules, as used after a number. */
  readonly units: Readonly<Record<Unit, Partial<Record<Intl.LDMLPluralRule, string>>>>;
  /** How a number and its unit noun combine: `{n} {unit}`. */
  readonly unitPattern: string;
  /** The plural categories that combine otherwise: Maltese writes 11-19 `{n}-il {unit}`. */
  readonly unitPatterns?: Readonly<Partial<Record<Intl.LDMLPluralRule, string>>>;
  /** Joins the two parts of a duration: ` and `. */
  readonly and: string;
  /** Month names, January first, as used in a date after the day. */
  readonly months: readonly string[];
  /** Weekday names, Sunday first, as used at the start of a long date. */
  readonly weekdays: readonly string[];
  /** `{weekday}`, `{day}`, `{month}`, `{year}`. */
  readonly datePattern: string;
  /** The same without the weekday. */
  readonly shortDatePattern: string;
  /** `{date}` and a 24-hour `{time}`. */
  readonly dateTimePattern: string;
}

const fill = (pattern: string, values: Record<string, string | number>) =>
  pattern.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key]));

export function handFormatter(words: IntlWords): HandFormatter {
  return {
    timeLeft(tag, left) {
      const plural = new Intl.PluralRules(tag);
      return Object.entries(left)
        .filter(([, n]) => n > 0)
        .map(([key, n]) => {
          const forms = words.units[key.slice(0, -1) as Unit];
          const category = plural.select(n);
          return fill(words.unitPatterns?.[category] ?? words.unitPattern, {n, unit: forms[category] ?? forms.other!});
        })
        .join(words.and);
    },

    date(parts: CalendarParts, style: DateStyle) {
      const weekday = new Date(Date.UTC(parts.year, parts.month - 1, parts.day)).getUTCDay();
      const values = {
        weekday: words.weekdays[weekday],
        day: parts.day,
        month: words.months[parts.month - 1],
        year: parts.year,
      };
      if (style === 'date') return fill(words.shortDatePattern, values);
      const date = fill(words.datePattern, values);
      if (style === 'weekday-date') return date;
      const time = `${String(parts.hour).padStart(2, '0')}:${String(parts.minute).padStart(2, '0')}`;
      return fill(words.dateTimePattern, {date, time});
    },
  };
}
