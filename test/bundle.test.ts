/**
 * The built bundle, the way a site uses it: one script tag on a plain HTML page.
 * `npm test` builds dist/ before the tests run.
 */
import {expect} from '@open-wc/testing';
import {axeIn, expectAccessible} from './support/axe.js';
import {closePages, openPage, widgetIn} from './support/page.js';
import {until} from './support/wait.js';
import {widgetReady} from './support/widget.js';

after(closePages);

describe('the built bundle on a plain page', () => {
  let errors: string[];
  let win: Window;
  let el: Element;

  before(async () => {
    win = await openPage('/test/fixtures/plain-nl.html');
    errors = [];
    win.addEventListener('error', (event) => errors.push(String(event.message)));
    el = await widgetIn(win);
  });

  it('renders Dutch on a page with <html lang="nl">', () => {
    const base = el.shadowRoot!.querySelector('[part~=base]')!;
    expect(base.getAttribute('lang')).to.equal('nl');
    expect(base.textContent).to.contain('bezwaar');
    expect(base.textContent).not.to.contain('your right to object');
  });

  it('fetches only its own files: the entry and the Dutch chunk', () => {
    const urls = win.performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name))
      .filter((url) => url.pathname !== '/test/fixtures/plain-nl.html')
      // The test server's own reload socket, injected into every page it serves.
      .filter((url) => !url.pathname.startsWith('/__web-dev-server'));
    for (const url of urls) {
      expect(url.origin).to.equal(win.location.origin);
      expect(url.pathname).to.match(/^\/dist\//);
    }
    const chunks = urls.map((url) => url.pathname).filter((path) => path.startsWith('/dist/locales/'));
    expect(chunks).to.have.length(1);
    expect(chunks).to.deep.equal(['/dist/locales/nl.js']);
  });

  it('survives being included twice', () => {
    expect(errors).to.deep.equal([]);
    expect(win.customElements.get('meta-ai-optout')).to.exist;
    expect(win.document.querySelectorAll('meta-ai-optout')).to.have.length(1);
  });

  it('links out without a referrer and sets no cookie or storage', () => {
    for (const a of el.shadowRoot!.querySelectorAll('a')) {
      expect(a.referrerPolicy).to.equal('no-referrer');
      expect(a.rel).to.equal('noopener noreferrer');
      expect(a.protocol).to.equal('https:');
    }
    expect(win.document.cookie).to.equal('');
    expect(win.localStorage.length).to.equal(0);
    expect(win.sessionStorage.length).to.equal(0);
  });

  it('is accessible', async () => {
    await expectAccessible(el, await axeIn(win));
  });
});

describe('without JavaScript', () => {
  it('the fallback links in the snippet are plain, working links', async () => {
    const win = await openPage('/test/fixtures/no-js.html');
    const links = [...win.document.querySelectorAll<HTMLAnchorElement>('meta-ai-optout a')];
    expect(links.map((a) => a.hostname)).to.deep.equal(['www.facebook.com', 'help.instagram.com']);
    for (const a of links) expect(a.getClientRects().length, 'visible').to.be.greaterThan(0);
  });
});

describe('below the floor: no constructable stylesheets (Safari < 16.4, Firefox < 101)', () => {
  it('throws nothing, leaves the element undefined and shows the fallback links', async () => {
    const win = (await openPage('/test/fixtures/below-floor.html')) as Window & {errors: string[]};
    // The module has run by the load event; give a late error a moment to surface.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(win.errors).to.deep.equal([]);
    expect(win.customElements.get('meta-ai-optout')).to.equal(undefined);
    const link = win.document.querySelector<HTMLAnchorElement>('meta-ai-optout a')!;
    expect(link.hostname).to.equal('www.facebook.com');
    expect(link.getClientRects().length, 'visible').to.be.greaterThan(0);
  });
});

describe('when a language chunk cannot be loaded', () => {
  /** A Dutch page on the bundle served without the chunks in `missing`; its warnings recorded. */
  async function pageWithout(missing: string): Promise<{win: Window & {warnings?: string[]}; el: Element}> {
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="nl"><head>
      <script>window.warnings = []; console.warn = (...args) => window.warnings.push(args.join(' '));</script>
      <script type="module" src="/__dist-without/${missing}/meta-ai-optout.js"></script></head>
      <body><meta-ai-optout><p slot="fallback">Fallback</p></meta-ai-optout></body></html>`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow as Window & {warnings?: string[]};
    await until(() => (win.warnings?.length ?? 0) > 0, 'a warning');
    return {win, el: win.document.querySelector('meta-ai-optout')!};
  }

  it('shows English instead, and says why', async () => {
    const {win, el} = await pageWithout('nl');
    await widgetReady(el, 'en');
    expect(el.shadowRoot!.textContent).to.contain('your right to object');
    expect(win.warnings).to.deep.equal(['<meta-ai-optout>: could not load the "nl" translation; showing English.']);
  });

  it('keeps the fallback content when English cannot be loaded either', async () => {
    const {win, el} = await pageWithout('nl+en');
    await until(() => win.warnings!.length === 2, 'a second warning');
    expect(win.warnings![1]).to.equal(
      '<meta-ai-optout>: could not load the "en" translation; showing the fallback content.',
    );
    expect(el.shadowRoot!.querySelector('[part~=base]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('slot[name="fallback"]')).to.exist;
  });
});
