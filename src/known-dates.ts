/**
 * Build time only (scripts/known-dates.mjs runs it in Node): the dates nearly every
 * widget shows, formatted by the widget's own formatCalendarDate with Node's Intl, for
 * each language's chunk to carry (src/format.ts says why). Keyed by the tags that
 * format alike: the language's, and where Intl agrees, the language with each EU and
 * EEA country whose likeliest language it is (CLDR's likely subtags): `nl-NL`, which
 * WordPress writes in `<html lang>`, and `nl-BE`; `pt-PT` (Portuguese's likeliest
 * country is Brazil). Any other tag, `de-CH` or `en-IE`, formats for itself.
 */
import {CONTENT_REVIEWED_ON, DEFAULT_DEADLINE} from './facts.js';
import {lastDayOf} from './deadline.js';
import {formatCalendarDate, knownDateKey} from './format.js';
import {intlTag} from './locale-match.js';

/** The dates shown in a widget left at its default deadline, in their dateStyle. */
const SHOWN = [
  [lastDayOf(DEFAULT_DEADLINE)!, 'full'],
  [CONTENT_REVIEWED_ON, 'long'],
] as const;

/** What knownDates (src/format.ts) gets from `locale`'s chunk. */
/** The EU and EEA countries, where the widget's readers live. */
const EEA = 'AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IS IT LI LT LU LV MT NL NO PL PT RO SE SI SK'.split(' ');

/** What knownDates (src/format.ts) gets from `locale`'s chunk. */
export function knownDatesFor(locale: string): Record<string, string> {
  const textsIn = (tag: string) =>
    SHOWN.map(([date, dateStyle]) => formatCalendarDate(tag, date, dateStyle === 'full')).join('\n');
  const tag = intlTag(locale);
  const texts = textsIn(tag);
  const alike = EEA.filter((country) => new Intl.Locale(`und-${country}`).maximize().language === locale)
    .map((country) => `${locale}-${country}`)
    .filter((other) => other !== tag && textsIn(other) === texts);
  return Object.fromEntries(
    [tag, ...alike].flatMap((each) =>
      SHOWN.map(([date, dateStyle], i) => [knownDateKey(each, date, dateStyle), texts.split('\n')[i]]),
    ),
  );
}
