/**
 * Size budgets, checked by size-limit (brotli, quality 11; 1 KB = 1,000 bytes) on the
 * real build output: the entry, each locale chunk (English too), and the heaviest
 * page: the entry plus the largest chunk and what that chunk imports (Irish also
 * fetches the hand formatter). `npm run size` prints the sizes; the benchmark says
 * where the bytes go. The chunk budget was raised when content revision 2 added six
 * sentences (claims 6 to 9 and 18, and the passed status in three parts); the page
 * budget, which is what a visitor pays, did not move.
 */
import {readdirSync, readFileSync} from 'node:fs';
import {brotliCompressSync, constants} from 'node:zlib';

const ENTRY = 'dist/meta-ai-optout.js';
const chunks = readdirSync('dist/locales')
  .filter((name) => name.endsWith('.js'))
  .map((name) => `dist/locales/${name}`);
const brotli = (path) =>
  brotliCompressSync(readFileSync(path), {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length;

/** A chunk and the chunks it imports (Irish, Maltese and Icelandic share one). */
const withImports = (path) => [
  path,
  ...[...readFileSync(path, 'utf8').matchAll(/from"\.\/([\w-]+\.js)"/g)].map((m) => `dist/locales/${m[1]}`),
];
const heaviest = chunks
  .map(withImports)
  .reduce((a, b) => (a.map(brotli).reduce((x, y) => x + y) >= b.map(brotli).reduce((x, y) => x + y) ? a : b));

export default [
  {name: 'entry', path: ENTRY, limit: '11 KB', brotli: true},
  ...chunks.map((path) => ({name: path.slice('dist/'.length), path, limit: '2.2 KB', brotli: true})),
  {
    name: `heaviest page: entry + ${heaviest.map((p) => p.slice('dist/'.length)).join(' + ')}`,
    path: [ENTRY, ...heaviest],
    limit: '12 KB',
    brotli: true,
  },
];
