/**
 * The part of LitElement this widget uses, on Lit's own render(): a shadow root with
 * one stylesheet shared by every instance, and re-renders folded into one microtask.
 *
 * Why not LitElement itself: most of it is ReactiveElement's property layer (type
 * converters, reflection, decorator metadata, controllers), and leaving it out was the
 * largest saving in the entry every visitor downloads (issue 6; `npm run size` and the
 * benchmark give the sizes). The widget needs none of it: its every input is a string
 * attribute, so, as for built-in elements, the attributes are the state and its
 * properties read and write them.
 */
import {render, type TemplateResult} from 'lit/html.js';

/** What can hold the focus in the widget: its links and its disclosures' summaries. */
const FOCUSABLE = 'a[href], summary';

export abstract class RenderingElement extends HTMLElement {
  #updateComplete = Promise.resolve();
  #updatePending = false;
  /**
   * True while the shadow root still holds what the page's HTML put there: a
   * declarative shadow root (`<template shadowrootmode="open">`, the prerendered
   * snippet), painted before any script ran.
   */
  #prerendered: boolean;

  constructor(styles: CSSStyleSheet) {
    super();
    // attachShadow() on an element the parser gave a declarative root returns that
    // root emptied: the reader would see the widget vanish until the first render.
    // So the root is kept, children and all, until render() has something to put in
    // their place, and they go in the same task as that render (no paint between).
    const root = this.shadowRoot ?? this.attachShadow({mode: 'open'});
    this.#prerendered = root.childNodes.length > 0;
    root.adoptedStyleSheets = [styles];
  }

  /** True until the first render has replaced a prerendered shadow root. */
  protected get prerendered(): boolean {
    return this.#prerendered;
  }

  connectedCallback(): void {
    this.requestUpdate();
  }

  /** Settles after the next render, for tests and scripts that read the shadow DOM. */
  get updateComplete(): Promise<void> {
    return this.#updateComplete;
  }

  /** Renders again in a microtask; calls before then share that one render. */
  requestUpdate(): void {
    if (this.#updatePending) return;
    this.#updatePending = true;
    this.#updateComplete = Promise.resolve().then(() => {
      this.#updatePending = false;
      // A widget off the page renders when it is connected again.
      if (!this.isConnected) return;
      this.willRender();
      const template = this.render();
      if (template === undefined) return;
      const root = this.shadowRoot!;
      if (!this.#prerendered) {
        render(template, root);
        return;
      }
      // What the reader did in the prerender before the script came (a disclosure
      // opened, a link reached by Tab) carries over to the same place in the render:
      // the markup is the same, so the n-th one is the same one.
      this.#prerendered = false;
      const open = [...root.querySelectorAll('details')].map((details) => details.open);
      const focused = [...root.querySelectorAll(FOCUSABLE)].indexOf(root.activeElement!);
      root.replaceChildren();
      render(template, root);
      root.querySelectorAll('details').forEach((details, i) => (details.open = open[i]));
      root.querySelectorAll<HTMLElement>(FOCUSABLE)[focused]?.focus();
    });
  }

  /** What must happen before each render, so that render() itself only renders. */
  protected willRender(): void {}

  /** The shadow root's content; undefined keeps a prerendered root as it is, for now. */
  protected abstract render(): TemplateResult | undefined;
}

/**
 * Constructable stylesheets: Chrome 73, Firefox 101, Safari 16.4. Without them the
 * entry does not define the element (src/index.ts), so a page keeps the fallback
 * content inside it, and nothing throws: `new CSSStyleSheet()` would.
 */
export const canRender = typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype;

/**
 * A stylesheet the shadow roots of every instance share (and parse once). Where
 * `canRender` is false it is never built nor read: no widget is ever constructed.
 */
export function stylesheet(cssText: string): CSSStyleSheet {
  const sheet = canRender ? new CSSStyleSheet() : (undefined as never);
  sheet?.replaceSync(cssText);
  return sheet;
}
