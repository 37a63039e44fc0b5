/**
 * The widget in a test: defining it, mounting it, waiting for it, and reading its
 * shadow DOM through its public parts. Importing this module does nothing; a test
 * file calls `before(defineElement)` and `afterEach(fixtureCleanup)` itself.
 */
import {fixture, fixtureCleanup as openWcCleanup} from '@open-wc/testing';
import {render, type TemplateResult} from 'lit';
import type {MetaAiOptout} from '../../src/meta-ai-optout.js';
import {until} from './wait.js';

/** Registers <meta-ai-optout> the way a page does: by loading the entry. */
export async function defineElement(): Promise<void> {
  await import('../../src/index.js');
}

/**
 * Resolves once `el` shows its content rather than its fallback, in `lang` when
 * given, and has finished rendering.
 */
export async function widgetReady<T extends Element>(el: T, lang?: string): Promise<T> {
  await until(
    () => {
      const base = el.shadowRoot?.querySelector('[part~=base]');
      return base && (lang === undefined || base.getAttribute('lang') === lang);
    },
    `the widget to render${lang ? ` in ${lang}` : ''}`,
  );
  await (el as unknown as MetaAiOptout).updateComplete;
  return el;
}

/** Mounts a widget and waits until it shows its content. */
export async function mount(template: TemplateResult): Promise<MetaAiOptout> {
  return widgetReady(await fixture<MetaAiOptout>(template));
}

const placed: HTMLElement[] = [];

/**
 * Renders `template` into a fresh box in the page, removed by `fixtureCleanup()`. (The
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

/** Removes what `mount()` and `place()` put in the page. */
export function fixtureCleanup(): void {
  openWcCleanup();
  for (const box of placed.splice(0)) box.remove();
}

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string): T =>
  el.shadowRoot!.querySelector<T>(selector)!;

export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string): T[] => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];

/** Text of a node, whitespace folded. */
export const textOf = (node: Node | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Visible text of the widget, or of one of its parts, whitespace folded. */
export const text = (el: Element, selector = '[part~=base]'): string => textOf($(el, selector));

/** The first line of the status: the time left, or that objecting still works. */
export const HEADLINE = '[part~=status] strong';

/** Body text: an item of the explanation (for its type and colours). */
export const BODY_TEXT = '[part~=explainer] li';

/** The explanation's disclosure, in the layouts that fold it away. */
export const EXPLANATION_DISCLOSURE = '[part~=disclosure]:has([part~=explainer])';
