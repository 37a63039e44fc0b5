/**
 * `node bench/compare.mjs <folder> <folder> [...]`: what one build change buys, measured
 * side by side. Each folder is a checkout with its own `dist/` (a `git worktree` of
 * another commit, built, or a copy of dist/ edited by hand for an experiment); each
 * serves the same Dutch page of N widgets, and the loads are interleaved, folder after
 * folder, so drift on a shared machine hits all alike.
 *
 *   RUNS=11 (loads per folder, after one warm-up) · WIDGETS=1,10 · CONDITIONS=none,cpu4,slow4g
 *   EMBED=bare (the bare element) or prerendered (this checkout's snippet, inline <style>)
 *
 * Prints, per condition and page size, each folder's median "widget painted" time
 * (bench/measure.mjs) with its spread, and its ratio to the first folder. A benchmark,
 * not a test: it asserts nothing.
 */
import {resolve} from 'node:path';
import {chromiumVersion} from '../scripts/browser.mjs';
import {startServer} from './server.mjs';
import {createSnippet} from '../dist/snippet.js';
import {prerenderedPage, widgetPage} from './pages.mjs';
import {bundleFormUrls, CONDITIONS, interleavedLoads, launchChromium, timingLines} from './measure.mjs';

const folders = process.argv.slice(2).map((folder) => resolve(folder));
if (folders.length < 2) {
  process.stderr.write('usage: node bench/compare.mjs <folder> <folder> [...] (each with a built dist/)\n');
  process.exit(2);
}
const RUNS = Number(process.env.RUNS) || 11;
const WIDGETS = (process.env.WIDGETS ?? '1,10').split(',').map(Number);
const conditions = (process.env.CONDITIONS ?? 'none,cpu4,slow4g').split(',');
const EMBED = process.env.EMBED ?? 'bare';
if (!['bare', 'prerendered'].includes(EMBED)) throw new Error(`unknown EMBED ${EMBED}`);
for (const name of conditions) if (!CONDITIONS[name]) throw new Error(`unknown condition ${name}`);

const servers = await Promise.all(folders.map((folder) => startServer(folder)));
const browser = await launchChromium();
try {
  // The form links the fallback carries, from the first build: the pages differ only in
  // the build they load.
  const formUrls = await bundleFormUrls(browser, servers[0]);
  // As bench/run.mjs reads "widget painted": a prerendered widget is in the first frame.
  const painted = EMBED === 'bare' ? 'contentAt' : 'fcp';
  const snippet = createSnippet({lang: 'nl', base: '/dist/'}).html;
  const rows = [];
  for (const name of conditions) {
    const condition = CONDITIONS[name];
    for (const n of WIDGETS) {
      const page = EMBED === 'bare' ? widgetPage(n, formUrls) : prerenderedPage(n, snippet);
      const urls = servers.map((server) => server.serve(`/__compare/${EMBED}-${n}.html`, page));
      const times = await interleavedLoads(browser, urls, {condition, runs: RUNS, painted: urls.map(() => painted)});
      rows.push(...timingLines(condition, n, times, folders));
    }
  }
  process.stdout.write(
    `${EMBED}, widget painted, median of ${RUNS}, ${await chromiumVersion(browser)}\n${rows.join('\n')}\n`,
  );
} finally {
  await browser.close();
  await Promise.all(servers.map((server) => server.close()));
}
