/** Runs axe-core on an element (shadow DOM included) against WCAG 2.2 A and AA. */
import 'axe-core/axe.min.js';
import {expect} from '@open-wc/testing';

declare const axe: typeof import('axe-core');

type Axe = typeof import('axe-core');

/** Puts axe-core into another window (an iframe), whose elements our copy cannot audit. */
export async function axeIn(win: Window): Promise<Axe> {
  const existing = (win as unknown as {axe?: Axe}).axe;
  if (existing) return existing;
  const script = win.document.createElement('script');
  script.src = '/node_modules/axe-core/axe.min.js';
  const loaded = new Promise((resolve) => script.addEventListener('load', resolve, {once: true}));
  win.document.head.append(script);
  await loaded;
  return (win as unknown as {axe: Axe}).axe;
}

export async function expectAccessible(context: Element, engine: Axe = axe): Promise<void> {
  const {violations} = await engine.run(context, {
    runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']},
    // The widget is embedded in a page: landmarks and the page's own h1 are the page's business.
    rules: {region: {enabled: false}, 'page-has-heading-one': {enabled: false}, 'landmark-one-main': {enabled: false}},
  });
  const summary = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
  expect(summary).to.deep.equal([]);
}
