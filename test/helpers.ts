/** Shared test helpers: mounting, warnings, shadow-DOM queries, axe. */
import {fixture} from '@open-wc/testing';
import {render, type TemplateResult} from 'lit';
import type {MetaAiOptout} from '../src/meta-ai-optout.js';
import '../src/index.js';

/** Mounts a widget and waits until it shows its real content (its locale loaded). */
export async function mount(template: TemplateResult): Promise<MetaAiOptout> {
  const el = await fixture<MetaAiOptout>(template);
  await ready(el);
  return el;
}

export {ready, $} from './helpers-no-define.js';
import {ready, $} from './helpers-no-define.js';

export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string): T[] => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];

/** Visible text of the widget, whitespace folded. */
export const text = (el: Element, selector = '.base'): string =>
  ($(el, selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Records console.warn calls (without printing them) until `restore()`. */
export function captureWarnings() {
  const original = console.warn;
  const warnings: string[] = [];
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  return {warnings, restore: () => (console.warn = original)};
}

/**
 * Test pages run in background tabs, where `document.hidden` is true and the widgets'
 * clock rightly sleeps. This makes the page report `state` and tells listeners.
 */
export function simulateVisibility(state: 'visible' | 'hidden'): void {
  Object.defineProperty(document, 'hidden', {configurable: true, get: () => state === 'hidden'});
  Object.defineProperty(document, 'visibilityState', {configurable: true, get: () => state});
  document.dispatchEvent(new Event('visibilitychange'));
}

const placed: HTMLElement[] = [];

/**
 * Renders `template` into a fresh box in the page, removed after the test. (The
 * open-wc `fixture` waits for an animation frame for plain elements, and background
 * test tabs get none.)
 */
export function place(template: TemplateResult): HTMLElement {
  const box = document.createElement('div');
  document.body.append(box);
  render(template, box);
  placed.push(box);
  return box;
}

afterEach(() => {
  for (const box of placed.splice(0)) box.remove();
});
