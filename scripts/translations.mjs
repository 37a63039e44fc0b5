/**
 * Keeps a translation tied to the English it translates. Each translated
 * <trans-unit> in locales/*.xlf carries a note with a hash of the <source> it was
 * written for:
 *
 *   <note from="translated-source">5f0c…</note>
 *
 * `lit-localize extract` rewrites <source> when an English sentence changes but keeps
 * the old <target>; the hash then no longer matches, and test/translations.test.ts
 * fails for that message in every language until someone translates it again and
 * records that here:
 *
 *   node scripts/translations.mjs stale               what needs translating, per language
 *   node scripts/translations.mjs stamp nl intro ...  these nl targets now translate the current English
 *
 * lit-localize keeps notes that are not its own, so the hashes survive an extract.
 */
import {createHash} from 'node:crypto';
import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';

const XLIFF_DIR = 'locales';
const NOTE = 'translated-source';

/** The hash a note records: of the <source> markup exactly as lit-localize writes it. */
export const sourceHash = (sourceXml) => createHash('sha256').update(sourceXml).digest('hex').slice(0, 16);

/** Each trans-unit of an XLIFF file: id, source markup, whether it has a target, the recorded hash. */
export function units(xliff) {
  return [...xliff.matchAll(/<trans-unit id="([^"]+)">([^]*?)<\/trans-unit>/g)].map(([whole, id, body]) => ({
    whole,
    id,
    source: /<source>([^]*?)<\/source>/.exec(body)?.[1] ?? '',
    translated: /<target>[^]*?<\/target>/.test(body),
    recorded: new RegExp(`<note from="${NOTE}">([^<]*)</note>`).exec(body)?.[1],
  }));
}

/** `xliff` with the hash of the current source recorded for `ids`. */
export function stamp(xliff, ids) {
  let result = xliff;
  for (const unit of units(xliff).filter((u) => ids.includes(u.id))) {
    if (!unit.translated) throw new Error(`${unit.id} has no <target> to stamp`);
    const note = `<note from="${NOTE}">${sourceHash(unit.source)}</note>`;
    const stamped = unit.recorded
      ? unit.whole.replace(new RegExp(`<note from="${NOTE}">[^<]*</note>`), note)
      : unit.whole.replace(/(\n?)(\s*)<\/trans-unit>$/, `$1  ${note}\n$2</trans-unit>`);
    result = result.replace(unit.whole, stamped);
  }
  return result;
}

/** Ids whose target is missing or translates another English sentence than the current one. */
export const staleIds = (xliff) =>
  units(xliff)
    .filter((u) => !u.translated || u.recorded !== sourceHash(u.source))
    .map((u) => u.id);

if (import.meta.url === `file://${process.argv[1]}`) {
  const [command, locale, ...ids] = process.argv.slice(2);
  const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
  const file = (l) => join(XLIFF_DIR, `${l}.xlf`);
  if (command === 'stale') {
    for (const l of config.targetLocales) {
      const stale = staleIds(readFileSync(file(l), 'utf8'));
      if (stale.length) console.log(`${l}: ${stale.join(' ')}`);
    }
  } else if (command === 'stamp' && config.targetLocales.includes(locale) && ids.length > 0) {
    writeFileSync(file(locale), stamp(readFileSync(file(locale), 'utf8'), ids));
  } else {
    console.error('usage: node scripts/translations.mjs stale | stamp <locale> <id>...');
    process.exit(2);
  }
}
