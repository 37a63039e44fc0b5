/**
 * `npm run bench`: what the widget costs a page, measured in headless Chromium against
 * its static twin: the widget's own rendering as declarative shadow DOM, no script.
 * Two ways to embed it: the prerendered snippet (src/snippet.ts) and the bare element
 * (the README's snippet, fallback links until the script has run); three conditions
 * (none, 4× CPU, slow 4G + 4× CPU); 1, 10 and 100 widgets; beside the twin, the floor
 * of any script (the twin with a module that does nothing), which no snippet can beat.
 * Prints one markdown table and writes it, with every raw number, to bench/RESULTS.md
 * and bench/results/latest.json.
 *
 * A benchmark, not a test: it asserts nothing about the numbers. Budget: about ten
 * minutes on two cores, build included (TIMING_RUNS says how many runs that allows).
 */
import {readFileSync, readdirSync, mkdirSync, writeFileSync} from 'node:fs';
import {cpus, totalmem} from 'node:os';
import {join, relative} from 'node:path';
import {fileURLToPath} from 'node:url';
import {gzipSync, brotliCompressSync} from 'node:zlib';
import {createSnippet} from '../dist/snippet.js';
import {chromiumVersion} from '../scripts/browser.mjs';
import {startServer} from './server.mjs';
import {
  articlePage,
  EMPTY_MODULE,
  prerenderedPage,
  readmeSnippet,
  scriptedTwinPage,
  twinPage,
  widgetPage,
} from './pages.mjs';
import {
  bundleFormUrls,
  CONDITIONS,
  evaluateOn,
  heapUsed,
  launchChromium,
  load,
  pageProblems,
  wakeUps,
} from './measure.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
/**
 * The room the snippet reserved before it carried the prerendered widget (the bundle
 * exported it as RESERVED_HEIGHT until then), kept here to measure that snippet.
 */
const OLD_RESERVED_ROOM = {card: 'min(100vh, max(840px, 1200px - 75vw))'};
const INSTANCES = [1, 10, 100];
// Three interleaved runs per page and condition (3 × 3 × 5 pages; BENCH_RUNS=N for more): a median
// and its spread within the budget on a shared two-core machine.
const TIMING_RUNS = Number(process.env.BENCH_RUNS) || 3;
const KINDS = ['prerendered', 'linked', 'bare', 'twin', 'floor'];
const CLS_RUNS = 5;
const HEAP_RUNS = 3;
// Just over a minute: the countdown's minute-mode timer fires once in the window.
const WAKE_SECONDS = 61;
const VIEWPORTS = [
  {width: 1280, height: 800},
  {width: 375, height: 812},
];

