/**
 * `node bench/snippet-variants.mjs`: where the prerendered snippet's script tag goes and
 * how it is marked, measured against the static twin and the floor of any script (the
 * twin with a module that does nothing). Issue 14: a page with the snippet paints its
 * widget about 20 ms later than the static twin on an idle machine; this says whether
 * any way of writing the tag wins that back. Every page is the snippet's own rendering,
 * so first contentful paint is the widget's paint, as in bench/run.mjs.
 *
 *   RUNS=21 (loads per page, after one warm-up) · WIDGETS=1,10 · CONDITIONS=none,cpu4,slow4g
 *
 * A benchmark, not a test: it prints medians, spreads and ratios and asserts nothing.
 */
import {resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {createSnippet} from '../dist/snippet.js';
import {startServer} from './server.mjs';
import {EMPTY_MODULE, prerenderedPage, scriptedTwinPage, twinPage} from './pages.mjs';
import {CONDITIONS, launchChromium, load} from './measure.mjs';

const RUNS = Number(process.env.RUNS) || 21;
const WIDGETS = (process.env.WIDGETS ?? '1,10').split(',').map(Number);
const conditions = (process.env.CONDITIONS ?? 'none,cpu4,slow4g').split(',');
for (const name of conditions) if (!CONDITIONS[name]) throw new Error(`unknown condition ${name}`);

const snippet = createSnippet({lang: 'nl', base: '/dist/'}).html;
const [, script, preload] = snippet.match(/^(<script[^>]*><\/script>)(<link[^>]*>)/);
const marked = (attribute) => snippet.replace('<script ', `<script ${attribute} `);
/** Each page, by what differs from the snippet as the generator writes it. */
const VARIANTS = {
  'static twin (no script)': (n) => twinPage(n, snippet),
  'floor: twin + an empty module script': (n) => scriptedTwinPage(n, snippet),
  'snippet as generated (script, preload, widgets)': (n) => prerenderedPage(n, snippet),
  'without the chunk preload': (n) => twinPage(n, snippet).replace('<body>', `<body>\n${script}`),
  'script and preload after the widgets': (n) =>
    twinPage(n, snippet).replace('</body>', `${script}${preload}\n</body>`),
  'script fetchpriority="low"': (n) => prerenderedPage(n, marked('fetchpriority="low"')),
  'script async': (n) => prerenderedPage(n, marked('async')),
};

const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
const server = await startServer(resolve(fileURLToPath(new URL('..', import.meta.url))));
server.serve(EMPTY_MODULE, '');
const browser = await launchChromium();
try {
  process.stdout.write(
    `first contentful paint, median of ${RUNS} [min–max], ratio to the static twin; ${browser.version()}\n`,
  );
  for (const name of conditions) {
    const condition = CONDITIONS[name];
    for (const n of WIDGETS) {
      const urls = Object.values(VARIANTS).map((page, i) => server.serve(`/__variants/${i}-${n}.html`, page(n)));
      for (const url of urls) await load(browser, url, {condition});
      const times = urls.map(() => []);
      for (let run = 0; run < RUNS; run++) {
        for (const [i, url] of urls.entries()) times[i].push((await load(browser, url, {condition})).fcp);
      }
      const twin = median(times[0]);
      for (const [i, label] of Object.keys(VARIANTS).entries()) {
        const m = median(times[i]);
        const spread = `${Math.min(...times[i]).toFixed(0)}–${Math.max(...times[i]).toFixed(0)}`;
        process.stdout.write(
          `${condition.label.padEnd(17)} ${String(n).padStart(3)} widget(s)  ${m.toFixed(0).padStart(4)} ms [${spread}]  ${(m / twin).toFixed(2)}×  ${label}\n`,
        );
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
