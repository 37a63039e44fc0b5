import {esbuildPlugin} from '@web/dev-server-esbuild';
import {defaultReporter} from '@web/test-runner';
import {execFileSync, spawnSync} from 'node:child_process';
import {readdirSync, readFileSync} from 'node:fs';
import {build} from 'esbuild';
import {fileURLToPath} from 'node:url';
import {findEngines, engineVersions, chromium, firefox, webkit} from './scripts/browsers.mjs';
import {staleIds} from './scripts/translations.mjs';

// Chromium, Firefox and WebKit, those installed (ENGINES=chromium,firefox narrows it).
const engines = findEngines();
const launchers = {chromium, firefox, webkit};
/** One launcher per engine found, each with its clock in `timeZone`. */
const browsersIn = (timeZone, names = Object.keys(engines)) =>
  names.filter((name) => engines[name]).map((name) => launchers[name](engines[name], timeZone));

/**
 * Ends the run with the bare "N passed, N failed" line CI reads, over every engine,
 * after one line of which engines ran and what each counted. A test file that failed
 * to load counts as one failed test, so a syntax error cannot pass silently.
 * SLOW_TESTS=10 also lists the ten slowest tests, for sizing timeouts.
 */
function countingReporter() {
  const perEngine = new Map(); // browser name → {passed, failed, ms}
  const slow = [];
  const count = (tally, suite, engine, path) => {
    for (const test of suite.tests) {
      if (test.skipped) continue;
      test.passed ? tally.passed++ : tally.failed++;
      tally.ms += test.duration ?? 0;
      slow.push({ms: test.duration ?? 0, name: `${engine}: ${path}${test.name}`});
    }
    for (const child of suite.suites) count(tally, child, engine, `${path}${child.name} > `);
  };
  return {
    onTestRunFinished({sessions}) {
      for (const session of sessions) {
        const engine = session.browser.name;
        if (!perEngine.has(engine)) perEngine.set(engine, {passed: 0, failed: 0, ms: 0});
        const tally = perEngine.get(engine);
        if (session.testResults) count(tally, session.testResults, engine, '');
        if (!session.passed && session.errors?.length) tally.failed++;
      }
    },
    async stop() {
      process.on('exit', () => {
        const top = Number(process.env.SLOW_TESTS);
        if (top) {
          console.log(`\nSlowest tests:`);
          for (const {ms, name} of slow.sort((a, b) => b.ms - a.ms).slice(0, top)) console.log(`  ${ms} ms  ${name}`);
        }
        const tallies = [...perEngine.values()];
        const sum = (key) => tallies.reduce((total, tally) => total + tally[key], 0);
        const each = [...perEngine]
          .map(
            ([engine, t]) => `${engine} ${t.passed}/${t.passed + t.failed} in ${(t.ms / 1000).toFixed(0)} s of tests`,
          )
          .join(', ');
        console.log(`\nEngines: ${engineVersions(engines)}. ${each}.`);
        console.log(`\n${sum('passed')} passed, ${sum('failed')} failed`);
      });
    },
  };
}

/** The policy of a strict site, plus the one Trusted Types policy Lit creates. */
export const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

const networkLogs = new Map();

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

