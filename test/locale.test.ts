/** Which language a widget speaks: the DOM decides, regions fall back, one per page. */
import {expect, html} from '@open-wc/testing';
import type {MetaAiOptout} from '../src/meta-ai-optout.js';
import {$, defineElement, fixtureCleanup, HEADLINE, mount, place, text, widgetReady} from './support/widget.js';
import {captureWarnings} from './support/console.js';

before(defineElement);
afterEach(fixtureCleanup);

const BEFORE = '2025-05-14T19:00:00+02:00'; // 12 days and 5 hours before the deadline
const ENGLISH_HEADING = 'Meta AI and your posts: your right to object';

const shownLang = (el: MetaAiOptout) => $(el, '[part~=base]').getAttribute('lang');

let htmlLang: string;
let languages: PropertyDescriptor | undefined;
beforeEach(() => {
  htmlLang = document.documentElement.lang;
  languages = Object.getOwnPropertyDescriptor(navigator, 'languages');
});
afterEach(async () => {
  document.documentElement.lang = htmlLang;
  if (languages) Object.defineProperty(navigator, 'languages', languages);
  else delete (navigator as {languages?: unknown}).languages;
  // Let the page fall back to English before the next test.
  await new Promise((resolve) => setTimeout(resolve));
});

const browserLanguages = (...tags: string[]) =>
  Object.defineProperty(navigator, 'languages', {configurable: true, get: () => tags});

describe('the countdown in the four first languages', () => {
  const cases: [string, string, string][] = [
    ['en', '12 days, 5 hours', 'left to object'],
    ['nl', '12 dagen en 5 uur', 'bezwaar'],
    ['fr', '12 jours et 5 heures', 'opposition'],
    ['de', '12 Tage, 5 Stunden', 'Widerspruch'],
  ];
  for (const [lang, duration, term] of cases) {
    it(`${lang}: "${duration}" from Intl, in a ${lang} sentence`, async () => {
      const el = await mount(html`<meta-ai-optout lang=${lang} now=${BEFORE}></meta-ai-optout>`);
      expect(shownLang(el)).to.equal(lang);
      const status = text(el, HEADLINE).replace(/\s/g, ' ');
      expect(status).to.contain(duration);
      expect(text(el)).to.contain(term);
      if (lang !== 'en') expect(text(el, '[part~=heading]')).not.to.equal(ENGLISH_HEADING);
    });
  }
});

describe('locale order', () => {
  it("the element's own lang wins over its ancestors and the page", async () => {
    document.documentElement.lang = 'fr';
    const box = place(html`<div lang="de"><meta-ai-optout lang="nl"></meta-ai-optout></div>`);
    const el = box.querySelector('meta-ai-optout')!;
    await widgetReady(el);
    expect(shownLang(el)).to.equal('nl');
  });

  it('then the closest ancestor with a lang', async () => {
    document.documentElement.lang = 'fr';
    const box = place(html`<div lang="de"><section><meta-ai-optout></meta-ai-optout></section></div>`);
    const el = box.querySelector('meta-ai-optout')!;
    await widgetReady(el);
    expect(shownLang(el)).to.equal('de');
  });

  it('then <html lang>, with its region kept for Intl', async () => {
    document.documentElement.lang = 'nl-BE';
    const el = await mount(html`<meta-ai-optout now=${BEFORE}></meta-ai-optout>`);
    expect(shownLang(el)).to.equal('nl-BE');
  });

  it('then the browser languages', async () => {
    document.documentElement.removeAttribute('lang');
    browserLanguages('ja', 'de-AT', 'en');
    const el = await mount(html`<meta-ai-optout></meta-ai-optout>`);
    expect(shownLang(el)).to.equal('de-AT');
  });

  it('then English', async () => {
    document.documentElement.lang = 'ja';
    browserLanguages('zh-CN');
    const el = await mount(html`<meta-ai-optout></meta-ai-optout>`);
    expect(shownLang(el)).to.equal('en');
    expect(text(el, '[part~=heading]')).to.equal(ENGLISH_HEADING);
  });

  it('an unknown lang on the element warns and falls back to the page', async () => {
    document.documentElement.lang = 'de';
    const capture = captureWarnings();
    try {
      const el = await mount(html`<meta-ai-optout lang="tlh"></meta-ai-optout>`);
      expect(shownLang(el)).to.equal('de');
      expect(capture.warnings.filter((w) => w.includes('lang="tlh"'))).to.have.length(1);
    } finally {
      capture.restore();
    }
  });

  it('follows a change of <html lang>', async () => {
    document.documentElement.lang = 'fr';
    const el = await mount(html`<meta-ai-optout></meta-ai-optout>`);
    expect(shownLang(el)).to.equal('fr');
    document.documentElement.lang = 'de-CH';
    await widgetReady(el, 'de-CH');
    expect(shownLang(el)).to.equal('de-CH');
  });

  it('follows a change of its own lang', async () => {
    const el = await mount(html`<meta-ai-optout lang="fr"></meta-ai-optout>`);
    el.lang = 'nl';
    await widgetReady(el, 'nl');
    expect(shownLang(el)).to.equal('nl');
  });
});

