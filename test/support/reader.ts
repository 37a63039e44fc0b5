/**
 * What a reader gets of an article page that holds the widget, with JavaScript or
 * without (test/cms.test.ts, test/wordpress-plugin.test.ts):
 *
 * - whole: the widget, styled, its form links working, nothing of it shown twice;
 * - readable: no widget, but a short text and each form link once, and nothing a CMS
 *   broke on the way: no CSS or markup shown as text, no empty or unnamed disclosure;
 * - broken: anything else.
 */
import {DEFAULT_PLATFORMS, FORM_URLS} from '../../src/facts.js';
import {openFrame} from './page.js';
import {until} from './wait.js';

export type Verdict = 'whole' | 'readable' | 'broken';

/** The forms every page read here links, each once: the snippet's and the plugin's defaults. */
const FORMS = DEFAULT_PLATFORMS.map((platform) => FORM_URLS[platform]);

const BEFORE = 'Voor het artikel.';
const AFTER = 'Na het artikel.';

/** An article around `html`, with the markers the reading counts words between. */
export const article = (html: string) => `<p>${BEFORE}</p>${html}<p>${AFTER}</p>`;
const pageOf = (body: string) =>
  `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Artikel</title></head><body><main>${body}</main></body></html>`;

/** Every element of `doc`, its open shadow roots' included. */
function* allElements(root: Document | ShadowRoot): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* allElements(element.shadowRoot);
  }
}

const visible = (element: Element) => element.getClientRects().length > 0 && element.getBoundingClientRect().width > 0;

/** Whether `element` or an ancestor clips it to nothing (height 0, overflow hidden). */
function clippedAway(element: Element | null): boolean {
  for (let at = element; at; at = at.parentElement) {
    const style = getComputedStyle(at);
    if (style.overflow === 'hidden' && at.getBoundingClientRect().height === 0) return true;
  }
  return false;
}

/**
 * The text a sighted reader gets between the article's markers, the widget's light DOM
 * included: innerText, which leaves out what is not rendered (display: none) but keeps
 * what is clipped to nothing.
 */
function textBetweenMarkers(doc: Document): string {
  const text = doc.body.innerText;
  return text.slice(text.indexOf(BEFORE) + BEFORE.length, text.indexOf(AFTER));
}

/**
 * The text nodes between the article's markers, in document order: the same stretch
 * of the page as textBetweenMarkers. A marker is the whole text of its paragraph, as
 * article() writes it.
 */
function textNodesBetweenMarkers(doc: Document): Text[] {
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  let inside = false;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const text = node.textContent.trim();
    if (!inside) inside = text === BEFORE;
    else if (text === AFTER) break;
    else nodes.push(node);
  }
  return nodes;
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * The words of `between` (textBetweenMarkers) a sighted reader sees: innerText counts
 * the words of a box clipped to nothing, so those of the same stretch are taken off.
 */
function visibleWords(doc: Document, between: string): number {
  const clipped = textNodesBetweenMarkers(doc).filter((node) => clippedAway(node.parentElement));
  return wordCount(between) - clipped.reduce((sum, node) => sum + wordCount(node.textContent), 0);
}

export interface Reading {
  verdict: Verdict;
  why: string[];
  /** What the pipeline took that the markup cannot put back: noted, not a failure. */
  notes: string[];
  words: number;
}

/** What the reader of `doc` gets (see the file's header). */
function read(doc: Document): Reading {
  const why: string[] = [];
  const links = [...allElements(doc)].filter(
    (element): element is HTMLAnchorElement =>
      element instanceof (element.ownerDocument.defaultView as typeof window).HTMLAnchorElement &&
      FORMS.includes(element.href) &&
      visible(element),
  );
  for (const href of FORMS) {
    const count = links.filter((link) => link.href === href).length;
    if (count !== 1) why.push(`${count} visible links to ${href}`);
  }
  const notes = links.some((link) => !/\bnoreferrer\b/.test(link.rel) && link.referrerPolicy !== 'no-referrer')
    ? ['rel and referrerpolicy stripped: a click sends the referrer']
    : [];
  const between = textBetweenMarkers(doc);
  if (/--meta-ai-optout|:host|\{[^}]*:[^}]*\}/.test(between)) why.push('CSS shown as text');
  if (/<\/?[a-z][\w-]*[\s>]|&[#\w]+;/i.test(between)) why.push('markup shown as text');
  // wptexturize's en and em dashes: the widget's own text has none.
  if (/[\u2013\u2014]/.test(between)) why.push('dashes rewritten');
  for (const details of allElements(doc))
    if (details.localName === 'details' && visible(details)) {
      const summary = details.querySelector(':scope > summary');
      if (!summary || !summary.textContent.trim()) why.push('a disclosure without its name ("Details")');
      else if (details.textContent.trim() === summary.textContent.trim()) why.push('an empty disclosure');
    }
  const words = visibleWords(doc, between);
  const widget = doc.querySelector('meta-ai-optout');
  const base = widget?.shadowRoot?.querySelector('[part~=base]');
  const button = widget?.shadowRoot?.querySelector('a.link');
  // Styled: the form links are buttons (a box of their own), not underlined text.
  const styled = !!button && getComputedStyle(button).display !== 'inline' && visible(base!);
  const whole = styled && links.every((link) => link.getRootNode() === widget!.shadowRoot);
  if (whole && why.length === 0) return {verdict: 'whole', why, notes, words};
  if (styled && !whole) why.push('the widget and its fallback both shown');
  if (!styled && base && visible(base)) why.push('the widget unstyled');
  // No more than the widget itself shows with its topics folded (some 250 words of
  // Dutch): a stripped template once left 550 to 735, every topic and link twice.
  if (words > 300) why.push(`${words} words of the widget as article text`);
  return {verdict: why.length === 0 ? 'readable' : 'broken', why, notes, words};
}

/** Loads a pipeline's page in a frame, with or without scripts, and reads it once settled. */
export async function readPage(
  page: {path: string} | {html: string},
  js: boolean,
): Promise<Reading & {shift?: number}> {
  const frame = await openFrame((f) => {
    if (!js) f.sandbox.add('allow-same-origin'); // readable from here; scripts stay off
    if ('path' in page) f.src = page.path;
    else f.srcdoc = pageOf(page.html);
  }, 800);
  const doc = frame.contentDocument!;
  if (js && doc.querySelector('meta-ai-optout')) {
    // Upgraded, or given up: a widget whose script a pipeline removed never will be.
    await until(
      () =>
        !doc.querySelector('script[src*="meta-ai-optout"]') ||
        doc.querySelector('meta-ai-optout')!.shadowRoot?.querySelector('[part~=base] a.link[href]')?.isConnected,
      'the widget to render',
    ).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  return {...read(doc), shift: await layoutShift(frame.contentWindow!)};
}

/**
 * The page's layout shift so far (its CLS, as one session), where the engine reports
 * shifts (Chromium); undefined elsewhere.
 */
async function layoutShift(win: Window): Promise<number | undefined> {
  const Observer = (win as unknown as typeof globalThis).PerformanceObserver;
  if (!Observer?.supportedEntryTypes.includes('layout-shift')) return undefined;
  return new Promise((resolve) => {
    const observer = new Observer((list) => {
      observer.disconnect();
      resolve(list.getEntries().reduce((sum, entry) => sum + (entry as unknown as {value: number}).value, 0));
    });
    observer.observe({type: 'layout-shift', buffered: true});
    setTimeout(() => resolve(0), 200);
  });
}
