/**
 * The XLIFF files against the English in src/ and against scripts/translations.mjs, in
 * Node (`node --test scripts/`): a sentence changed without `npm run localize:extract`,
 * a stale translation that `stale` lets through, a stamp that hides one.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync, spawnSync} from 'node:child_process';
import {cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {sourceHash, stamp, staleIds} from './translations.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const SCRIPT = join(ROOT, 'scripts/translations.mjs');

/** A scratch folder holding lit-localize.json and a copy of locales/, removed after `fn`. */
function withCopy(fn) {
  const dir = mkdtempSync(join(tmpdir(), 'translations-'));
  try {
    cpSync(join(ROOT, 'locales'), join(dir, 'locales'), {recursive: true});
    cpSync(join(ROOT, 'lit-localize.json'), join(dir, 'lit-localize.json'));
    return fn(dir);
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}

const unit = (id, source, target, note) =>
  `<trans-unit id="${id}">\n  <source>${source}</source>\n  <target>${target}</target>\n  <note from="translated-source">${note}</note>\n</trans-unit>`;

test('locales/*.xlf hold the English of src/ as written: `npm run localize:extract` was run', () => {
  withCopy((dir) => {
    const config = JSON.parse(readFileSync(join(dir, 'lit-localize.json'), 'utf8'));
    config.tsConfig = join(ROOT, 'tsconfig.json');
    delete config.$schema;
    writeFileSync(join(dir, 'lit-localize.json'), JSON.stringify(config));
    execFileSync(
      join(ROOT, 'node_modules/.bin/lit-localize'),
      ['extract', '--config', join(dir, 'lit-localize.json')],
      {
        cwd: ROOT,
        stdio: 'ignore',
      },
    );
    const outdated = readdirSync(join(ROOT, 'locales')).filter(
      (name) => readFileSync(join(ROOT, 'locales', name), 'utf8') !== readFileSync(join(dir, 'locales', name), 'utf8'),
    );
    assert.deepEqual(
      outdated,
      [],
      `the msg() calls in src/ differ from the XLIFF sources of ${outdated.join(', ')}: run \`npm run localize:extract\``,
    );
  });
});

test('every language of lit-localize.json has its locales/<lang>.xlf, each unit translating the current English', () => {
  const {targetLocales} = JSON.parse(readFileSync(join(ROOT, 'lit-localize.json'), 'utf8'));
  const missing = targetLocales.filter((locale) => !existsSync(join(ROOT, 'locales', `${locale}.xlf`)));
  assert.deepEqual(
    missing,
    [],
    `no locales/${missing[0]}.xlf: run \`npm run localize:extract\`, then translate it (README, "Adding a language")`,
  );
  const stale = targetLocales
    .map((locale) => [locale, staleIds(readFileSync(join(ROOT, 'locales', `${locale}.xlf`), 'utf8'))])
    .filter(([, ids]) => ids.length > 0)
    .map(([locale, ids]) => `${locale}: ${ids.join(' ')}`);
  assert.deepEqual(
    stale,
    [],
    'untranslated or stale: translate each, then `node scripts/translations.mjs stamp <lang> <id>...`',
  );
});

test('`stale` exits 0 when every target translates the current English, 1 naming each one that does not', () => {
  withCopy((dir) => {
    const run = () => spawnSync(process.execPath, [SCRIPT, 'stale'], {cwd: dir, encoding: 'utf8'});
    const staleNow = run();
    assert.equal(staleNow.status, staleNow.stdout ? 1 : 0, staleNow.stdout);
    const nl = join(dir, 'locales/nl.xlf');
    const xliff = readFileSync(nl, 'utf8');
    const [first] = xliff.match(/<trans-unit id="[^"]+">[^]*?<\/trans-unit>/);
    writeFileSync(nl, xliff.replace(first, first.replace('</source>', '!</source>')));
    const result = run();
    assert.equal(result.status, 1);
    assert.match(result.stdout, new RegExp(`^nl: .*\\b${first.match(/id="([^"]+)"/)[1]}\\b`, 'm'));
    assert.match(result.stderr, /stamp <lang> <id>/);
  });
});

test('a stamp records the current English for a target translated again', () => {
  const before = unit('a', 'Hello', 'Hallo', sourceHash('Hello'));
  const after = unit('a', 'Hello there', 'Hallo daar', sourceHash('Hello'));
  assert.deepEqual(staleIds(after), ['a']);
  const stamped = stamp(after, ['a'], {before});
  assert.deepEqual(staleIds(stamped), []);
  assert.match(stamped, new RegExp(sourceHash('Hello there')));
});

test('a stamp of a target no one translated again is refused, unless --unchanged says it still holds', () => {
  const before = unit('a', 'Hello', 'Hallo', sourceHash('Hello'));
  const after = unit('a', 'Hello.', 'Hallo', sourceHash('Hello'));
  assert.throws(() => stamp(after, ['a'], {before}), /a: its <target> is the one written for the old English/);
  assert.deepEqual(staleIds(stamp(after, ['a'], {before, unchanged: true})), []);
});

test('a stamp of an unknown id, an untranslated unit or one already current is refused', () => {
  const current = unit('a', 'Hello', 'Hallo', sourceHash('Hello'));
  assert.throws(() => stamp(current, ['b']), /b: no such unit/);
  assert.throws(() => stamp(current, ['a']), /a already translates the current English/);
  assert.throws(() => stamp('<trans-unit id="c">\n  <source>Hi</source>\n</trans-unit>', ['c']), /c has no <target>/);
});

test('the command line refuses a stamp that changes nothing, and writes nothing', () => {
  withCopy((dir) => {
    const xliff = readFileSync(join(dir, 'locales/nl.xlf'), 'utf8');
    const id = xliff.match(/<trans-unit id="([^"]+)">/)[1];
    const result = spawnSync(process.execPath, [SCRIPT, 'stamp', 'nl', id, 'no-such-id'], {cwd: dir, encoding: 'utf8'});
    assert.equal(result.status, 1);
    assert.match(result.stderr, /nothing stamped/);
    assert.equal(readFileSync(join(dir, 'locales/nl.xlf'), 'utf8'), xliff);
  });
});
