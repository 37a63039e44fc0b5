/**
 * Bad input, fuzzed: random and adversarial values in every attribute never throw,
 * never render markup or a URL outside the allowed set, always leave a valid
 * widget, and each refusal is one warning that names the attribute.
 */
import {expect, fixture, html} from '@open-wc/testing';
import fc from 'fast-check';
import {ATTRIBUTES, parseHttpsUrl, type Attribute, type AttributeName} from '../src/attributes.js';
import {FORM_URLS} from '../src/facts.js';
import type {MetaAiOptout} from '../src/meta-ai-optout.js';
import {defineElement, fixtureCleanup, widgetReady} from './support/widget.js';
import {captureWarnings} from './support/console.js';

before(defineElement);
afterEach(fixtureCleanup);

const NASTY = [
  '',
  ' ',
  '<img src=x onerror=alert(1)>',
  '"><script>alert(1)</script>',
  'javascript:alert(1)',
  ' JAVASCRIPT:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  '//evil.example/',
  'http://example.org/',
  'https://example.org/"><img src=x>',
  'https://user:pass@example.org/',
  'https://example.org/\u202e\u200f',
  '\u0000\u0001\u001f\u007f',
  '\u202eevil',
  '💣🔥👩‍👩‍👧‍👦',
  'x'.repeat(100_000),
  '+275760-09-13T00:00:00Z',
  '-271821-04-20T00:00:00Z',
  '9999-12-31T23:59:59Z',
  '0000-01-01T00:00:00Z',
  '2025-02-30T00:00:00Z',
  '2025-05-27T00:00:00+25:00',
  'NaN',
  'Infinity',
  '-1',
  '1e3',
  '3.0',
  'facebook facebook',
  'FACEBOOK\ninstagram',
  'whatsapp tiktok',
  // Every keyword, so the valid values are tried too (a new variant among them).
  ...Object.values(ATTRIBUTES).flatMap((attribute: Attribute<unknown>) => attribute.keywords ?? []),
  '2025-05-27T00:00:00+02:00',
  'https://example.org/ok',
];

const value = fc.oneof(
  fc.constantFrom(...NASTY),
  fc.string({maxLength: 40}),
  fc.string({unit: 'grapheme', maxLength: 20}),
  fc.webUrl(),
  fc.date({noInvalidDate: true}).map((d) => d.toISOString()),
  fc.integer({min: -10, max: 10}).map(String),
);

// Every attribute of the widget's own table, judged by its own parser, to know what it must refuse.
const NAMES = Object.keys(ATTRIBUTES) as AttributeName[];

const ALLOWED_TAGS = new Set([
  'SECTION',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'P',
  'STRONG',
  'TIME',
  'UL',
  'LI',
  'A',
  'SLOT',
  'DIV',
  'DETAILS',
  'SUMMARY',
  'FOOTER',
]);

describe('fuzzed attributes', () => {
  it('never break the widget, never render markup or a foreign URL, and always warn by name', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    let runs = 0;
    try {
      await fc.assert(
        fc.asyncProperty(
          fc.dictionary(fc.constantFrom(...NAMES), value, {minKeys: 1, maxKeys: 5}),
          async (attributes) => {
            runs++;
            const capture = captureWarnings();
            try {
              const el = await fixture<MetaAiOptout>(html`<meta-ai-optout lang="en"></meta-ai-optout>`);
              for (const [name, v] of Object.entries(attributes)) el.setAttribute(name, v);
              await widgetReady(el);
              const root = el.shadowRoot!;

              for (const node of root.querySelectorAll('*'))
                expect(ALLOWED_TAGS.has(node.tagName), node.tagName).to.equal(true);

              const allowed = new Set<string>(Object.values(FORM_URLS));
              for (const [name, v] of Object.entries(attributes)) {
                const parsed = parseHttpsUrl(v);
                if (name.endsWith('-href') && parsed.ok) allowed.add(parsed.value);
              }
              for (const a of root.querySelectorAll('a')) {
                expect(a.protocol).to.equal('https:');
                expect(allowed.has(a.getAttribute('href')!), a.getAttribute('href')!).to.equal(true);
              }

              expect(['countdown', 'passed']).to.include(el.getAttribute('phase'));
              expect(root.querySelectorAll('[part~=link]').length).to.be.within(1, 3);

              for (const [name, v] of Object.entries(attributes) as [AttributeName, string][]) {
                const {parse, fallbackText}: Attribute<unknown> = ATTRIBUTES[name];
                const refused = !parse(v).ok;
                const named = capture.warnings.filter((w) => w.startsWith(`<meta-ai-optout>: ignored ${name}=`));
                const what = `${name}=${JSON.stringify(v.slice(0, 40))}`;
                expect(named.length, what).to.equal(refused ? 1 : 0);
                if (refused) expect(named[0], what).to.have.string(`. Using ${fallbackText}.`);
              }
              el.remove();
            } finally {
              capture.restore();
            }
          },
        ),
        {numRuns: 300, seed: 20261122},
      );
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
    expect(runs).to.equal(300);
  });

  it('random lang values fall back to a language the widget speaks', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.constantFrom('nl-BE', 'zz', 'en_US', '<b>', 'i-klingon', 'x-private', 'de-AT-u-ca-buddhist', ''),
          fc.string({maxLength: 12}),
        ),
        async (lang) => {
          const capture = captureWarnings();
          try {
            const el = await fixture<MetaAiOptout>(html`<meta-ai-optout lang=${lang}></meta-ai-optout>`);
            await widgetReady(el);
            expect(el.shadowRoot!.querySelector('[part~=base]')!.getAttribute('lang'))
              .to.be.a('string')
              .and.not.equal('');
            el.remove();
          } finally {
            capture.restore();
          }
        },
      ),
      {numRuns: 60, seed: 7},
    );
  });
});
