import {chromeLauncher} from '@web/test-runner-chrome';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {defaultReporter} from '@web/test-runner';
import {execFileSync} from 'node:child_process';
import {readdirSync, readFileSync} from 'node:fs';
import {build} from 'esbuild';
import {fileURLToPath} from 'node:url';
import {chromiumPath, CHROMIUM_ARGS} from './scripts/browser.mjs';
import {staleIds} from './scripts/translations.mjs';

const executablePath = chromiumPath();

/** A Chromium whose clock runs in `timeZone` (the browser honours TZ on Linux). */
const chromium = (timeZone) =>
  chromeLauncher({
    launchOptions: {
      executablePath,
      headless: true,
      args: CHROMIUM_ARGS,
      env: {...process.env, TZ: timeZone},
    },
  });

/**
 * Ends the run with the bare "N passed, N failed" line CI reads. A test file that
 * failed to load counts as one failed test, so a syntax error cannot pass silently.
 */
function countingReporter() {
  let passed = 0;
  let failed = 0;
  const count = (suite) => {
    for (const test of suite.tests) {
      if (test.skipped) continue;
      test.passed ? passed++ : failed++;
    }
    for (const child of suite.suites) count(child);
  };
  return {
    onTestRunFinished({sessions}) {
      for (const session of sessions) {
        if (session.testResults) count(session.testResults);
        if (!session.passed && session.errors?.length) failed++;
      }
    },
    async stop() {
      process.on('exit', () => console.log(`\n${passed} passed, ${failed} failed`));
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
    // Every request the browser makes from a test's iframes, seen by Chromium itself.
    {
      name: 'network-log',
      executeCommand({command, session}) {
        if (command !== 'network-log') return undefined;
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
    {
      name: 'default-font-size',
      async executeCommand({command, payload, session}) {
        if (command !== 'default-font-size') return undefined;
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
    browsers: [chromium(timeZone)],
  })),
  browsers: [chromium('Europe/Amsterdam')],
  concurrency: 2,
  // The layout test renders some 35,000 widgets: a few minutes on a busy two-core machine.
  testsFinishTimeout: 300000,
  testFramework: {config: {timeout: 10000}},
  reporters: [defaultReporter(), countingReporter()],
};
