/** Waiting for the page to reach a state, with a message that says what never came. */

/**
 * Resolves with `check()` once it is truthy; fails with `what` after `timeout` ms. The
 * default limit turns a state that never comes into a clear message before mocha's
 * own 10 s, however busy the machine.
 */
export async function until<T>(
  check: () => T | null | undefined | false | Promise<T | null | undefined | false>,
  what: string,
  timeout = 8000,
): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = await check();
    if (value) return value;
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
