/**
 * A rollup plugin: each language's chunk gets `export const knownDates`, the dates
 * nearly every widget shows, already formatted (src/format.ts says why, and
 * src/known-dates.ts which dates and tags). They are formatted at build time by the
 * widget's own code, bundled for Node by esbuild, so no second copy of the formatting
 * exists. Irish, Icelandic and Maltese format from their word lists, never with Intl,
 * and get none.
 */
import {build} from 'esbuild';
import {existsSync} from 'node:fs';

const GENERATED_LOCALE = /\/src\/generated\/locales\/([\w-]+)\.ts$/;

/** src/known-dates.ts's knownDatesFor, loaded into this Node process. */
async function loadKnownDatesFor(root) {
  const {outputFiles} = await build({
    entryPoints: [`${root}/src/known-dates.ts`],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
  });
  const module = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
  return module.knownDatesFor;
}

export function knownDatesPlugin() {
  const root = process.cwd();
  let knownDatesFor;
  return {
    name: 'known-dates',
    async buildStart() {
      knownDatesFor = await loadKnownDatesFor(root);
    },
    transform(code, id) {
      const locale = id.match(GENERATED_LOCALE)?.[1];
      if (!locale || existsSync(`${root}/src/intl-words/${locale}-words.ts`)) return null;
      return {code: `${code}\nexport const knownDates = ${JSON.stringify(knownDatesFor(locale))};\n`, map: null};
    },
  };
}
