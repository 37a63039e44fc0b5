/**
 * Words for dates and durations in this language, used in every engine: Chromium's
 * Intl formats it in English (it lacks the CLDR data), Firefox's and WebKit's data is
 * thin (see ../intl-words.ts). Part of the language's chunk, locales/ga.js.
 */
import type {IntlWords} from './hand-formatter.js';

export const words: IntlWords = {
  units: {
    day: {
      one: 'lá',
      two: 'lá',
      few: 'lá',
      many: 'lá',
      other: 'lá',
    },
    hour: {
      one: 'uair an chloig',
      two: 'uair an chloig',
      few: 'huaire an chloig',
      many: 'n-uaire an chloig',
      other: 'uair an chloig',
    },
    minute: {
      one: 'nóiméad',
      two: 'nóiméad',
      few: 'nóiméad',
      many: 'nóiméad',
      other: 'nóiméad',
    },
  },
  unitPattern: '{n} {unit}',
  and: ' agus ',
  months: [
    'Eanáir',
    'Feabhra',
    'Márta',
    'Aibreán',
    'Bealtaine',
    'Meitheamh',
    'Iúil',
    'Lúnasa',
    'Meán Fómhair',
    'Deireadh Fómhair',
    'Samhain',
    'Nollaig',
  ],
  weekdays: ['Dé Domhnaigh', 'Dé Luain', 'Dé Máirt', 'Dé Céadaoin', 'Déardaoin', 'Dé hAoine', 'Dé Sathairn'],
  datePattern: '{weekday} {day} {month} {year}',
  shortDatePattern: '{day} {month} {year}',
  dateTimePattern: '{date} ag {time}',
};