export default {
  rootDir: '.',
  nodeResolve: {exportConditions: ['development']},
  plugins: [
    // Tests cannot list a folder over HTTP; this tells them which XLIFF files exist.
    {
      name: 'list-locales',
      serve: (context) =>
        context.path === '/__xliff-files.json'
          ? {body: JSON.stringify(readdirSync('locales')), type: 'json'}
          : undefined,
    },
    // The React test app, bundled the way a React project's bundler would.
    {
      name: 'react-app',
      async serve(context) {
        if (context.path !== '/test/react/app.bundle.js') return undefined;
        const result = await build({
          entryPoints: ['test/react/app.tsx'],
          bundle: true,
          format: 'esm',
          write: false,
          define: {'process.env.NODE_ENV': '"development"'},
          logLevel: 'silent',
        });
        return {body: result.outputFiles[0].text, type: 'js'};
      },
    },
    // The built dist/ with some chunks missing, for the test of a chunk that fails to load:
    // /__dist-without/nl+en/meta-ai-optout.js is dist/ where locales/nl.js and en.js 404.
    {
      name: 'dist-without',
      serve(context) {
        const match = context.path.match(/^\/__dist-without\/([\w+]+)\/([\w/.-]+\.js)$/);
        if (!match) return undefined;
        const [, missing, file] = match;
        const chunk = file.match(/^locales\/([\w-]+)\.js$/)?.[1];
        if (chunk && missing.split('+').includes(chunk)) return {status: 404, body: 'missing on purpose'};
        return {body: readFileSync(`dist/${file}`, 'utf8'), type: 'js'};
      },
    },
    // Which translations no longer match their English (scripts/translations.mjs):
    // of a locale's XLIFF file, or of XLIFF text the test passes in.
    {
      name: 'stale-translations',
      executeCommand({command, payload}) {
        if (command !== 'stale-translations') return undefined;
        return staleIds(payload.xliff ?? readFileSync(`locales/${payload.locale}.xlf`, 'utf8'));
      },
    },
    // The zone a time-zone group's browser was started in, so the tests can check that
    // the engine really honours TZ (a browser that ignores it would pass as Amsterdam).
    {
      name: 'time-zone-group',
      executeCommand: ({command, session}) => (command === 'time-zone-group' ? session.group.name : undefined),
    },
    // What `npm pack` would publish, for the package test.
    {
      name: 'npm-pack',
      executeCommand({command}) {
        if (command !== 'npm-pack') return undefined;
        const [report] = JSON.parse(
          execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {encoding: 'utf8'}),
        );
        return report.files.map((file) => file.path);
      },
    },
    // The command line (bin/meta-ai-optout.mjs), as a script would run it: its stdout,
    // stderr and exit code for the flags the test passes.
    {
      name: 'snippet-cli',
      executeCommand({command, payload}) {
        if (command !== 'snippet-cli') return undefined;
        const run = spawnSync(process.execPath, ['bin/meta-ai-optout.mjs', ...payload.args], {encoding: 'utf8'});
        return {stdout: run.stdout, stderr: run.stderr, status: run.status};
      },
    },
    // A Dutch article with the prerendered snippet (dist/snippet.js) between its
    // paragraphs: /__snippet/page.html?options=<JSON of createSnippet's options>, with
    // `slow=<entry ms>-<chunk ms>` to hold the script, and the language chunk and stylesheet, back, and
    // `csp=strict` for the strict site's header plus the hash the release publishes.
    // The files come from /__slow/<entry ms>-<chunk ms>[-<any number>]/dist/, which waits, then serves dist/.
    {
      name: 'snippet-pages',
      async serve(context) {
        const slow = context.path.match(/^\/__slow\/(\d+)-(\d+)(?:-\d+)?\/dist\/([\w/.-]+\.(js|css))$/);
        if (slow) {
          const [, entryMs, chunkMs, file, ext] = slow;
          await new Promise((resolve) =>
            setTimeout(resolve, Number(file.endsWith('.css') || file.startsWith('locales/') ? chunkMs : entryMs)),
          );
          return {body: readFileSync(`dist/${file}`, 'utf8'), type: ext};
        }
        if (context.path !== '/__snippet/page.html') return undefined;
        const params = context.URL.searchParams;
        const {createSnippet} = await import('./dist/snippet.js');
        const release = JSON.parse(readFileSync('dist/integrity.json', 'utf8'));
        const options = {
          base: `/__slow/${params.get('slow') ?? '0-0'}/dist/`,
          ...JSON.parse(params.get('options') ?? '{}'),
        };
        const {html} = createSnippet(options);
        const paragraph = (n) => `<p>${'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(n)}</p>`;
        const body = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Snippet</title>
<script src="/test/fixtures/record-violations.js"></script><script src="/test/fixtures/record-shifts.js"></script></head>
<body><h1>Artikel</h1>${paragraph(3)}
${html}
${Array.from({length: 8}, () => paragraph(6)).join('\n')}</body></html>`;
        const policies = {
          self: STRICT_CSP,
          strict: STRICT_CSP.replace("style-src 'self'", `style-src 'self' '${release.inlineStyle}'`),
        };
        const policy = policies[params.get('csp')];
        const headers = policy ? {'content-security-policy': policy} : {};
        return {body, type: 'html', headers};
      },
    },
    // The strict page of the CSP test is served with the header a strict site sends.
    {
      name: 'strict-csp',
      transform(context) {
        if (context.path === '/test/fixtures/strict-csp.html')
          return {headers: {'content-security-policy': STRICT_CSP}};
        // A page that also uses Lit: both copies create the 'lit-html' policy.
        if (context.path === '/test/fixtures/strict-csp-host-lit.html') {
          return {headers: {'content-security-policy': `${STRICT_CSP} 'allow-duplicates'`}};
        }
        return undefined;
      },
    },
    // Every request the browser makes from a test's iframes, seen by the browser itself
    // over puppeteer (Chromium's CDP, Firefox's BiDi). False in WebKit, whose WebDriver
    // has no network events: the test reads the page's Resource Timing there instead.
    {
      name: 'network-log',
      executeCommand({command, session}) {
        if (command !== 'network-log') return undefined;
        if (typeof session.browser.getPage !== 'function') return false;
        const page = session.browser.getPage(session.id);
        if (!networkLogs.has(session.id)) {
          const log = [];
          networkLogs.set(session.id, log);
          page.on('request', (request) => {
            if (request.frame() !== page.mainFrame()) log.push(request.url());
          });
        }
        return networkLogs.get(session.id);
      },
    },
    // The browser's default font size, as a visitor who chose larger text (the layout test).
    // Chromium only (its own protocol); elsewhere false, and the test says what it ran.
    {
      name: 'default-font-size',
      async executeCommand({command, payload, session}) {
        if (command !== 'default-font-size') return undefined;
        if (session.browser.type !== 'puppeteer' || session.browser.name === 'Firefox') return false;
        const page = session.browser.getPage(session.id);
        const client = await page.createCDPSession();
        await client.send('Page.setFontSizes', {fontSizes: {standard: payload.size}});
        return true;
      },
    },
    esbuildPlugin({ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url))}),
  ],
  files: ['test/**/*.test.ts', '!test/time-zones/**'],
  groups: TIME_ZONES.map((timeZone) => ({
    name: timeZone,
    files: 'test/time-zones/*.test.ts',
    // Chromium and Firefox in every zone; WebKit's launches cost more (a driver, a
    // display), so it runs the zones whose dates are written out by hand.
    browsers: browsersIn(timeZone, HAND_CHECKED_ZONES.includes(timeZone) ? undefined : ['chromium', 'firefox']),
  })),
  browsers: browsersIn('Europe/Amsterdam'),
  concurrency: 2,
  // The layout test renders some 35,000 widgets: a few minutes on a busy two-core machine.
  testsFinishTimeout: 300000,
  testFramework: {config: {timeout: 10000}},
  reporters: [defaultReporter(), countingReporter()],
};
