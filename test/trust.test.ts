/**
 * Trustworthy on any host: privacy, a strict CSP with Trusted Types, hostile CSS, a
 * page with its own Lit, and accessibility in every state the widget has.
 */
import {expect, html} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import {axeIn, expectAccessible} from './support/axe.js';
import {SUPPORTED_LOCALES} from '../src/locales.js';
import {THEMES, VARIANTS} from '../src/attributes.js';
import {$, BODY_TEXT, defineElement, fixtureCleanup, mount} from './support/widget.js';
import {closePages, openPage, widgetIn} from './support/page.js';
import {until} from './support/wait.js';

before(defineElement);
afterEach(fixtureCleanup);
after(closePages);

describe('privacy, end to end', () => {
  it('requests only its own files, writes nothing, and links out without a referrer', async () => {
    const recording = (await executeServerCommand('network-log')) !== false; // starts recording
    const win = await openPage('/test/fixtures/plain-nl.html');
    const el = await widgetIn(win);
    const OWN_FILES = ['/test/fixtures/plain-nl.html', '/dist/meta-ai-optout.js', '/dist/locales/nl.js'];
    // Every request the page made, from the browser's protocol (Chromium, Firefox) or,
    // since WebKit's WebDriver has no network events, from the page's own Resource Timing.
    const requests = async () =>
      recording
        ? (await executeServerCommand<string[], undefined>('network-log')).map((url) => new URL(url))
        : [win.location.href, ...win.performance.getEntriesByType('resource').map((entry) => entry.name)].map(
            (url) => new URL(url),
          );
    // The log arrives from the browser's protocol at its own pace: wait until the
    // widget's files are in it, however busy the machine, then follow the rest of the
    // page's life for a moment: no late beacons either.
    await until(async () => {
      const seen = (await requests()).map((url) => url.pathname);
      return OWN_FILES.every((path) => seen.includes(path));
    }, "the widget's requests in the log");
    await new Promise((resolve) => setTimeout(resolve, 300));
    const all = await requests();
    const own = all.filter((url) => !url.pathname.startsWith('/__web-dev-server')); // the test server's reload socket
    // The entry twice: the page pastes the snippet twice, once with ?v=copy.
    expect(own.map((url) => url.pathname)).to.have.members([...OWN_FILES, '/dist/meta-ai-optout.js']);
    for (const url of all) expect(url.host).to.equal(location.host);

    expect(win.document.cookie).to.equal('');
    expect(win.localStorage.length + win.sessionStorage.length).to.equal(0);
    expect(await win.indexedDB.databases()).to.deep.equal([]);
    expect(await win.caches.keys()).to.deep.equal([]);
    expect(await win.navigator.serviceWorker.getRegistrations()).to.deep.equal([]);

    const links = [...el.shadowRoot!.querySelectorAll('a')];
    expect(links.length).to.be.greaterThan(0);
    for (const a of links) {
      expect(a.referrerPolicy, a.href).to.equal('no-referrer');
      expect(a.rel.split(' ')).to.include.members(['noopener', 'noreferrer']);
    }
  });
});

describe('strict Content-Security-Policy and Trusted Types', () => {
  let win: Window & {violations?: string[]};
  let el: HTMLElement;
  before(async () => {
    win = await openPage('/test/fixtures/strict-csp.html');
    el = await widgetIn(win);
  });

  it('renders French, styled, with the brand accent', () => {
    expect($(el, '[part~=base]').getAttribute('lang')).to.equal('fr');
    const link = $(el, '[part~=link-facebook]');
    expect(win.getComputedStyle(link).backgroundColor).to.equal('rgb(138, 15, 60)');
    expect(win.getComputedStyle($(el, '[part~=base]')).borderTopStyle).to.equal('solid');
  });

  it('causes no securitypolicyviolation', () => {
    // The test server's reload socket is blocked by connect-src; it is not the widget.
    expect((win.violations ?? []).filter((v) => !v.includes('ws:'))).to.deep.equal([]);
  });

  it('has no inline style attribute in its shadow root', () => {
    expect(el.shadowRoot!.querySelector('[style]')).to.equal(null);
  });

  it("works beside the page's own Lit with the README's 'allow-duplicates'", async () => {
    const page: Window & {violations?: string[]} = await openPage('/test/fixtures/strict-csp-host-lit.html');
    const widget = await widgetIn(page);
    expect($(widget, '[part~=base]').getAttribute('lang')).to.equal('fr');
    expect(page.document.querySelector('host-app')!.shadowRoot!.textContent).to.contain('host app');
    expect((page.violations ?? []).filter((v) => !v.includes('ws:'))).to.deep.equal([]);
  });
});

