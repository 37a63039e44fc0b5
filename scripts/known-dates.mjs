/**
 * A rollup plugin: each language's chunk gets `export const knownDates`, the dates
 * nearly every widget shows, already formatted (src/format.ts says why, and
 * src/known-dates.ts which dates and tags). They are formatted at build time by the
 * widget's own code, bundled for Node by esbuild, so no second copy of the formatting
 * exists. Irish, Icelandic and Maltese format from their word lists, never with Intl,
 * and get none.
 */
import {existsSync} from 'node:fs';
import {importTs} from './import-ts.mjs';

const GENERATED_LOCALE = /\/src\/generated\/locales\/([\w-]+)\.ts$/;

export function knownDatesPlugin() {
  const root = process.cwd();
  let knownDatesFor;
  return {
    name: 'known-dates',
    async buildStart() {
      ({knownDatesFor} = await importTs(`${root}/src/known-dates.ts`));
    },
    transform(code, id) {
      const locale = id.match(GENERATED_LOCALE)?.[1];
      if (!locale || existsSync(`${root}/src/intl-words/${locale}-words.ts`)) return null;
      return {code: `${code}\nexport const knownDates = ${JSON.stringify(knownDatesFor(locale))};\n`, map: null};
    },
  };
}
