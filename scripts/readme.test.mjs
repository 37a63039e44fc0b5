/**
 * The README and docs/ against what they describe. The README's table of test files
 * against test/: a newcomer reads it to find where a behaviour is tested, so a file
 * added, split or removed must show there too (a row may name a numbered series as
 * "`test/layout-1.test.ts` to `layout-6`"). And the facts the docs show for humans
 * against the source that states them: the form links (src/facts.ts) and the
 * languages (lit-localize.json), so a change there fails here until the docs follow.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {createHash} from 'node:crypto';
import {readdirSync, readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {importTs} from './import-ts.mjs';

const root = new URL('..', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');

/** The test files the README's table rows name, series expanded. */
function documentedTestFiles(readme) {
  const named = new Set();
  for (const row of readme.split('\n').filter((line) => line.startsWith('| `test/'))) {
    const firstCell = row.split('|')[1];
    for (const [, name] of firstCell.matchAll(/`test\/([\w-]+\.test\.ts)`/g)) named.add(name);
    for (const [, stem, first, last] of firstCell.matchAll(/`test\/([\w-]+)-(\d+)\.test\.ts` to `\1-(\d+)`/g)) {
      for (let k = Number(first); k <= Number(last); k++) named.add(`${stem}-${k}.test.ts`);
    }
  }
  return [...named].sort();
}

test('a series in the table stands for each of its files', () => {
  const row = '| `test/layout-1.test.ts` to `layout-3` | … |\n| `test/a.test.ts`, `test/b.test.ts` | … |';
  assert.deepEqual(documentedTestFiles(row), [
    'a.test.ts',
    'b.test.ts',
    'layout-1.test.ts',
    'layout-2.test.ts',
    'layout-3.test.ts',
  ]);
});

test("the README's test table names every file in test/, and only those", () => {
  const readme = read('README.md');
  const files = readdirSync(new URL('test/', root))
    .filter((name) => name.endsWith('.test.ts'))
    .sort();
  assert.deepEqual(documentedTestFiles(readme), files);
});

/** The text under the heading `## ${heading}`, up to the next such heading; empty if there is none. */
const sectionUnder = (markdown, heading) =>
  markdown.split(/^## /m).find((part) => part.startsWith(`${heading}\n`)) ?? '';

/** The rows of the Markdown table under `## ${heading}`, as trimmed cells, header and rule left out. */
function tableUnder(markdown, heading) {
  return sectionUnder(markdown, heading)
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .slice(2)
    .map((row) =>
      row
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
}

test('a table is read as its rows of cells, under its own heading only', () => {
  const markdown =
    '## Other\n\n| a | b |\n| - | - |\n| x | y |\n\n## Forms\n\n| p | u |\n| - | - |\n| f | https://f/ |\n';
  assert.deepEqual(tableUnder(markdown, 'Forms'), [['f', 'https://f/']]);
});

test("docs/sources.md shows each platform's default form as src/facts.ts has it", async () => {
  const {FORM_URLS} = await importTs(fileURLToPath(new URL('src/facts.ts', root)));
  const shown = Object.fromEntries(
    tableUnder(read('docs/sources.md'), 'Form links').map(([platform, url]) => [platform, url]),
  );
  assert.deepEqual(
    shown,
    {...FORM_URLS},
    'docs/sources.md, "## Form links": its table must show each platform of FORM_URLS (src/facts.ts) with that address; update the table',
  );
});

/** The languages the widget speaks: lit-localize.json's source (English) and its targets. */
function languageCodes() {
  const {sourceLocale, targetLocales} = JSON.parse(read('lit-localize.json'));
  return [sourceLocale, ...targetLocales].sort();
}

/** Each "N languages" in `markdown`, with its line number. */
const languageCounts = (markdown) =>
  markdown.split('\n').flatMap((line, i) =>
    [...line.matchAll(/\b(\d+) (?:[A-Z]\w+ )?languages\b/g)].map(([, count]) => ({
      count: Number(count),
      line: i + 1,
    })),
  );

test('a count of languages is found with its line', () => {
  assert.deepEqual(
    languageCounts('one\nin 26 languages, and 24 official EU languages\n(3 languages)\nin 5 European languages'),
    [
      {count: 26, line: 2},
      {count: 3, line: 3},
      {count: 5, line: 4},
    ],
  );
});

test('every "N languages" in the README, the plugin\'s readme and docs/ is the number the widget speaks', () => {
  const total = languageCodes().length;
  const docs = readdirSync(new URL('docs/', root)).filter((name) => name.endsWith('.md'));
  const wrong = ['README.md', 'wordpress/readme.txt', ...docs.map((name) => `docs/${name}`)].flatMap((file) =>
    languageCounts(read(file))
      .filter(({count}) => count !== total)
      .map(({count, line}) => `${file}:${line} says ${count}`),
  );
  assert.deepEqual(
    wrong,
    [],
    `The widget speaks ${total} languages (lit-localize.json: English and its targetLocales); update ${wrong.join(', ')}`,
  );
  // The README's first screen tells a visitor how many: the check above must have found it.
  assert.ok(languageCounts(read('README.md')).length > 0, 'README.md no longer says how many languages');
});

test("the README's Languages section lists the codes lit-localize.json has", () => {
  const listed = [
    ...sectionUnder(read('README.md'), 'Languages').matchAll(/`([a-z]{2,3}(?:\s+[a-z]{2,3})+)`/g),
  ].flatMap(([, codes]) => codes.split(/\s+/));
  assert.deepEqual(
    listed.sort(),
    languageCodes(),
    'README.md, "## Languages": its list of codes must be English and the targetLocales of lit-localize.json; update the list',
  );
});

/** A short hash of every fact src/facts.ts exports but the review date itself. */
const factsFingerprint = (facts) =>
  createHash('sha256')
    .update(
      JSON.stringify(
        Object.entries(facts)
          .filter(([name]) => name !== 'CONTENT_REVIEWED_ON')
          .sort(),
      ),
    )
    .digest('hex')
    .slice(0, 12);

test('docs/sources.md records the review date and which facts it covered: a fact changed asks for a new review', async () => {
  const facts = await importTs(fileURLToPath(new URL('src/facts.ts', root)));
  const [, date, recorded] =
    read('docs/sources.md').match(/checked on (\d{4}-\d{2}-\d{2}) .*?facts fingerprint `(\w+)`/s) ?? [];
  assert.equal(
    date,
    facts.CONTENT_REVIEWED_ON,
    'docs/sources.md, line 4: its "checked on" date must be CONTENT_REVIEWED_ON',
  );
  const now = factsFingerprint(facts);
  assert.equal(
    recorded,
    now,
    `src/facts.ts changed since its review on ${date}: check its facts against their sources in docs/sources.md, then set CONTENT_REVIEWED_ON (src/facts.ts) and docs/sources.md's "checked on" to the day you did, and its facts fingerprint to ${now}`,
  );
});
