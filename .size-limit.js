/**
 * Size budgets, checked by size-limit (brotli, quality 11; 1 KB = 1,000 bytes) on the
 * real build output, for three measures: the entry, each locale chunk (English too, and
 * the shared formatter), and the heaviest page: the entry plus the largest chunk and
 * what that chunk imports (Irish also fetches the formatter it shares with Icelandic and
 * Maltese).
 *
 * Each budget is a baseline plus a fixed headroom. The baseline is the last row of the
 * ledger in docs/build.md ("Bytes spent"): the sizes after the last change that argued
 * its bytes there. HEADROOM is what changes may spend before the next row; SMALL is what
 * one change may spend of it without a word. `npm run size` prints that rule and what
 * has been spent since the baseline.
 */
import {readdirSync, readFileSync} from 'node:fs';
import {brotliCompressSync, constants} from 'node:zlib';

const HEADROOM = {entry: 400, chunk: 300, page: 700};
const SMALL = 100;

/** The last row of docs/build.md's "Bytes spent" table, as numbers. */
function baseline() {
  const text = readFileSync('docs/build.md', 'utf8');
  const section = text.slice(text.indexOf('## Bytes spent'));
  const rows = section
    .split('\n')
    .filter((line) => /^\| \d{4}-\d{2}-\d{2} /.test(line))
    .map((line) => line.split('|').map((cell) => cell.trim()));
  if (rows.length === 0) throw new Error('docs/build.md: no row in "## Bytes spent"');
  const [, date, , entry, chunk, page] = rows.at(-1);
  const bytes = (cell) => Number(cell.replace(/,/g, '').match(/^\d+/)?.[0]);
  const found = {date, entry: bytes(entry), chunk: bytes(chunk), page: bytes(page)};
  if (Object.values(found).some((value) => Number.isNaN(value))) {
    throw new Error(`docs/build.md: "## Bytes spent" ends in an unreadable row, ${rows.at(-1).join(' | ')}`);
  }
  return found;
}

const ENTRY = 'dist/meta-ai-optout.js';
const chunks = readdirSync('dist/locales')
  .filter((name) => name.endsWith('.js'))
  .map((name) => `dist/locales/${name}`);
const brotli = (path) =>
  brotliCompressSync(readFileSync(path), {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length;
const sum = (paths) => paths.map(brotli).reduce((x, y) => x + y, 0);

/** A chunk and the chunks it imports (Irish: its words, and the formatter it shares with Icelandic and Maltese). */
const withImports = (path) => [
  path,
  ...[...readFileSync(path, 'utf8').matchAll(/from"\.\/([\w-]+\.js)"/g)].map((m) => `dist/locales/${m[1]}`),
];
const heaviest = chunks.map(withImports).reduce((a, b) => (sum(a) >= sum(b) ? a : b));

const base = baseline();
const limit = (measure) => `${base[measure] + HEADROOM[measure]} B`;
const spent = {entry: brotli(ENTRY), chunk: Math.max(...chunks.map(brotli)), page: sum([ENTRY, ...heaviest])};

if (!process.argv.includes('--silent')) {
  const line = (label, measure) => {
    const delta = spent[measure] - base[measure];
    const note = delta > SMALL ? `  more than ${SMALL} B: argue it in docs/build.md` : '';
    const sign = delta >= 0 ? '+' : '';
    return `  ${label.padEnd(14)} ${base[measure].toLocaleString('en-US').padStart(6)} B + ${HEADROOM[measure]} B headroom; spent ${sign}${delta} B${note}`;
  };
  console.log(
    [
      `Budgets: the baseline of ${base.date} (docs/build.md, "Bytes spent") plus headroom.`,
      line('entry', 'entry'),
      line('largest chunk', 'chunk'),
      line('heaviest page', 'page'),
      `Rule: a change may spend up to ${SMALL} B of a headroom without a word. One that spends more, or needs`,
      `more than the headroom, adds a row to docs/build.md's "Bytes spent": what it bought, its sizes, why.`,
      'That row is the new baseline, so the headroom is whole again for the next change.',
    ].join('\n'),
  );
}

export default [
  {name: 'entry', path: ENTRY, limit: limit('entry'), brotli: true},
  ...chunks.map((path) => ({name: path.slice('dist/'.length), path, limit: limit('chunk'), brotli: true})),
  {
    name: `heaviest page: entry + ${heaviest.map((p) => p.slice('dist/'.length)).join(' + ')}`,
    path: [ENTRY, ...heaviest],
    limit: limit('page'),
    brotli: true,
  },
];
