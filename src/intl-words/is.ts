/**
 * This language's messages and its date and duration formatter, from the word list
 * in is-words.ts: what src/localization.ts loads for it.
 */
import {handFormatter} from './hand-formatter.js';
import {words} from './is-words.js';

export {templates} from '../generated/locales/is.js';

export const formatter = handFormatter(words);
