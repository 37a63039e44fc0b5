/**
 * The built bundle, the way a site uses it: one script tag on a plain HTML page.
 * `npm test` builds dist/ before the tests run.
 */
import {expect} from '@open-wc/testing';
import {FORM_URLS} from '../src/facts.js';
import {axeIn, expectAccessible} from './support/axe.js';
import {closePages, openPage, widgetIn} from './support/page.js';
import {until} from './support/wait.js';
import {widgetReady} from './support/widget.js';

after(closePages);
import {styles as sourceStyles} from '../src/meta-ai-optout.styles.js';

/**
 * A stylesheet's rules as the browser parsed them: selectors exactly (a lost or added
 * space is another selector); declarations and at-rule conditions as `loosely` writes
 * them, since a minifier may drop white space and leading zeros there, and custom
 * properties keep their values as written.
 */
const loosely = (text: string) => text.replace(/\s+/g, '').replace(/\b0\./g, '.');
function parsedRules(rules: CSSRuleList): unknown[] {
  // By shape, not instanceof: the built sheet comes from an iframe, another realm.
  return [...rules].map((rule) => {
    if ('selectorText' in rule) {
      const {selectorText, style} = rule as CSSStyleRule;
      return [selectorText, loosely(style.cssText)];
    }
    if ('conditionText' in rule) {
      const {conditionText, cssRules} = rule as CSSConditionRule;
      return [loosely(conditionText), parsedRules(cssRules)];
    }
    return rule.cssText;
  });
}

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

  it('has the stylesheet the source has, rule for rule, minified', () => {
    const built = el.shadowRoot!.adoptedStyleSheets[0];
    expect(parsedRules(built.cssRules)).to.deep.equal(parsedRules(sourceStyles.cssRules));
    // Descendant combinators that a careless minifier joins (`.a :b` into `.a:b`) are there.
    expect(parsedRules(built.cssRules).flat(Infinity)).to.include.members(['.base *', '.banner .act > :last-child']);
  });
});

describe('without JavaScript', () => {
  it('the fallback links in the snippet are plain, working links', async () => {
    const win = await openPage('/test/fixtures/no-js.html');
    const links = [...win.document.querySelectorAll<HTMLAnchorElement>('meta-ai-optout a')];
    expect(links.map((a) => a.href)).to.deep.equal([FORM_URLS.facebook, FORM_URLS.instagram]);
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
    expect(link.href).to.equal(FORM_URLS.facebook);
    expect(link.getClientRects().length, 'visible').to.be.greaterThan(0);
  });
});

type BundleWindow = Window & {warnings?: string[]; dateTimeFormats?: number};

/**
 * A page on the built bundle in `lang`, its warnings recorded and its Intl.DateTimeFormat
 * constructions counted; with `missing` ("nl", "nl+en"), served without those chunks,
 * and resolved once the first warning is in.
 */
async function bundlePage(lang: string, missing?: string): Promise<{win: BundleWindow; el: Element}> {
  const frame = document.createElement('iframe');
  const entry = missing ? `/__dist-without/${missing}/meta-ai-optout.js` : '/dist/meta-ai-optout.js';
  frame.srcdoc = `<!doctype html><html lang="${lang}"><head>
    <script>window.warnings = []; console.warn = (...args) => window.warnings.push(args.join(' '));
      window.dateTimeFormats = 0;
      Intl.DateTimeFormat = new Proxy(Intl.DateTimeFormat, {
        construct: (target, args) => (window.dateTimeFormats++, Reflect.construct(target, args)),
      });</script>
    <script type="module" src="${entry}"></script></head>
    <body><meta-ai-optout><p slot="fallback">Fallback</p></meta-ai-optout></body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as BundleWindow;
  if (missing) await until(() => (win.warnings?.length ?? 0) > 0, 'a warning');
  return {win, el: win.document.querySelector('meta-ai-optout')!};
}

describe('the dates nearly every widget shows, formatted at build time', () => {
  // The page's first Intl.DateTimeFormat is the costliest step before the first paint
  // (ICU loading its data); the chunk brings the advised day and the review date.
  const shown = async (lang: string) => {
    const {win} = await bundlePage(lang);
    const el = await widgetIn(win);
    return {win, text: el.shadowRoot!.querySelector('.base')!.textContent.replace(/\s+/g, ' ')};
  };

  for (const [lang, lastDay, checkedOn] of [
    ['nl', 'maandag 26 mei 2025', '7 december 2026'],
    ['nl-NL', 'maandag 26 mei 2025', '7 december 2026'],
    ['nl-BE', 'maandag 26 mei 2025', '7 december 2026'],
    ['pt-PT', 'segunda-feira, 26 de maio de 2025', '7 de dezembro de 2026'],
    ['en', 'Monday,? 26 May 2025', '7 December 2026'],
    ['el', 'Δευτέρα,? 26 Μαΐου 2025', '7 Δεκεμβρίου 2026'],
  ]) {
    it(`<html lang="${lang}">: shown with no Intl.DateTimeFormat constructed`, async () => {
      const {win, text} = await shown(lang);
      expect(text).to.match(new RegExp(lastDay));
      expect(text).to.contain(checkedOn);
      expect(win.dateTimeFormats).to.equal(0);
    });
  }

  it('another region formats for itself, with Intl (de-CH, en-IE)', async () => {
    for (const lang of ['de-CH', 'en-IE']) {
      const {win, text} = await shown(lang);
      expect(text).to.match(/(Montag, 26\. Mai|Monday,? 26 May) 2025/);
      expect(win.dateTimeFormats, lang).to.be.greaterThan(0);
    }
  });
});

describe('a language with its own date words (Irish, Icelandic, Maltese)', () => {
  it('renders in Irish, dates too, from its chunk (messages and words) and the shared formatter', async () => {
    const {win} = await bundlePage('ga');
    const el = await widgetIn(win);
    const base = el.shadowRoot!.querySelector('.base')!;
    expect(base.getAttribute('lang')).to.equal('ga');
    // The advised day, 26 May 2025, in the word list's Irish, not Intl's English.
    expect(base.textContent).to.contain('26 Bealtaine 2025');
    expect(base.textContent).not.to.match(/May|your right to object/);
    const chunks = win.performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.startsWith('/dist/locales/'));
    expect(chunks.sort()).to.deep.equal(['/dist/locales/ga.js', '/dist/locales/hand-formatter.js']);
  });

  it('shows English, and says why once, when the shared formatter cannot be loaded', async () => {
    const {win, el} = await bundlePage('ga', 'hand-formatter');
    await until(() => Boolean(el.shadowRoot?.querySelector('.base')), 'the widget in English');
    expect(el.shadowRoot!.querySelector('.base')!.getAttribute('lang')).to.equal('en');
    expect(el.shadowRoot!.textContent).to.contain('your right to object');
    expect(win.warnings).to.deep.equal(['<meta-ai-optout>: could not load the "ga" translation; showing English.']);
  });
});

describe('when a language chunk cannot be loaded', () => {
  const pageWithout = (missing: string) => bundlePage('nl', missing);

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
