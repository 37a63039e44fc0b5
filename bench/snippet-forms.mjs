/**
 * `node bench/snippet-forms.mjs`: each form of the snippet (src/snippet.ts, TARGETS, the
 * `--for` choice) on a plain page, against the static twin of the page form and the
 * floor of any script: its bytes, when its widget is painted, and how far the page
 * moves when the script takes over. "Painted" as in bench/run.mjs: first contentful
 * paint where the widget is in the HTML (declarative shadow DOM, or the sanitised
 * form's text), every widget rendered where the script must draw it (drupal, tinymce).
 *
 *   RUNS=15 (loads per page, after one warm-up) · WIDGETS=1,10 · CONDITIONS=none,cpu4,slow4g
 *
 * A benchmark, not a test: it prints medians, spreads and ratios and asserts nothing.
 */
import {resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {brotliCompressSync, gzipSync} from 'node:zlib';
import {createSnippet, TARGETS} from '../dist/snippet.js';
import {chromiumVersion} from '../scripts/browser.mjs';
import {startServer} from './server.mjs';
import {EMPTY_MODULE, prerenderedPage, scriptedTwinPage, twinPage} from './pages.mjs';
import {CONDITIONS, launchChromium, load} from './measure.mjs';

const RUNS = Number(process.env.RUNS) || 15;
const WIDGETS = (process.env.WIDGETS ?? '1,10').split(',').map(Number);
const conditions = (process.env.CONDITIONS ?? 'none,cpu4,slow4g').split(',');
for (const name of conditions) if (!CONDITIONS[name]) throw new Error(`unknown condition ${name}`);

const forms = Object.fromEntries(
  Object.keys(TARGETS).map((target) => [target, createSnippet({lang: 'nl', base: '/dist/', target}).html]),
);
const scripted = (html) => html.startsWith('<script');
const pages = {
  'static twin (page form, no script)': {page: (n) => twinPage(n, forms.page), painted: 'fcp'},
  'floor: twin + an empty module script': {page: (n) => scriptedTwinPage(n, forms.page), painted: 'fcp'},
  ...Object.fromEntries(
    Object.entries(forms).map(([target, html]) => [
      `--for ${target}`,
      {
        page: (n) => (scripted(html) ? prerenderedPage(n, html) : twinPage(n, html)),
        painted: html.includes('shadowrootmode') || !scripted(html) ? 'fcp' : 'contentAt',
      },
    ]),
  ),
};

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
process.stdout.write('bytes of one Dutch card snippet: raw / gzip / brotli\n');
for (const [target, html] of Object.entries(forms))
  process.stdout.write(
    `  --for ${target.padEnd(10)} ${kB(html.length).padStart(8)} ${kB(gzipSync(html).length).padStart(8)} ${kB(brotliCompressSync(html).length).padStart(8)}\n`,
  );

const middle = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
const server = await startServer(resolve(fileURLToPath(new URL('..', import.meta.url))));
server.serve(EMPTY_MODULE, '');
const browser = await launchChromium();
try {
  process.stdout.write(
    `\nwidget painted, median of ${RUNS} [min–max], ratio to the static twin; layout shift (CLS, worst load); ${await chromiumVersion(browser)}\n`,
  );
  const entries = Object.entries(pages);
  for (const name of conditions) {
    const condition = CONDITIONS[name];
    for (const n of WIDGETS) {
      const urls = entries.map(([, {page}], i) => server.serve(`/__forms/${i}-${n}.html`, page(n)));
      for (const url of urls) await load(browser, url, {condition});
      const times = urls.map(() => []);
      const shifts = urls.map(() => []);
      for (let run = 0; run < RUNS; run++)
        for (const [i, url] of urls.entries()) {
          const result = await load(browser, url, {condition});
          times[i].push(result[entries[i][1].painted]);
          shifts[i].push(result.cls);
        }
      const base = middle(times[0]);
      for (const [i, [label]] of entries.entries()) {
        const m = middle(times[i]);
        const spread = `${Math.min(...times[i]).toFixed(0)}–${Math.max(...times[i]).toFixed(0)}`;
        process.stdout.write(
          `${condition.label.padEnd(17)} ${String(n).padStart(3)} widget(s)  ${m.toFixed(0).padStart(5)} ms [${spread}]  ${(m / base).toFixed(2)}×  CLS ${Math.max(...shifts[i]).toFixed(3)}  ${label}\n`,
        );
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
