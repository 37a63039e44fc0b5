/** Helpers for tests that load a whole page in an iframe, as a site would. */
import {expect} from '@open-wc/testing';

/** Loads `src` in a fresh iframe and resolves with its window once loaded. */
export function openPage(src: string, width = 800): Promise<Window> {
  const frame = document.createElement('iframe');
  frame.src = src;
  frame.style.width = `${width}px`;
  frame.style.height = '1200px';
  document.body.append(frame);
  return new Promise((resolve) => frame.addEventListener('load', () => resolve(frame.contentWindow!), {once: true}));
}

/**
 * The page's first widget, once it shows its content: within 8 s, a clear failure
 * before mocha's 10 s, whatever else the machine is doing.
 */
export async function widgetIn(win: Window): Promise<HTMLElement> {
  const el = await until(
    () => {
      const widget = win.document.querySelector<HTMLElement>('meta-ai-optout');
      return widget?.shadowRoot?.querySelector('.base') && widget;
    },
    'the widget to render',
    8000,
  );
  expect(el.shadowRoot!.querySelector('.base'), 'widget rendered').to.exist;
  return el;
}

/** Resolves with `check()` once it is truthy; fails with `what` after `timeout` ms. */
export async function until<T>(
  check: () => T | null | undefined | false | Promise<T | null | undefined | false>,
  what: string,
  timeout = 5000,
): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = await check();
    if (value) return value;
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
