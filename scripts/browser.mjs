/**
 * Where the headless browser is, for the tests, the screenshots and the benchmark,
 * and how the scripts drive it: puppeteer-core, the driver @web/test-runner-chrome
 * uses for the tests, so there is one. CHROME_PATH wins, so a developer can point at
 * their own Chrome; then Debian's chromium. No browser is ever downloaded.
 */
import {existsSync} from 'node:fs';
import puppeteer from 'puppeteer-core';

const CANDIDATES = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

/** Flags for root on a closed network: no sandbox, no background traffic. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

function chromiumPath() {
  const found = CANDIDATES.find((path) => path && existsSync(path));
  if (!found) {
    console.error(
      'No Chromium found. Install one (Debian/Ubuntu: sudo apt-get install chromium) ' +
        'or set CHROME_PATH to a Chrome or Chromium executable.',
    );
    process.exit(1);
  }
  return found;
}

/**
 * Headless Chromium for a script, with `args` after CHROMIUM_ARGS. puppeteer merges
 * every `--disable-features` (its own too) into one flag, so a caller lists only its own.
 */
export const launchChromium = (args = []) =>
  puppeteer.launch({executablePath: chromiumPath(), headless: true, args: [...CHROMIUM_ARGS, ...args]});

/** "156.0.8078.129", from puppeteer's "HeadlessChrome/156.0.8078.129". */
export const chromiumVersion = async (browser) => (await browser.version()).replace(/^[^/]*\//, '');
