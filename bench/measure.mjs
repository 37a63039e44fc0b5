/**
 * What the benchmark does in the browser: an init script that records, from before
 * any page script runs, when the content is painted, long tasks, layout shifts and
 * (on request) timer callbacks; and one function per kind of measurement.
 */
import {launchChromium as launch} from '../scripts/browser.mjs';
import {blankPage} from './pages.mjs';

/**
 * Runs in the page before its own scripts (page.evaluateOnNewDocument).
 *
 * "Content painted", the same way on both kinds of page: the moment the content is in
 * the DOM, followed by a requestAnimationFrame and a second frame, i.e. the frame
 * that drew it has been produced. For a widget page "in the DOM" is when every
 * <meta-ai-optout> has `.base` in its shadow root (a MutationObserver on each shadow
 * root, installed by wrapping attachShadow); for the static page it is
 * DOMContentLoaded, since its content is all in the HTML. We use this rather than
 * first-contentful-paint because the widget page's first paint is the fallback
 * slot, not the widget; FCP is recorded too, for reference.
 */
function instrument({countTimers}) {
  const raf = window.requestAnimationFrame.bind(window);
  const bench = (window.__bench = {
    longTasks: [],
    shifts: [],
    fcp: null,
    lcp: null,
    unstyledFrames: 0,
    domReadyAt: null,
    contentAt: null,
    timers: null,
  });

  const observe = (type, onEntry) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(onEntry)).observe({type, buffered: true});
    } catch {
      // An entry type this browser lacks: that column stays empty.
    }
  };
  observe('longtask', (e) => bench.longTasks.push({start: e.startTime, duration: e.duration}));
  observe('layout-shift', (e) => e.hadRecentInput || bench.shifts.push({start: e.startTime, value: e.value}));
  observe('paint', (e) => e.name === 'first-contentful-paint' && (bench.fcp = e.startTime));
  // The largest text painted: the widget's status or introduction once it is there, on
  // every kind of page alike (its element is in a shadow root, its time is not).
  observe('largest-contentful-paint', (e) => (bench.lcp = e.renderTime || e.startTime));

  // Frames that would paint a widget's form link without its rules (a stylesheet still
  // loading): checked in each frame's rAF, just before it paints, until one is styled.
  const watchStyles = () => {
    const link = document.querySelector('meta-ai-optout')?.shadowRoot?.querySelector('.link');
    if (link) {
      if (getComputedStyle(link).display === 'inline-block') return;
      bench.unstyledFrames++;
    }
    raf(watchStyles);
  };
  raf(watchStyles);

  let parsed = false;
  let rendered = 0;
  const check = () => {
    if (bench.domReadyAt !== null || !parsed) return;
    const widgets = [...document.getElementsByTagName('meta-ai-optout')];
    // A prerendered widget (declarative shadow root) is there as soon as it is parsed.
    const prerendered = widgets.filter((w) => w.shadowRoot?.querySelector('.base')).length;
    if (Math.max(rendered, prerendered) < widgets.length) return;
    bench.domReadyAt = performance.now();
    raf(() => raf(() => (bench.contentAt = performance.now())));
  };
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    if (this.localName === 'meta-ai-optout') {
      const observer = new MutationObserver(() => {
        if (!root.querySelector('.base')) return;
        observer.disconnect();
        rendered++;
        check();
      });
      observer.observe(root, {childList: true, subtree: true});
    }
    return root;
  };
  document.addEventListener('DOMContentLoaded', () => {
    parsed = true;
    check();
  });

  if (!countTimers) return;
  // Counts callbacks that actually run, not calls that schedule them, and keeps the
  // timers of 1 s or more still pending, with when they are due.
  const timers = (bench.timers = {long: 0, short: 0, raf: 0, pending: {}});
  for (const [name, clear] of [
    ['setTimeout', 'clearTimeout'],
    ['setInterval', 'clearInterval'],
  ]) {
    const original = window[name];
    const originalClear = window[clear];
    window[name] = function (callback, delay = 0, ...args) {
      if (typeof callback !== 'function') return original.call(window, callback, delay, ...args);
      const long = Number(delay) >= 1000;
      const counted = function (...a) {
        if (long) timers.long++;
        else timers.short++;
        if (name === 'setTimeout') delete timers.pending[id];
        return callback.apply(this, a);
      };
      const id = original.call(window, counted, delay, ...args);
      if (long) timers.pending[id] = {kind: name, delay: Number(delay), due: performance.now() + Number(delay)};
      return id;
    };
    window[clear] = (id) => {
      delete timers.pending[id];
      return originalClear.call(window, id);
    };
  }
  window.requestAnimationFrame = (callback) =>
    raf((time) => {
      timers.raf++;
      callback(time);
    });
}

