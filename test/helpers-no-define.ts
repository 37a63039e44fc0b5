/** The helpers, for files that must define the element themselves, later. */
import type {MetaAiOptout} from '../src/meta-ai-optout.js';

/**
 * Resolves once `el` shows its content. The limit only turns a widget that never
 * renders into a clear message before mocha's 10 s, however busy the machine.
 */
export async function ready(el: Element, timeout = 8000): Promise<void> {
  const start = performance.now();
  const widget = el as MetaAiOptout;
  while (!widget.shadowRoot?.querySelector('.base')) {
    if (performance.now() - start > timeout) throw new Error('widget never became ready');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  await widget.updateComplete;
}

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string): T =>
  el.shadowRoot!.querySelector<T>(selector)!;