describe('several languages on one page', () => {
  it('each widget speaks its own language, without a warning, and a new one joins in its own', async () => {
    const capture = captureWarnings();
    try {
      const box = place(html`<div>
        <meta-ai-optout id="a" lang="fr" now=${BEFORE}></meta-ai-optout>
        <div lang="nl-BE"><meta-ai-optout id="b" now=${BEFORE}></meta-ai-optout></div>
        <meta-ai-optout id="c" lang="de-AT" now=${BEFORE}></meta-ai-optout>
      </div>`);
      const [a, b, c] = [...box.querySelectorAll('meta-ai-optout')];
      await Promise.all([widgetReady(a), widgetReady(b), widgetReady(c)]);
      expect([shownLang(a), shownLang(b), shownLang(c)]).to.deep.equal(['fr', 'nl-BE', 'de-AT']);
      expect(text(a, HEADLINE)).to.contain('12 jours et 5 heures');
      expect(text(b, HEADLINE)).to.contain('12 dagen en 5 uur');
      expect(text(c, HEADLINE)).to.contain('12 Tage, 5 Stunden');
      expect(text(a, '[part~=heading]')).not.to.equal(text(b, '[part~=heading]'));
      expect(capture.warnings).to.deep.equal([]);

      const d = document.createElement('meta-ai-optout');
      d.lang = 'pl';
      box.prepend(d);
      await widgetReady(d);
      await Promise.all([widgetReady(a), widgetReady(b), widgetReady(c)]);
      expect([shownLang(d), shownLang(a), shownLang(b), shownLang(c)]).to.deep.equal(['pl', 'fr', 'nl-BE', 'de-AT']);
    } finally {
      capture.restore();
    }
  });

  it('each language chunk is fetched once, however many widgets speak it', async () => {
    const box = place(html`<div>
      ${['sv', 'sv', 'da', 'sv', 'da'].map((lang) => html`<meta-ai-optout lang=${lang}></meta-ai-optout>`)}
    </div>`);
    await Promise.all([...box.querySelectorAll('meta-ai-optout')].map((el) => widgetReady(el)));
    const chunks = performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => /\/locales\/(sv|da)\.(ts|js)$/.test(path));
    expect(chunks.sort()).to.deep.equal([...new Set(chunks)].sort());
  });

  it('a widget that speaks the page language keeps its own region', async () => {
    const box = place(html`<div>
      <meta-ai-optout lang="de-DE"></meta-ai-optout>
      <meta-ai-optout lang="de-AT"></meta-ai-optout>
    </div>`);
    const [a, b] = [...box.querySelectorAll('meta-ai-optout')];
    await Promise.all([widgetReady(a), widgetReady(b)]);
    expect([shownLang(a), shownLang(b)]).to.deep.equal(['de-DE', 'de-AT']);
  });
});
