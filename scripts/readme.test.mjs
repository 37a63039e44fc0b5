/**
 * The README's table of test files against test/: a newcomer reads it to find where a
 * behaviour is tested, so a file added, split or removed must show there too.
 * A row may name a numbered series as "`test/layout-1.test.ts` to `layout-6`".
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';

const root = new URL('..', import.meta.url);

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
  const readme = readFileSync(new URL('README.md', root), 'utf8');
  const files = readdirSync(new URL('test/', root))
    .filter((name) => name.endsWith('.test.ts'))
    .sort();
  assert.deepEqual(documentedTestFiles(readme), files);
});
