/** Runs axe-core on an element (shadow DOM included) against WCAG 2.2 A and AA. */
import 'axe-core/axe.min.js';
import {expect} from '@open-wc/testing';

declare const axe: typeof import('axe-core');

export async function expectAccessible(context: Element): Promise<void> {
  const {violations} = await axe.run(context, {
    runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']},
    // The widget is embedded in a page: landmarks and the page's own h1 are the page's business.
    rules: {region: {enabled: false}, 'page-has-heading-one': {enabled: false}, 'landmark-one-main': {enabled: false}},
  });
  const summary = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
  expect(summary).to.deep.equal([]);
}
