/**
 * What each build trick saves, measured today: builds the bundle once as it ships and
 * once without each trick (rollup.config.mjs reads BUILD_WITHOUT), into a temporary
 * folder, and prints the brotli bytes each costs on the entry, the largest locale
 * chunk and the heaviest page (as .size-limit.js counts them). docs/build.md lists the
 * tricks and the tests that guard them. Needs `npm run localize` first; dist/ is not
 * touched. About 20 s a build.
 *
 *   node scripts/measure-build.mjs [trick…]
 */
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {brotliCompressSync, constants} from 'node:zlib';
import {MESSAGE_TRICKS} from './messages-pipeline.mjs';

const TRICKS = [...MESSAGE_TRICKS, 'minify-css', 'template-whitespace'];
const brotli = (path) =>
  brotliCompressSync(readFileSync(path), {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length;

/** A chunk's own bytes and those of the chunks it imports from beside it. */
function withImports(dir, name) {
  const code = readFileSync(join(dir, 'locales', name), 'utf8');
  const imported = [...code.matchAll(/from"\.\/([\w-]+\.js)"/g)].map((m) => m[1]);
  return [name, ...imported].reduce((sum, file) => sum + brotli(join(dir, 'locales', file)), 0);
}

/** Entry, largest chunk and heaviest page, in brotli bytes, of a build without `off`. */
function measure(off) {
  const dir = mkdtempSync(join(tmpdir(), 'measure-build-'));
  try {
    execFileSync('npx', ['rollup', '-c', '--silent', '-d', dir], {
      env: {...process.env, BUILD_WITHOUT: off.join(','), WIDGET_ONLY: '1'},
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const entry = brotli(join(dir, 'meta-ai-optout.js'));
    const chunks = readdirSync(join(dir, 'locales')).filter((name) => name.endsWith('.js'));
    return {
      entry,
      chunk: Math.max(...chunks.map((name) => brotli(join(dir, 'locales', name)))),
      page: entry + Math.max(...chunks.map((name) => withImports(dir, name))),
    };
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}

const asked = process.argv.slice(2);
const unknown = asked.filter((trick) => !TRICKS.includes(trick));
if (unknown.length) throw new Error(`unknown trick ${unknown.join(', ')}; known: ${TRICKS.join(', ')}`);
const shipped = measure([]);
console.log(`as shipped: entry ${shipped.entry} B, largest chunk ${shipped.chunk} B, heaviest page ${shipped.page} B`);
console.log('what each trick saves (bytes brotli, on entry / largest chunk / heaviest page):');
for (const trick of asked.length ? asked : TRICKS) {
  const without = measure([trick]);
  const saved = (key) => without[key] - shipped[key];
  console.log(`  ${trick.padEnd(20)} ${saved('entry')} / ${saved('chunk')} / ${saved('page')}`);
}
