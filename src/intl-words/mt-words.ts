/**
 * Words for dates and durations in this language, used in every engine: Chromium's
 * Intl formats it in English (it lacks the CLDR data), Firefox's and WebKit's data is
 * thin (see ../intl-words.ts). Part of the language's chunk, locales/mt.js.
 */
import type {IntlWords} from './hand-formatter.js';

export const words: IntlWords = {
  units: {
    day: {
      one: 'jum',
      two: 'ijiem',
      few: 'ijiem',
      many: 'jum',
      other: 'jum',
    },
    hour: {
      one: 'siegħa',
      two: 'sigħat',
      few: 'sigħat',
      many: 'siegħa',
      other: 'siegħa',
    },
    minute: {
      one: 'minuta',
      two: 'minuti',
      few: 'minuti',
      many: 'minuta',
      other: 'minuta',
    },
  },
  unitPattern: '{n} {unit}',
  // 11-19 (CLDR's "many": 11-19, 111-119, ...) take -il before a noun, after digits too:
  // "12-il jum", "15-il siegħa".
  unitPatterns: {many: '{n}-il {unit}'},
  and: ' u ',
  months: [
    'Jannar',
    'Frar',
    'Marzu',
    'April',
    'Mejju',
    'Ġunju',
    'Lulju',
    'Awwissu',
    'Settembru',
    'Ottubru',
    'Novembru',
    'Diċembru',
  ],
  weekdays: ['Il-Ħadd', 'It-Tnejn', 'It-Tlieta', 'L-Erbgħa', 'Il-Ħamis', 'Il-Ġimgħa', 'Is-Sibt'],
  datePattern: "{weekday}, {day} ta' {month} {year}",
  shortDatePattern: "{day} ta' {month} {year}",
  dateTimePattern: '{date}, {time}',
};
