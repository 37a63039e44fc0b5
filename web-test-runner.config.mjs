/**
 * Every test file in Chromium, Firefox and WebKit (those installed; ENGINES=chromium
 * narrows it), the page's clock in Amsterdam, and the time-zone tests once per zone.
 */
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {defaultReporter} from '@web/test-runner';
import {fileURLToPath} from 'node:url';
import {findEngines, chromium, firefox, webkit} from './scripts/browsers.mjs';
import {countingReporter} from './test/support/reporter.mjs';
import {cmsPlugins} from './test/support/cms-plugins.mjs';
import {serverPlugins} from './test/support/server-plugins.mjs';

// Chromium, Firefox and WebKit, those installed (ENGINES=chromium,firefox narrows it).
const engines = findEngines();
const launchers = {chromium, firefox, webkit};
/** One launcher per engine found, each with its clock in `timeZone`. */
const browsersIn = (timeZone, names = Object.keys(engines)) =>
  names.filter((name) => engines[name]).map((name) => launchers[name](engines[name], timeZone));

// Where the widget's advice was written for; most tests' dates are written for it.
const DEFAULT_TIME_ZONE = 'Europe/Amsterdam';

// The countdown is exact time, but a deadline at an hour is shown in the visitor's zone:
// these run from UTC-10 to UTC+14, with the European zones whose visitors were once told
// the wrong day, half- and quarter-hour offsets and daylight saving time in both
// hemispheres (Lord Howe shifts by only 30 minutes).
const TIME_ZONES = [
  'Pacific/Honolulu',
  'America/New_York',
  'America/Sao_Paulo',
  'UTC',
  'Atlantic/Reykjavik',
  'Europe/Lisbon',
  'Europe/Dublin',
  'Europe/London',
  'Europe/Brussels',
  'Europe/Amsterdam',
  'Europe/Helsinki',
  'Europe/Athens',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
  'Pacific/Kiritimati',
];

// The zones that also run in WebKit (every zone runs in Chromium and Firefox): one on
// each side of Brussels, and the two ends of the range.
const HAND_CHECKED_ZONES = ['Europe/Lisbon', 'Europe/Helsinki', 'Pacific/Kiritimati', 'Pacific/Honolulu'];

// Test files named on the command line (`web-test-runner test/element.test.ts`) run
// on their own: the time-zone groups, which always run their own files, join only when
// a time-zone test is among those named.
const named = process.argv.slice(2).filter((arg) => /\.test\.tsx?$/.test(arg));
const withTimeZones = named.length === 0 || named.some((file) => file.includes('time-zones/'));

export default {
  rootDir: '.',
  nodeResolve: {exportConditions: ['development']},
  plugins: [
    ...serverPlugins({defaultTimeZone: DEFAULT_TIME_ZONE}),
    ...cmsPlugins(),
    esbuildPlugin({ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url))}),
  ],
  files: ['test/**/*.test.ts', '!test/time-zones/**'],
  groups: (withTimeZones ? TIME_ZONES : []).map((timeZone) => ({
    name: timeZone,
    files: 'test/time-zones/*.test.ts',
    // Chromium and Firefox in every zone; WebKit's launches cost more (a driver, a
    // display), so it runs the zones whose dates are written out by hand.
    browsers: browsersIn(timeZone, HAND_CHECKED_ZONES.includes(timeZone) ? undefined : ['chromium', 'firefox']),
  })),
  browsers: browsersIn(DEFAULT_TIME_ZONE),
  concurrency: 2,
  // Per test file. The layout matrix renders some 50,000 widgets per engine, so it is
  // six files: as one, it outlasted these 600 s in WebKit with both cores busy.
  testsFinishTimeout: 600000,
  testFramework: {config: {timeout: 10000}},
  reporters: [defaultReporter(), countingReporter(engines)],
};
