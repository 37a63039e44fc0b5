/**
 * Size budgets, checked by size-limit (brotli, quality 11; 1 KB = 1,000 bytes) on the
 * real build output: the entry at most 11 KB, each locale chunk (English too, and the
 * date words of Irish, Icelandic and Maltese) at most 2.15 KB, and the heaviest page at
 * most 12.1 KB: the entry plus the largest chunk and what that chunk imports (Irish also
 * fetches its words and the shared formatter). README "Performance" says where the
 * bytes go; docs/build.md what each build trick saves and why each budget moved. A
 * chunk's budget was 2 KB until each chunk brought its dates already formatted
 * (scripts/known-dates.mjs), then 2.05 KB until content revision 3 (since when Meta
 * trains and who advised the last day, in every language: Greek 2,100 B, Irish 2,062 B);
 * the page's was 12 KB until the same revision (Irish 12,016 B).
 */
import {readdirSync, readFileSync} from 'node:fs';
import {brotliCompressSync, constants} from 'node:zlib';

const ENTRY = 'dist/meta-ai-optout.js';
const chunks = readdirSync('dist/locales')
  .filter((name) => name.endsWith('.js'))
  .map((name) => `dist/locales/${name}`);
const brotli = (path) =>
  brotliCompressSync(readFileSync(path), {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length;

/** A chunk and the chunks it imports (Irish: its words, and the formatter it shares with Icelandic and Maltese). */
const withImports = (path) => [
  path,
  ...[...readFileSync(path, 'utf8').matchAll(/from"\.\/([\w-]+\.js)"/g)].map((m) => `dist/locales/${m[1]}`),
];
const heaviest = chunks
  .map(withImports)
  .reduce((a, b) => (a.map(brotli).reduce((x, y) => x + y) >= b.map(brotli).reduce((x, y) => x + y) ? a : b));

export default [
  {name: 'entry', path: ENTRY, limit: '11 KB', brotli: true},
  ...chunks.map((path) => ({name: path.slice('dist/'.length), path, limit: '2.15 KB', brotli: true})),
  {
    name: `heaviest page: entry + ${heaviest.map((p) => p.slice('dist/'.length)).join(' + ')}`,
    path: [ENTRY, ...heaviest],
    limit: '12.1 KB',
    brotli: true,
  },
];
