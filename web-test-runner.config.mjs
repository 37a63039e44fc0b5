import {chromeLauncher} from '@web/test-runner-chrome';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {defaultReporter} from '@web/test-runner';
import {readdirSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {chromiumPath, CHROMIUM_ARGS} from './scripts/browser.mjs';

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

// The countdown is exact time, but the dates shown depend on the zone: these run
// in a zone west of UTC, one east, and one across the date line.
const TIME_ZONES = ['Europe/Amsterdam', 'America/New_York', 'Pacific/Kiritimati', 'Pacific/Honolulu'];

export default {
  rootDir: '.',
  nodeResolve: {exportConditions: ['development']},
  plugins: [
    // Tests cannot list a folder over HTTP; this tells them which XLIFF files exist.
    {
      name: 'list-locales',
      serve: (context) =>
        context.path === '/__xliff-files.json' ? {body: JSON.stringify(readdirSync('locales')), type: 'json'} : undefined,
    },
    esbuildPlugin({ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url))})],
  files: ['test/**/*.test.ts', '!test/time-zones/**'],
  groups: TIME_ZONES.map((timeZone) => ({
    name: timeZone,
    files: 'test/time-zones/*.test.ts',
    browsers: [chromium(timeZone)],
  })),
  browsers: [chromium('Europe/Amsterdam')],
  concurrency: 2,
  testFramework: {config: {timeout: 10000}},
  reporters: [defaultReporter(), countingReporter()],
};
