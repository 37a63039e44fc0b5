/** Shared test helpers: mounting, warnings, shadow-DOM queries, axe. */
import {fixture} from '@open-wc/testing';
import type {TemplateResult} from 'lit';
import type {MetaAiOptout} from '../src/meta-ai-optout.js';
import '../src/index.js';

/** Mounts a widget and waits until it shows its real content (its locale loaded). */
export async function mount(template: TemplateResult): Promise<MetaAiOptout> {
  const el = await fixture<MetaAiOptout>(template);
  await ready(el);
  return el;
}

/** Waits until `el` renders its content rather than its fallback slot. */
export async function ready(el: MetaAiOptout, timeout = 3000): Promise<void> {
  const start = performance.now();
  await el.updateComplete;
  while (!el.shadowRoot?.querySelector('.base')) {
    if (performance.now() - start > timeout) throw new Error('widget never became ready');
    await new Promise((resolve) => setTimeout(resolve, 10));
    await el.updateComplete;
  }
}

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string): T =>
  el.shadowRoot!.querySelector<T>(selector)!;

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
