/**
 * Words for dates and durations in this language, used in every engine: Chromium's
 * Intl formats it in English (it lacks the CLDR data), Firefox's and WebKit's data is
 * thin (see ../intl-words.ts). Part of the language's chunk, locales/is.js.
 */
import type {IntlWords} from './hand-formatter.js';

export const words: IntlWords = {
  units: {
    day: {
      one: 'dagur',
      other: 'dagar',
    },
    hour: {
      one: 'klukkustund',
      other: 'klukkustundir',
    },
    minute: {
      one: 'mínúta',
      other: 'mínútur',
    },
  },
  unitPattern: '{n} {unit}',
  and: ' og ',
  months: [
    'janúar',
    'febrúar',
    'mars',
    'apríl',
    'maí',
    'júní',
    'júlí',
    'ágúst',
    'september',
    'október',
    'nóvember',
    'desember',
  ],
  weekdays: ['sunnudagur', 'mánudagur', 'þriðjudagur', 'miðvikudagur', 'fimmtudagur', 'föstudagur', 'laugardagur'],
  datePattern: '{weekday} {day}. {month} {year}',
  shortDatePattern: '{day}. {month} {year}',
  dateTimePattern: '{date} kl. {time}',
};
