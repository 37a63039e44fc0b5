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
 *   node scripts/translations.mjs stale               what needs translating, per language (exit 1 if any)
 *   node scripts/translations.mjs stamp nl intro ...  these nl targets now translate the current English
 *   ... stamp --unchanged nl intro                    the English changed, the old translation still holds
 *
 * A stamp is refused for an id the file lacks, for a unit that is not stale, and for
 * a target no one has edited since the last commit (git HEAD): stamping alone would
 * hide the stale translation, not fix it. `--unchanged` says, on purpose, that the
 * English changed in a way the translation needs no change for (a typo, punctuation).
 *
 * lit-localize keeps notes that are not its own, so the hashes survive an extract.
 */
import {execFileSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';

const XLIFF_DIR = 'locales';
const NOTE = 'translated-source';

/** The hash a note records: of the <source> markup exactly as lit-localize writes it. */
export const sourceHash = (sourceXml) => createHash('sha256').update(sourceXml).digest('hex').slice(0, 16);

/** Each trans-unit of an XLIFF file: id, source markup, whether it has a target, the recorded hash. */
function units(xliff) {
  return [...xliff.matchAll(/<trans-unit id="([^"]+)">([^]*?)<\/trans-unit>/g)].map(([whole, id, body]) => ({
    whole,
    id,
    source: /<source>([^]*?)<\/source>/.exec(body)?.[1] ?? '',
    target: /<target>([^]*?)<\/target>/.exec(body)?.[1],
    translated: /<target>[^]*?<\/target>/.test(body),
    recorded: new RegExp(`<note from="${NOTE}">([^<]*)</note>`).exec(body)?.[1],
  }));
}

/**
 * `xliff` with the hash of the current source recorded for `ids`. Throws, naming the
 * id, for one that is missing, untranslated or not stale, and for one whose target is
 * the same as in `before` (the file as last committed), unless `unchanged`.
 */
export function stamp(xliff, ids, {before, unchanged = false} = {}) {
  const all = new Map(units(xliff).map((u) => [u.id, u]));
  const previous = new Map(before === undefined ? [] : units(before).map((u) => [u.id, u]));
  let result = xliff;
  for (const id of ids) {
    const unit = all.get(id);
    if (!unit) throw new Error(`${id}: no such unit`);
    if (!unit.translated) throw new Error(`${id} has no <target> to stamp`);
    if (unit.recorded === sourceHash(unit.source)) throw new Error(`${id} already translates the current English`);
    if (!unchanged && before !== undefined && previous.get(id)?.target === unit.target) {
      throw new Error(
        `${id}: its <target> is the one written for the old English. Translate it again, then stamp; ` +
          'or pass --unchanged if the translation still holds',
      );
    }
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

/** `path` as last committed, or undefined outside a git checkout or for a new file. */
function committed(path) {
  try {
    return execFileSync('git', ['show', `HEAD:${path}`], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']});
  } catch {
    return undefined;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const unchanged = args.includes('--unchanged');
  const [command, locale, ...ids] = args.filter((arg) => arg !== '--unchanged');
  const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
  const file = (l) => join(XLIFF_DIR, `${l}.xlf`);
  if (command === 'stale') {
    let found = 0;
    for (const l of config.targetLocales) {
      const stale = staleIds(readFileSync(file(l), 'utf8'));
      if (stale.length) console.log(`${l}: ${stale.join(' ')}`);
      found += stale.length;
    }
    if (found > 0) {
      console.error(
        `${found} stale translation(s): translate each, then node scripts/translations.mjs stamp <lang> <id>...`,
      );
      process.exit(1);
    }
  } else if (command === 'stamp' && config.targetLocales.includes(locale) && ids.length > 0) {
    try {
      writeFileSync(
        file(locale),
        stamp(readFileSync(file(locale), 'utf8'), ids, {before: committed(file(locale)), unchanged}),
      );
    } catch (error) {
      console.error(`${file(locale)}: ${error.message}; nothing stamped`);
      process.exit(1);
    }
  } else {
    console.error('usage: node scripts/translations.mjs stale | stamp [--unchanged] <locale> <id>...');
    process.exit(2);
  }
}