/**
 * Debian's headless Chromium, as the benchmark measures in. Off: the omnibox renderer
 * headless Chromium starts for every page (up to a second of CPU beside the page
 * measured), and paint holding, which can hold a navigation's first paint back (off
 * in every run in bench/RESULTS.md, whose driver, Playwright, turned it off).
 */
export const launchChromium = () =>
  launch([
    `--disable-features=${[
      'PaintHolding',
      'WebUIOmniboxPopup',
      'WebUIOmniboxFullPopup',
      'WebUIOmniboxAimPopup',
      'FullWebUIOmniboxFrame',
      'PreloadTopChromeWebUI',
    ]}`,
  ]);

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Console warnings and errors of every page, so the report can say the runs were clean. */
export const pageProblems = [];

/**
 * The conditions a load can run in: Chromium's CPU throttling, and Lighthouse's "slow
 * 4G" (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up) on top of 4× CPU.
 */
export const CONDITIONS = {
  none: {label: 'no throttling'},
  cpu4: {label: '4× CPU', cpu: 4},
  slow4g: {
    label: 'slow 4G + 4× CPU',
    cpu: 4,
    network: {offline: false, latency: 150, downloadThroughput: (1.6e6 / 8) | 0, uploadThroughput: (750e3 / 8) | 0},
  },
};

async function openPage(
  browser,
  url,
  {viewport = {width: 1280, height: 800}, countTimers = false, condition = CONDITIONS.none} = {},
) {
  // A fresh context per load: its own empty cache, so every run downloads every file.
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport(viewport);
  if (condition.cpu || condition.network) {
    const cdp = await page.createCDPSession();
    if (condition.cpu) await cdp.send('Emulation.setCPUThrottlingRate', {rate: condition.cpu});
    if (condition.network) {
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', condition.network);
    }
  }
  page.on('console', (m) => ['warn', 'error'].includes(m.type()) && pageProblems.push(`${url}: ${m.text()}`));
  page.on('pageerror', (e) => pageProblems.push(`${url}: ${e.message}`));
  await page.evaluateOnNewDocument(instrument, {countTimers});
  await page.goto(url);
  try {
    await page.waitForFunction(() => window.__bench.contentAt !== null, {timeout: 60_000, polling: 50});
    // A prerendered page is whole at once; wait for its script too (when it has one), so
    // its long tasks are counted: until the widgets have taken over their roots.
    await page.waitForFunction(
      () =>
        document.readyState === 'complete' &&
        (!document.querySelector('script[type=module]:not([data-floor])') ||
          // Rendered by the script: a root of its own making, without the prerender's
          // inline or linked stylesheet (a form without a prerender starts with no root).
          [...document.getElementsByTagName('meta-ai-optout')].every(
            (w) =>
              w.shadowRoot?.querySelector('[part~=base]') && !w.shadowRoot.querySelector('style, link[rel=stylesheet]'),
          )),
      {timeout: 60_000, polling: 50},
    );
  } catch (error) {
    const state = await page.evaluate(() => JSON.stringify(window.__bench)).catch(() => 'unreadable');
    throw new Error(`${url}: content never painted (${state})`, {cause: error});
  }
  return {context, page};
}

/** Reads what the init script recorded, after letting late entries arrive. */
async function collect(page) {
  // Long-task and layout-shift entries are delivered after their task or frame.
  await sleep(100);
  return page.evaluate(() => structuredClone(window.__bench));
}

/** One cold load: content-painted time, FCP, long tasks and layout shifts. */
export async function load(browser, url, options) {
  const {context, page} = await openPage(browser, url, options);
  try {
    const data = await collect(page);
    // "During load" = from navigation start until the content is painted.
    const longTasks = data.longTasks.filter((t) => t.start <= data.contentAt);
    const extras = options?.measure ? await page.evaluate(options.measure) : undefined;
    // When the entry's last byte arrived: no script-rendered widget can paint before it.
    const entryAt = await page.evaluate(
      () =>
        performance.getEntriesByType('resource').find((e) => e.name.endsWith('/meta-ai-optout.js'))?.responseEnd ??
        null,
    );
    return {
      entryAt,
      contentAt: data.contentAt,
      fcp: data.fcp,
      lcp: data.lcp,
      unstyledFrames: data.unstyledFrames,
      longTasks: longTasks.length,
      tbt: longTasks.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0),
      longest: Math.max(0, ...longTasks.map((t) => t.duration)),
      cls: cumulativeLayoutShift(data.shifts),
      extras,
    };
  } finally {
    await context.close();
  }
}

