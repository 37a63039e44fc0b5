/**
 * The three engines the tests run in, as @web/test-runner launchers: Chromium and
 * Firefox ESR over puppeteer-core (CDP and WebDriver BiDi), WebKitGTK's MiniBrowser
 * over WebKitWebDriver. All are Debian's system browsers; none is ever downloaded.
 *
 * A missing engine is one line saying how to install it, and is skipped; with
 * CI=true it fails the run instead, so CI cannot pass on fewer engines than it claims.
 */
import {chromeLauncher} from '@web/test-runner-chrome';
import {WebdriverLauncher} from '@web/test-runner-webdriver';
import puppeteer from 'puppeteer-core';
import {spawn, execFileSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {createServer} from 'node:net';
import {CHROMIUM_ARGS} from './browser.mjs';

const CI = process.env.CI === 'true';
const firstExisting = (paths) => paths.find((path) => path && existsSync(path));

const ENGINES = {
  chromium: {
    label: 'Chromium',
    install: 'sudo apt-get install chromium (or set CHROME_PATH)',
    find: () =>
      firstExisting([
        process.env.CHROME_PATH,
        '/usr/bin/chromium',
        '/usr/bin/chromium-browser',
        '/usr/bin/google-chrome',
      ]),
  },
  firefox: {
    label: 'Firefox',
    install: 'sudo apt-get install firefox-esr (or set FIREFOX_PATH)',
    find: () => firstExisting([process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox']),
  },
  webkit: {
    label: 'WebKit',
    install: 'sudo apt-get install webkit2gtk-driver xvfb',
    find: () => {
      const driver = firstExisting(['/usr/bin/WebKitWebDriver']);
      const miniBrowser = firstExisting([
        process.env.MINIBROWSER_PATH,
        '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
        '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
      ]);
      // MiniBrowser has no headless mode: it needs a display, ours or a virtual one.
      const display = process.env.DISPLAY || firstExisting(['/usr/bin/Xvfb']);
      return driver && miniBrowser && display ? {driver, miniBrowser} : undefined;
    },
  },
};

/**
 * The engines found, by name ("chromium", "firefox", "webkit"), as their paths.
 * `only` (the ENGINES env variable, e.g. "chromium,firefox") narrows the list.
 */
export function findEngines(only = process.env.ENGINES) {
  const wanted = only ? only.split(',').map((name) => name.trim()) : Object.keys(ENGINES);
  const found = {};
  const missing = [];
  for (const name of wanted) {
    const engine = ENGINES[name];
    if (!engine) throw new Error(`Unknown engine "${name}": use ${Object.keys(ENGINES).join(', ')}`);
    const paths = engine.find();
    if (paths) found[name] = paths;
    else missing.push(name);
  }
  for (const name of missing) {
    const {label, install} = ENGINES[name];
    console.error(`${label} not found, ${CI ? 'failing (CI=true)' : 'skipping its tests'}. Install: ${install}`);
  }
  if ((CI && missing.length) || Object.keys(found).length === 0) process.exit(1);
  return found;
}

/** Chromium, its clock in `timeZone` (the browser honours TZ on Linux). */
export const chromium = (executablePath, timeZone) =>
  chromeLauncher({
    launchOptions: {
      executablePath,
      headless: true,
      args: CHROMIUM_ARGS,
      env: {...process.env, TZ: timeZone},
    },
  });

/** Firefox over WebDriver BiDi, through the puppeteer-core @web/test-runner-chrome uses. */
export const firefox = (executablePath, timeZone) =>
  chromeLauncher({
    puppeteer,
    launchOptions: {
      browser: 'firefox',
      executablePath,
      headless: true,
      env: {...process.env, TZ: timeZone},
      extraPrefsFirefox: {
        // A closed network: no update checks, telemetry or captive-portal probes.
        'app.update.enabled': false,
        'network.captive-portal-service.enabled': false,
        'datareporting.policy.dataSubmissionEnabled': false,
        // Test pages run side by side in background tabs, where Firefox delays every
        // timer to once a second: a test that polls waited a second for every poll.
        'dom.min_background_timeout_value': 4,
        'dom.min_background_timeout_value_without_budget_throttling': 4,
        'dom.timeout.enable_budget_timer_throttling': false,
      },
    },
  });

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address();
      server.close(() => resolve(port));
    });
  });

const children = new Set();
process.on('exit', () => {
  for (const child of children) child.kill();
});

/** A virtual display for MiniBrowser, started once, when there is no DISPLAY. */
let display;
function virtualDisplay() {
  display ??= new Promise((resolve, reject) => {
    // -displayfd: Xvfb picks a free display number and writes it to stdout when ready.
    const xvfb = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '1920x1200x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    children.add(xvfb);
    xvfb.on('error', reject);
    xvfb.stdout.once('data', (data) => resolve(`:${String(data).trim()}`));
  });
  return display;
}

async function until(check, what, timeout = 10000) {
  const start = Date.now();
  while (!(await check().catch(() => false))) {
    if (Date.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * WebKitGTK's MiniBrowser, driven by a WebKitWebDriver this launcher starts on a free
 * port (and stops), under a virtual display unless DISPLAY names one.
 */
class WebKitLauncher extends WebdriverLauncher {
  #paths;
  #timeZone;
  #driver;

  constructor(paths, timeZone) {
    super({
      hostname: '127.0.0.1',
      capabilities: {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': {binary: paths.miniBrowser, args: ['--automation']},
        'wdio:enforceWebDriverClassic': true,
      },
    });
    this.#paths = paths;
    this.#timeZone = timeZone;
    // One test file at a time: this launcher runs concurrent files as iframes of one
    // page, on one main thread, where a heavy file (200 widgets) starved beside another.
    this.concurrency = 1;
  }

  async initialize(config, testFiles) {
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
    const port = await freePort();
    const env = {
      ...process.env,
      DISPLAY: process.env.DISPLAY || (await virtualDisplay()),
      // Without a UTF-8 LANG, WebKitGTK reports navigator.languages as ["C"].
      LANG: 'en_US.UTF-8',
      TZ: this.#timeZone,
    };
    this.#driver = spawn(this.#paths.driver, [`--port=${port}`], {env, stdio: 'ignore'});
    children.add(this.#driver);
    this.options.port = port;
    await until(async () => (await fetch(`http://127.0.0.1:${port}/status`)).ok, 'WebKitWebDriver');
  }

  async stop() {
    await super.stop();
    this.#driver?.kill();
  }
}

export const webkit = (paths, timeZone) => new WebKitLauncher(paths, timeZone);

/** "Chromium 156.0.8078.114, Firefox 153.8.0esr, WebKitGTK 2.50.1", for the closing summary. */
export function engineVersions(engines) {
  const version = (file, args) => {
    try {
      return execFileSync(file, args, {encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']}).trim();
    } catch {
      return '';
    }
  };
  const names = [];
  if (engines.chromium) names.push(version(engines.chromium, ['--version']).match(/[\w ]+? [\d.]+/)?.[0] ?? 'Chromium');
  if (engines.firefox) names.push(version(engines.firefox, ['--version']).replace(/^Mozilla /, '') || 'Firefox');
  if (engines.webkit) {
    const pkg = version('dpkg-query', ['-W', '-f=${Version}', 'libwebkit2gtk-4.1-0']).match(/^[\d.]+/)?.[0];
    names.push(pkg ? `WebKitGTK ${pkg}` : 'WebKitGTK');
  }
  return names.join(', ');
}
