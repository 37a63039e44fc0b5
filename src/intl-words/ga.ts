/**
 * This language's messages and its date and duration formatter, from the word list
 * in ga-words.ts: what src/localization.ts loads for it.
 */
import {handFormatter} from './hand-formatter.js';
import {words} from './ga-words.js';

export {templates} from '../generated/locales/ga.js';

export const formatter = handFormatter(words);