/** CLS as browsers define it: the largest session window (gaps < 1 s, at most 5 s). */
function cumulativeLayoutShift(shifts) {
  let best = 0;
  let window = 0;
  let first = -Infinity;
  let last = -Infinity;
  for (const {start, value} of [...shifts].sort((a, b) => a.start - b.start)) {
    if (start - last < 1000 && start - first < 5000) window += value;
    else [window, first] = [value, start];
    last = start;
    best = Math.max(best, window);
  }
  return best;
}

/** Loads a page once and runs `fn` in it once its content is painted. */
export async function evaluateOn(browser, url, fn) {
  const {context, page} = await openPage(browser, url);
  try {
    return await page.evaluate(fn);
  } finally {
    await context.close();
  }
}

/** Used JS heap after two forced garbage collections, in bytes. */
export async function heapUsed(browser, url) {
  const {context, page} = await openPage(browser, url);
  try {
    const cdp = await page.createCDPSession();
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const {usedSize} = await cdp.send('Runtime.getHeapUsage');
    return usedSize;
  } finally {
    await context.close();
  }
}

/**
 * Timer and frame callbacks run over `seconds`, page visible or hidden. Hiding: a
 * second tab brought to the front, if that hides the first (it does in a headed
 * browser); headless Chromium keeps every tab 'visible', and then we override
 * document.hidden and visibilityState and dispatch 'visibilitychange', which is
 * what the widget's clock listens to. `method` says which was used.
 */
export async function wakeUps(browser, url, {hidden, seconds}) {
  const {context, page} = await openPage(browser, url, {countTimers: true});
  try {
    let method = 'as loaded';
    if (hidden) {
      const other = await context.newPage();
      await other.bringToFront();
      await sleep(200);
      method = 'second tab in front';
      if ((await page.evaluate(() => document.visibilityState)) !== 'hidden') {
        method = "document.hidden and visibilityState overridden: headless Chromium keeps a background tab 'visible'";
        await page.evaluate(() => {
          Object.defineProperty(document, 'hidden', {configurable: true, get: () => true});
          Object.defineProperty(document, 'visibilityState', {configurable: true, get: () => 'hidden'});
          document.dispatchEvent(new Event('visibilitychange'));
        });
      }
    }
    const state = await page.evaluate(() => document.visibilityState);
    await page.evaluate(() => Object.assign(window.__bench.timers, {long: 0, short: 0, raf: 0}));
    await sleep(seconds * 1000);
    const {long, short, raf, pending, now} = await page.evaluate(() => ({
      ...window.__bench.timers,
      now: performance.now(),
    }));
    // Each pending timer of 1 s or more: its delay and how soon it fires, in seconds.
    const timersPending = Object.values(pending).map((t) => ({
      kind: t.kind,
      delay: t.delay / 1000,
      dueIn: (t.due - now) / 1000,
    }));
    return {state, method, long, short, raf, pending: timersPending};
  } finally {
    await context.close();
  }
}

/** The form links the built bundle exports (FORM_URLS), read in a page on `server`'s origin. */
export function bundleFormUrls(browser, server) {
  return evaluateOn(browser, server.serve('/__bench/blank.html', blankPage()), async () => ({
    ...(await import('/dist/meta-ai-optout.js')).FORM_URLS,
  }));
}

/**
 * Cold loads of several pages, interleaved (one warm-up each, then `runs` rounds, page
 * after page) so drift on a shared machine hits all alike. `painted[i]` names the
 * measure read for page i ('fcp' or 'contentAt'). Returns each page's times.
 */
export async function interleavedLoads(browser, urls, {condition, runs, painted}) {
  for (const url of urls) await load(browser, url, {condition});
  const times = urls.map(() => []);
  for (let run = 0; run < runs; run++) {
    for (const [i, url] of urls.entries()) times[i].push((await load(browser, url, {condition}))[painted[i]]);
  }
  return times;
}

const middle = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];

/** One printed line per page: median, spread, and ratio to the first page's median. */
export function timingLines(condition, n, times, labels) {
  const base = middle(times[0]);
  return times.map((values, i) => {
    const m = middle(values);
    const spread = `${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)}`;
    return `${condition.label.padEnd(17)} ${String(n).padStart(3)} widget(s)  ${m.toFixed(0).padStart(5)} ms [${spread}]  ${(m / base).toFixed(2)}×  ${labels[i]}`;
  });
}
