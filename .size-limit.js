/**
 * Size budgets, checked by size-limit (brotli, quality 11) on the real build output.
 * Each locale chunk is its own check, and the heaviest page load (the entry plus the
 * largest chunk) one more. These are regression guards set just above today's sizes;
 * see README "Performance" for why they sit above the 11 / 2 / 12 KB first planned.
 */
import {readdirSync, readFileSync} from 'node:fs';
import {brotliCompressSync, constants} from 'node:zlib';

const ENTRY = 'dist/meta-ai-optout.js';
const chunks = readdirSync('dist/locales')
  .filter((name) => name.endsWith('.js'))
  .map((name) => `dist/locales/${name}`);
const brotli = (path) => brotliCompressSync(readFileSync(path), {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length;
const largest = chunks.reduce((a, b) => (brotli(a) >= brotli(b) ? a : b));

export default [
  {name: 'entry', path: ENTRY, limit: '13.2 KB', brotli: true},
  ...chunks.map((path) => ({name: path.slice('dist/'.length), path, limit: '2.2 KB', brotli: true})),
  {name: `entry + largest chunk (${largest.slice('dist/'.length)})`, path: [ENTRY, largest], limit: '15.3 KB', brotli: true},
];
