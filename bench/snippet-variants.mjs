/**
 * `node bench/snippet-variants.mjs`: where the snippet's script tag goes and how it is
 * marked, measured against the static twin and the floor of any script (the twin with
 * a module that does nothing). Issue 14: a page with the prerendered snippet paints its
 * widget about 20 ms later than the static twin on an idle machine; this says whether
 * any way of writing the tag wins that back, for it and for the bare element (the
 * README snippet, fallback links until the script has run). "Painted" as in
 * bench/run.mjs: first contentful paint for declarative shadow DOM, every widget
 * rendered for the bare element.
 *
 *   RUNS=21 (loads per page, after one warm-up) · WIDGETS=1,10 · CONDITIONS=none,cpu4,slow4g
 *
 * A benchmark, not a test: it prints medians, spreads and ratios and asserts nothing.
 */
import {resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {createSnippet} from '../dist/snippet.js';
import {chromiumVersion} from '../scripts/browser.mjs';
import {startServer} from './server.mjs';
import {EMPTY_MODULE, prerenderedPage, scriptedTwinPage, twinPage, widgetPage} from './pages.mjs';
import {bundleFormUrls, CONDITIONS, interleavedLoads, launchChromium, timingLines} from './measure.mjs';

const RUNS = Number(process.env.RUNS) || 21;
const WIDGETS = (process.env.WIDGETS ?? '1,10').split(',').map(Number);
const conditions = (process.env.CONDITIONS ?? 'none,cpu4,slow4g').split(',');
for (const name of conditions) if (!CONDITIONS[name]) throw new Error(`unknown condition ${name}`);

const snippet = createSnippet({lang: 'nl', base: '/dist/'}).html;
const [, script, preload] = snippet.match(/^(<script[^>]*><\/script>)(<link[^>]*>)/);
const marked = (html, attribute) => html.replace('<script ', `<script ${attribute} `);
const declarative = (page) => ({page, painted: 'fcp'});
/**
 * Each page, by what differs from the snippet as the generator writes it, and when its
 * widget counts as painted. The bare element's fallback carries the bundle's form links.
 */
const variants = (formUrls) => ({
  'static twin (no script)': declarative((n) => twinPage(n, snippet)),
  'floor: twin + an empty module script': declarative((n) => scriptedTwinPage(n, snippet)),
  'snippet as generated (script, preload, widgets)': declarative((n) => prerenderedPage(n, snippet)),
  'without the chunk preload': declarative((n) => twinPage(n, snippet).replace('<body>', `<body>\n${script}`)),
  'script and preload after the widgets': declarative((n) =>
    twinPage(n, snippet).replace('</body>', `${script}${preload}\n</body>`),
  ),
  'script fetchpriority="low"': declarative((n) => prerenderedPage(n, marked(snippet, 'fetchpriority="low"'))),
  'script async': declarative((n) => prerenderedPage(n, marked(snippet, 'async'))),
  'bare element (README snippet)': {page: (n) => widgetPage(n, formUrls), painted: 'contentAt'},
  'bare element, script async': {page: (n) => marked(widgetPage(n, formUrls), 'async'), painted: 'contentAt'},
});

const server = await startServer(resolve(fileURLToPath(new URL('..', import.meta.url))));
server.serve(EMPTY_MODULE, '');
const browser = await launchChromium();
try {
  const formUrls = await bundleFormUrls(browser, server);
  const pages = Object.entries(variants(formUrls));
  const labels = pages.map(([label]) => label);
  const painted = pages.map(([, variant]) => variant.painted);
  process.stdout.write(
    `widget painted, median of ${RUNS} [min–max], ratio to the static twin; ${await chromiumVersion(browser)}\n`,
  );
  for (const name of conditions) {
    const condition = CONDITIONS[name];
    for (const n of WIDGETS) {
      const urls = pages.map(([, {page}], i) => server.serve(`/__variants/${i}-${n}.html`, page(n)));
      const times = await interleavedLoads(browser, urls, {condition, runs: RUNS, painted});
      process.stdout.write(`${timingLines(condition, n, times, labels).join('\n')}\n`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
