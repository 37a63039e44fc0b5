/**
 * This language's messages and its date and duration formatter, from the word list
 * in mt-words.ts: what src/localization.ts loads for it.
 */
import {handFormatter} from './hand-formatter.js';
import {words} from './mt-words.js';

export {templates} from '../generated/locales/mt.js';

export const formatter = handFormatter(words);