describe('a hostile host page', () => {
  let win: Window;
  let el: HTMLElement;
  before(async () => {
    win = await openPage('/test/fixtures/hostile.html', 360);
    el = await widgetIn(win);
  });

  const style = (selector: string) => win.getComputedStyle($(el, selector));

  it('keeps its own type: the visitor text size, no transform, no spacing tricks', () => {
    for (const selector of [BODY_TEXT, '[part~=heading]', '[part~=link-facebook]', '[part~=footer] p']) {
      const css = style(selector);
      expect(css.textTransform, selector).to.equal('none');
      expect(css.letterSpacing, selector).to.equal('normal');
      expect(css.wordSpacing, selector).to.equal('0px');
      expect(css.fontStyle, selector).to.equal('normal');
      expect(css.whiteSpace, selector).to.equal('normal');
    }
    expect(style(BODY_TEXT).fontSize).to.equal('16px');
    // The heading is a clear second to the status's hero (1.2em of the scale, not 1.375em).
    expect(Number.parseFloat(style('[part~=heading]').fontSize)).to.be.within(18, 26);
    expect(Number.parseFloat(style(BODY_TEXT).lineHeight)).to.be.within(20, 28);
  });

  it('inherits only the font family from the page', () => {
    expect(style(BODY_TEXT).fontFamily).to.contain('Courier New');
    expect(style(BODY_TEXT).color).to.equal('rgb(31, 31, 31)');
    // The page forces `right`; the widget's `start` is left in its left-to-right box,
    // which Firefox and WebKit report for a list item as "left".
    expect(style(BODY_TEXT).textAlign).to.be.oneOf(['start', 'left']);
  });

  it('keeps its links, headings and disclosures visible and styled', () => {
    const link = style('[part~=link-facebook]');
    expect(link.display).to.equal('inline-block');
    expect(link.textDecorationLine).to.equal('none');
    expect(link.backgroundColor).to.equal('rgb(11, 87, 208)');
    expect($(el, 'details summary').getBoundingClientRect().height).to.be.greaterThan(0);
    expect($(el, '[part~=heading]').getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('fits the 360 px page without overflowing', () => {
    const base = $(el, '[part~=base]');
    expect(base.scrollWidth).to.be.at.most(base.clientWidth);
  });

  it('lives beside the page’s own Lit app, loaded twice without an error', () => {
    const app = win.document.querySelector('host-app')!;
    expect(app.shadowRoot!.querySelector('#host-app')!.textContent).to.equal('host app');
    expect(win.customElements.get('meta-ai-optout')).to.exist;
  });
});

describe('accessibility in every state', () => {
  const PHASES = ['2025-05-14T19:00:00+02:00', '2026-11-22T12:00:00+01:00'];

  // Every variant × theme × phase in English, with every option switched on.
  for (const variant of VARIANTS) {
    for (const theme of THEMES) {
      it(`axe: ${variant}, ${theme}, both phases`, async () => {
        for (const now of PHASES) {
          const el = await mount(html`<meta-ai-optout lang="en" variant=${variant} theme=${theme} now=${now}
            platforms="facebook instagram whatsapp" more-info-href="https://example.org/"><p>Our message</p></meta-ai-optout>`);
          el.shadowRoot!.querySelectorAll('details').forEach((d) => (d.open = true));
          await expectAccessible(el);
          el.remove();
        }
      });
    }
  }

  // Every language × variant × phase; the theme changes colours only, checked above.
  for (const locale of SUPPORTED_LOCALES) {
    it(`axe: ${locale}, every variant, both phases`, async function () {
      // Six axe runs: on a loaded two-core machine WebKit needed more than mocha's 10 s.
      this.timeout(30000);
      for (const variant of VARIANTS) {
        for (const now of PHASES) {
          const el = await mount(
            html`<meta-ai-optout lang=${locale} variant=${variant} now=${now} platforms="facebook instagram whatsapp"></meta-ai-optout>`,
          );
          await expectAccessible(el);
          el.remove();
        }
      }
    });
  }

  it('a keyboard reaches every link and control, in reading order', async () => {
    const el = await mount(
      html`<meta-ai-optout lang="en" variant="compact" platforms="facebook instagram whatsapp" more-info-href="https://example.org/"></meta-ai-optout>`,
    );
    el.shadowRoot!.querySelectorAll('details').forEach((d) => (d.open = true));
    // Those on screen: a folded topic's disclosure is display: none where topics sit side
    // by side, so it is no tab stop there (the accessibility tree test in element.test.ts).
    const focusable = [...el.shadowRoot!.querySelectorAll<HTMLElement>('a[href], summary')].filter((e) =>
      e.checkVisibility(),
    );
    const inOrder = [...focusable].sort((a, b) =>
      a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
    );
    expect(focusable).to.deep.equal(inOrder);
    for (const target of focusable) {
      expect(target.tabIndex, target.textContent).to.equal(0);
      target.focus();
      expect(el.shadowRoot!.activeElement).to.equal(target);
    }
  });

  it('shows a focus ring on links and disclosures', async () => {
    const el = await mount(html`<meta-ai-optout lang="en" variant="compact"></meta-ai-optout>`);
    const sheet = [...el.shadowRoot!.adoptedStyleSheets]
      .flatMap((s) => [...s.cssRules].map((r) => r.cssText))
      .join('\n');
    expect(sheet).to.match(/a:focus-visible, summary:focus-visible \{[^}]*outline: 3px solid/);
  });

  it('has a forced-colors branch and nothing that moves (so reduced motion has nothing to stop)', async () => {
    const el = await mount(html`<meta-ai-optout lang="en"></meta-ai-optout>`);
    const sheet = [...el.shadowRoot!.adoptedStyleSheets]
      .flatMap((s) => [...s.cssRules].map((r) => r.cssText))
      .join('\n');
    expect(sheet).to.contain('@media (forced-colors: active)');
    // `all: initial` on the box spells out "transition: initial", "animation-…: initial".
    const motion = sheet.replace(/[\w-]*(transition|animation)[\w-]*: initial;/g, '');
    expect(motion).not.to.match(/transition|animation|@keyframes/);
  });

  it('reflows at 320 px with text at 200 %', async () => {
    const el = await mount(
      html`<meta-ai-optout lang="de" style="width: 320px; --meta-ai-optout-font-size: 200%" platforms="facebook instagram whatsapp"></meta-ai-optout>`,
    );
    const base = $(el, '[part~=base]');
    expect(getComputedStyle($(el, BODY_TEXT)).fontSize).to.equal('32px');
    expect(base.scrollWidth).to.be.at.most(base.clientWidth);
  });

  it('carries the language on its shadow content, for screen readers', async () => {
    const el = await mount(html`<meta-ai-optout lang="pl"></meta-ai-optout>`);
    expect($(el, '[part~=base]').lang).to.equal('pl');
  });
});

describe('axe in a real page', () => {
  // (The strict-CSP page cannot take axe: Trusted Types forbid injecting its script.)
  it('the hostile page has no violation', async () => {
    const win = await openPage('/test/fixtures/hostile.html');
    const el = await widgetIn(win);
    await expectAccessible(el, await axeIn(win));
  });
});
