/**
 * The reporter of the whole run, beside @web/test-runner's own.
 */
import {engineVersions} from '../../scripts/browsers.mjs';

/**
 * Ends the run with the bare "N passed, N failed" line CI reads, over every engine,
 * after one line of which engines ran and what each counted. A test file that failed
 * to load counts as one failed test, so a syntax error cannot pass silently.
 * SLOW_TESTS=10 also lists the ten slowest tests, for sizing timeouts.
 */
export function countingReporter(engines) {
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
