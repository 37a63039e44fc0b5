/**
 * Where the headless browser is, for the tests, the demo checks and the benchmark.
 * CHROME_PATH wins, so a developer can point at their own Chrome; then Debian's
 * chromium. No browser is ever downloaded.
 */
import {existsSync} from 'node:fs';

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

export function chromiumPath() {
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