const started = performance.now();
const median = (values) => {
  const sorted = values.filter((v) => v != null).sort((a, b) => a - b);
  if (!sorted.length) return null;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const log = (message) => process.stderr.write(`bench: ${message}\n`);

// 1. Bytes. A page downloads the entry plus its language's chunk and whatever that
// chunk imports beside it (ga, is and mt: their words, and the hand-formatter.js they share).
const snapshot = new Map(); // URL path → bytes, served from memory below
function bytes(path) {
  const data = readFileSync(path);
  snapshot.set('/' + relative(ROOT, path), data);
  return {
    minified: data.length,
    gzip: gzipSync(data, {level: 9}).length,
    brotli: brotliCompressSync(data).length,
  };
}
const dist = join(ROOT, 'dist');
const entry = {file: 'dist/meta-ai-optout.js', ...bytes(join(dist, 'meta-ai-optout.js'))};
const chunks = readdirSync(join(dist, 'locales'))
  .filter((name) => name.endsWith('.js'))
  .sort()
  .map((name) => {
    const source = readFileSync(join(dist, 'locales', name), 'utf8');
    const imports = [...source.matchAll(/from\s*"\.\/([^"]+\.js)"/g)].map((m) => m[1]);
    return {file: `dist/locales/${name}`, name, imports, ...bytes(join(dist, 'locales', name))};
  });
const sum = (files) =>
  Object.fromEntries(['minified', 'gzip', 'brotli'].map((key) => [key, files.reduce((total, f) => total + f[key], 0)]));
// Not a page of its own: the formatter that ga, is and mt import.
const languageChunks = chunks.filter((c) => c.name !== 'hand-formatter.js');
const pageDownloads = languageChunks.map((chunk) => {
  const files = [chunk, ...chunk.imports.map((name) => chunks.find((c) => c.name === name))];
  return {label: files.map((f) => f.name).join(' + '), ...sum([entry, ...files])};
});
const heaviest = pageDownloads.reduce((a, b) => (b.brotli > a.brotli ? b : a));

const server = await startServer(ROOT);
for (const [path, data] of snapshot) server.serve(path, data);
const browser = await launchChromium();
const results = {};
try {
  const formUrls = await bundleFormUrls(browser, server);

  // The prerendered snippet as the configurator and the command line make it, and its
  // static twin: the same HTML without the script.
  const snippet = createSnippet({lang: 'nl', base: '/dist/'}).html;
  // Its rules from the stylesheet file beside the script instead (a strict CSP's choice).
  const linkedSnippet = createSnippet({lang: 'nl', base: '/dist/', stylesheet: 'link'}).html;
  server.serve(EMPTY_MODULE, '');
  const pages = Object.fromEntries(
    INSTANCES.map((n) => [
      n,
      {
        prerendered: server.serve(`/__bench/prerendered-${n}.html`, prerenderedPage(n, snippet)),
        linked: server.serve(`/__bench/linked-${n}.html`, prerenderedPage(n, linkedSnippet)),
        bare: server.serve(`/__bench/widget-${n}.html`, widgetPage(n, formUrls)),
        twin: server.serve(`/__bench/twin-${n}.html`, twinPage(n, snippet)),
        floor: server.serve(`/__bench/floor-${n}.html`, scriptedTwinPage(n, snippet)),
      },
    ]),
  );
  const squash = (text) => text.replace(/\s+/g, ' ').trim();
  // The text a reader sees: a prerender's inline <style> is text to textContent too.
  const shadowText = () => {
    const walker = document.createTreeWalker(document.querySelector('meta-ai-optout').shadowRoot, NodeFilter.SHOW_TEXT);
    let text = '';
    while (walker.nextNode())
      if (walker.currentNode.parentElement?.localName !== 'style') text += walker.currentNode.data;
    return text;
  };
  const sameWords =
    squash(await evaluateOn(browser, pages[1].twin, shadowText)) ===
    squash(await evaluateOn(browser, pages[1].bare, shadowText));
  // What the prerender adds to a page: the snippet less the bare element's.
  const snippetBytes = {
    prerendered: {minified: snippet.length, brotli: brotliCompressSync(snippet).length},
    bare: {
      minified: readmeSnippet(formUrls, OLD_RESERVED_ROOM.card).length,
      brotli: brotliCompressSync(readmeSnippet(formUrls, OLD_RESERVED_ROOM.card)).length,
    },
    linked: {minified: linkedSnippet.length, brotli: brotliCompressSync(linkedSnippet).length},
  };

  // 2 and 3. Cold loads, every kind of page interleaved so drift hits all alike; one
  // discarded warm-up of each first (the browser's own first-use costs).
  log(
    `load timings: ${Object.keys(CONDITIONS).length} conditions × ${INSTANCES.length} sizes × ${KINDS.length} pages × ${TIMING_RUNS} runs`,
  );
  const loads = {};
  for (const [name, condition] of Object.entries(CONDITIONS)) {
    loads[name] = Object.fromEntries(INSTANCES.map((n) => [n, Object.fromEntries(KINDS.map((k) => [k, []]))]));
    for (const n of INSTANCES) for (const kind of KINDS) await load(browser, pages[n][kind], {condition});
    for (let run = 0; run < TIMING_RUNS; run++) {
      for (const n of INSTANCES) {
        for (const kind of KINDS) loads[name][n][kind].push(await load(browser, pages[n][kind], {condition}));
      }
    }
    log(`  ${condition.label}: done`);
  }

  // 4. Layout shift on an article: the README snippet, and the same without the room
  // it reserves (the fallback links alone), to show what the reservation saves.
  const snippets = [
    {name: 'prerendered snippet (no room reserved)', embed: snippet},
    {name: 'README snippet (fallback links, reserved room)', reserve: OLD_RESERVED_ROOM.card},
    {name: 'fallback links only, no room reserved', reserve: undefined},
  ];
  log(`layout shift: ${VIEWPORTS.length} viewports × ${snippets.length} snippets × ${CLS_RUNS} runs`);
  const cls = [];
  for (const viewport of VIEWPORTS) {
    for (const [index, snippet] of snippets.entries()) {
      const url = server.serve(
        `/__bench/article-${index}.html`,
        articlePage(formUrls, {reserve: snippet.reserve, embed: snippet.embed}),
      );
      const runs = [];
      for (let run = 0; run < CLS_RUNS; run++) {
        runs.push(
          await load(browser, url, {
            viewport,
            measure: () => document.querySelector('meta-ai-optout').getBoundingClientRect().top,
          }),
        );
      }
      cls.push({viewport, snippet: snippet.name, runs: runs.map((r) => ({cls: r.cls, widgetTop: r.extras}))});
    }
  }

  // 6. Heap with 100 instances.
  log(`JS heap: 2 pages × ${HEAP_RUNS} runs`);
  const heap = {widget: [], static: []};
  for (let run = 0; run < HEAP_RUNS; run++) {
    for (const kind of ['widget', 'static']) {
      heap[kind].push(await heapUsed(browser, pages[100][kind === 'widget' ? 'bare' : 'twin']));
    }
  }

  // 5. Timer wake-ups with 100 instances, the countdown in its minute mode. Visible and
  // hidden run side by side in two contexts: counting callbacks does not depend on
  // timing, and it keeps the run inside its budget.
  log(`timer wake-ups: ${WAKE_SECONDS} s, visible and hidden side by side`);
  const deadline = new Date(Date.now() + 2 * 3600_000).toISOString();
  const timerPage = server.serve('/__bench/timers.html', widgetPage(100, formUrls, `deadline="${deadline}"`));
  const [visible, hidden] = await Promise.all([
    wakeUps(browser, timerPage, {hidden: false, seconds: WAKE_SECONDS}),
    wakeUps(browser, timerPage, {hidden: true, seconds: WAKE_SECONDS}),
  ]);

  Object.assign(results, {formUrls, sameWords, snippetBytes, loads, cls, heap, wakeUps: {deadline, visible, hidden}});
} finally {
  results.chromium = await chromiumVersion(browser);
  await browser.close();
  await server.close();
}

// The report.
const ms = (v) => (v == null ? '—' : `${v.toFixed(1)} ms`);
const int = (v) => v.toLocaleString('en-US');
const mb = (v) => `${(v / 1024 / 1024).toFixed(2)} MB`;
const rows = [];
const row = (...cells) => rows.push(`| ${cells.join(' | ')} |`);

const byteCell = (f) => `${int(f.minified)} / ${int(f.gzip)} / ${int(f.brotli)}`;
row('bytes: min / gzip -9 / brotli', entry.file, byteCell(entry), '', '');
for (const chunk of chunks) row('bytes: min / gzip -9 / brotli', chunk.file, byteCell(chunk), '', '');
row('bytes: min / gzip -9 / brotli', `entry + largest chunk (${heaviest.label})`, byteCell(heaviest), '', '');
const dutch = pageDownloads.find((d) => d.label === 'nl.js');
if (dutch) row('bytes: min / gzip -9 / brotli', 'entry + nl.js (the pages below)', byteCell(dutch), '', '');

const CASE_NAMES = {
  prerendered: 'prerendered snippet, inline <style>',
  linked: 'prerendered snippet, <link> to meta-ai-optout.css',
  bare: 'bare element (README snippet)',
  floor: 'the floor of any script: static twin + an empty module script',
};
/** Median and spread (min–max) of one measure over runs. */
const spread = (runs, key) => {
  const values = runs.map((r) => r[key]).filter((v) => v != null);
  return {median: median(values), min: Math.min(...values), max: Math.max(...values)};
};
const timing = ({median: m, min, max}) => `${ms(m)} [${min.toFixed(0)}–${max.toFixed(0)}]`;
// The widget painted: on a page of declarative shadow DOM (the prerendered snippet and
// its twin) the widget is in the first frame, so its first contentful paint; for the
// bare element, when every widget has rendered (its first paint is the fallback links).
const PAINTED = {prerendered: 'fcp', linked: 'fcp', twin: 'fcp', floor: 'fcp', bare: 'contentAt'};
for (const [name, condition] of Object.entries(CONDITIONS)) {
  for (const n of INSTANCES) {
    const cases = results.loads[name][n];
    const twin = spread(cases.twin, PAINTED.twin);
    const twinLcp = median(cases.twin.map((r) => r.lcp));
    for (const kind of ['prerendered', 'linked', 'bare', 'floor']) {
      const painted = spread(cases[kind], PAINTED[kind]);
      const lcp = median(cases[kind].map((r) => r.lcp));
      const unstyled = kind === 'linked' ? `; unstyled frames ${median(cases[kind].map((r) => r.unstyledFrames))}` : '';
      const entry = kind === 'bare' ? `; entry arrived ${ms(median(cases[kind].map((r) => r.entryAt)))}` : '';
      row(
        `${condition.label}: widget painted [min–max], median of ${TIMING_RUNS}`,
        `${n} widget${n > 1 ? 's' : ''}, ${CASE_NAMES[kind]}`,
        timing(painted),
        timing(twin),
        `${(painted.median / twin.median).toFixed(2)}×; LCP ${ms(lcp)} vs ${ms(twinLcp)}${unstyled}${entry}`,
      );
    }
  }
}
for (const n of INSTANCES) {
  const cell = (runs) => {
    const count = median(runs.map((r) => r.longTasks));
    const tbt = median(runs.map((r) => r.tbt));
    const longest = Math.max(...runs.map((r) => r.longest));
    return `${count} / ${ms(tbt)} (longest ${ms(longest)})`;
  };
  const cases = results.loads.cpu4[n];
  row(
    'long tasks > 50 ms / total blocking time, median, 4× CPU',
    `${n} widget${n > 1 ? 's' : ''}: prerendered / bare`,
    `${cell(cases.prerendered)} / ${cell(cases.bare)}`,
    cell(cases.twin),
    '',
  );
}
const {prerendered, bare, linked} = results.snippetBytes;
for (const [name, bytes] of [
  ['prerendered snippet, inline <style>', prerendered],
  ['prerendered snippet, <link> (meta-ai-optout.css, cached across pages, not counted)', linked],
]) {
  row(
    'snippet bytes in the page, one widget: characters / brotli',
    `${name} vs the README snippet`,
    `${int(bytes.minified)} / ${int(bytes.brotli)}`,
    `${int(bare.minified)} / ${int(bare.brotli)}`,
    `+${int(bytes.brotli - bare.brotli)} B brotli`,
  );
}
for (const {viewport, snippet, runs} of results.cls) {
  const value = median(runs.map((r) => r.cls));
  const top = median(runs.map((r) => r.widgetTop));
  row(
    `CLS on the article, median of ${CLS_RUNS}`,
    `${viewport.width}×${viewport.height}, ${snippet} (widget top at ${Math.round(top)} px)`,
    value.toFixed(4),
    '',
    `max ${Math.max(...runs.map((r) => r.cls)).toFixed(4)}`,
  );
}
for (const key of ['visible', 'hidden']) {
  const t = results.wakeUps[key];
  const perMinute = (count) => ((count * 60) / WAKE_SECONDS).toFixed(1);
  const pending = t.pending.length
    ? t.pending.map((p) => `${p.kind}(${p.delay.toFixed(1)} s), due in ${p.dueIn.toFixed(0)} s`).join(', ')
    : 'none';
  row(
    `wake-ups per minute, 100 instances (${WAKE_SECONDS} s window, scaled to 60 s)`,
    `${key}: ${t.method} (visibilityState '${t.state}')`,
    `${perMinute(t.long)} timers ≥ 1 s, ${perMinute(t.raf)} rAF`,
    '',
    `${t.long} timers ≥ 1 s, ${t.short} timers < 1 s, ${t.raf} rAF in ${WAKE_SECONDS} s; pending timers ≥ 1 s: ${pending}`,
  );
}
const heapWidget = median(results.heap.widget);
const heapStatic = median(results.heap.static);
row(
  `JS heap used after GC, 100 instances, median of ${HEAP_RUNS}`,
  'Runtime.getHeapUsage',
  mb(heapWidget),
  mb(heapStatic),
  `+${mb(heapWidget - heapStatic)}`,
);

const cpu = cpus();
const header = [
  `# meta-ai-optout benchmark`,
  '',
  `${new Date().toISOString()} · ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB · Chromium ${results.chromium} (headless) · Node ${process.version}`,
  '',
  '| measure | case | widget | static twin | ratio / note |',
  '| --- | --- | --- | --- | --- |',
];
const notes = [
  '',
  `Pages are Dutch (\`<html lang="nl">\`): the widget loads its entry and nl.js. Each load is a fresh browser context (empty cache) on a loopback server, files gzip-compressed.`,
  `"Widget painted": with declarative shadow DOM (prerendered snippet, static twin) the widget is in the page's first frame: its first contentful paint. The bare element: when every widget's shadow root has \`.base\`, plus a requestAnimationFrame and a second frame (its first paint is its fallback links). [min–max] is the spread over the runs.`,
  `LCP (largest contentful paint) is given too: the prerendered snippet's is later than its twin's because the upgrade replaces the prerendered nodes with the element's own, identical ones, and Chromium reports their paint again; what the reader sees does not change (test/snippet.test.ts), but a page whose largest text is the widget's sees its LCP move to the upgrade.`,
  `Static twin: the prerendered snippet without its script, N copies: the widget's own rendering as declarative shadow DOM (same words as the live widget: ${results.sameWords ? 'yes' : 'NO'}). Files are served gzip-compressed, so slow 4G carries compressed bytes.`,
  `"Entry arrived": when the last byte of meta-ai-optout.js came (Resource Timing). The bare element cannot paint before it; under slow 4G it alone is most of the gap to the twin.`,
  `The floor of any script: the static twin with one module script that does nothing in the snippet's place. What a page pays for a script at all (its fetch, compile and task before the first paint), before any of the widget's code: the prerendered snippet can at best match it.`,
  `Long tasks and TBT (Σ duration − 50 ms) count tasks that started before content was painted.`,
  `Wake-ups: deadline 2 h ahead, so the countdown changes once a minute; callbacks that ran in the window, scaled to a minute; pending timers show what comes next.`,
  pageProblems.length
    ? `Console warnings or errors: ${pageProblems.length} (see latest.json).`
    : 'No console warnings or errors.',
];
const elapsed = (performance.now() - started) / 1000;
const markdown = [...header, ...rows, ...notes, `Ran in ${elapsed.toFixed(0)} s (after the build).`, ''].join('\n');

process.stdout.write(markdown);
const out = join(ROOT, 'bench', 'results');
mkdirSync(out, {recursive: true});
writeFileSync(join(ROOT, 'bench', 'RESULTS.md'), markdown);
writeFileSync(
  join(out, 'latest.json'),
  JSON.stringify(
    {
      date: new Date().toISOString(),
      machine: {
        cpu: cpu[0]?.model.trim(),
        cores: cpu.length,
        memoryBytes: totalmem(),
        chromium: results.chromium,
        node: process.version,
      },
      bytes: {entry, chunks, pageDownloads, heaviest},
      ...results,
      pageProblems,
      seconds: elapsed,
    },
    null,
    2,
  ) + '\n',
);
