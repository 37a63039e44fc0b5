/**
 * The demo page, its snippet and the review gallery, loaded the way a visitor loads
 * them: each page in an iframe, the widget from the built bundle in dist/. The test
 * drives the native controls (value + input/change events), then checks the preview
 * element, the snippet text, and that the snippet pasted into an empty page renders
 * the same widget.
 */
import {expect} from '@open-wc/testing';
import {ATTRIBUTES, parseHttpsUrl, parseInstant, VARIANTS} from '../src/attributes.js';
import {DEFAULT_DEADLINE, FORM_URLS} from '../src/facts.js';
import {sourceLocale, targetLocales} from '../src/generated/locale-codes.js';
import {closePages, openFrame} from './support/page.js';
import {until} from './support/wait.js';
import {captureWarnings} from './support/console.js';
import {EXPLANATION_DISCLOSURE, text, widgetReady} from './support/widget.js';

const SUPPORTED_LOCALES = [sourceLocale, ...targetLocales];
const WHATSAPP_FALLBACK = 'WhatsApp privacy request form (not for AI training)';
/** The demo's own build, where its snippet points unless told otherwise. */
const OWN_FILES = new URL('/dist/', location.href).href;

type Widget = HTMLElement & {updateComplete: Promise<boolean>};
type FrameWindow = Window & typeof globalThis;

/**
 * The widget's attributes, except `style`, which is compared by its effect; links as
 * URLs (the snippet writes them as the widget reads them, percent-encoded).
 */
function attributesOf(element: Element): Record<string, string> {
  const result: Record<string, string> = {};
  for (const {name, value} of Array.from(element.attributes)) {
    if (name !== 'style') result[name] = name.endsWith('-href') && URL.canParse(value) ? new URL(value).href : value;
  }
  return result;
}

const accentOf = (element: Element) =>
  element.ownerDocument.defaultView!.getComputedStyle(element).getPropertyValue('--meta-ai-optout-accent').trim();

interface Demo {
  frame: HTMLIFrameElement;
  win: FrameWindow;
  doc: Document;
  preview: Widget;
  /** The snippet, once the demo has written it for the current controls. */
  snippet: () => Promise<string>;
  set: (id: string, value: string) => void;
  check: (id: string, checked?: boolean) => void;
}

async function openDemo(width?: number): Promise<Demo> {
  const frame = await openFrame((f) => (f.src = '/demo/index.html'), width);
  const win = frame.contentWindow as FrameWindow;
  const doc = frame.contentDocument!;
  const preview = await until(() => doc.querySelector<Widget>('.stage meta-ai-optout'), 'the preview element');
  await until(() => doc.getElementById('snippet')?.dataset.state === 'ready', 'the snippet');
  await widgetReady(preview);
  const fire = (element: Element) => {
    element.dispatchEvent(new win.Event('input', {bubbles: true}));
    element.dispatchEvent(new win.Event('change', {bubbles: true}));
  };
  return {
    frame,
    win,
    doc,
    preview,
    async snippet() {
      const code = doc.getElementById('snippet')!;
      await until(() => code.dataset.state === 'ready', 'the snippet to be written');
      return code.textContent ?? '';
    },
    set(id, value) {
      const control = doc.getElementById(id) as HTMLInputElement | HTMLSelectElement;
      control.value = value;
      fire(control);
    },
    check(id, checked = true) {
      const control = doc.getElementById(id) as HTMLInputElement;
      control.checked = checked;
      fire(control);
    },
  };
}

/** The snippet parsed as HTML (scripts inert): its widget and all its elements. */
function parseSnippet(snippet: string) {
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${snippet}`, 'text/html');
  return {parsed, widget: parsed.querySelector('meta-ai-optout')!};
}

/** Writes `snippet` into a fresh page on this origin, the bundle loaded from dist/. */
async function paste(snippet: string): Promise<Widget> {
  expect(snippet).to.contain(`<script type="module" src="${OWN_FILES}meta-ai-optout.js"`);
  const frame = await openFrame(
    (f) => (f.srcdoc = `<!doctype html><html><head><meta charset="utf-8"></head><body>${snippet}</body></html>`),
  );
  const widget = await until(
    () => frame.contentDocument!.querySelector<Widget>('meta-ai-optout'),
    'the pasted element',
  );
  // The prerender shows at once; wait for the script to take it over.
  await until(() => frame.contentWindow!.customElements.get('meta-ai-optout'), 'the script');
  await widget.updateComplete;
  return widgetReady(widget);
}

/** Pastes the demo's current snippet and checks it renders what the preview shows. */
async function expectPasteMatchesPreview(demo: Demo): Promise<Widget> {
  await widgetReady(demo.preview, demo.preview.getAttribute('lang') ?? undefined);
  const pasted = await paste(await demo.snippet());
  await widgetReady(pasted, pasted.getAttribute('lang') ?? undefined);
  const previewAttributes = attributesOf(demo.preview);
  // `now` is a preview tool: the snippet carries it only when the editor freezes the date.
  if (!demo.doc.querySelector<HTMLInputElement>('#freeze')!.checked) delete previewAttributes.now;
  expect(attributesOf(pasted)).to.deep.equal(previewAttributes);
  expect(accentOf(pasted)).to.equal(accentOf(demo.preview));
  expect(text(pasted)).to.equal(text(demo.preview));
  // The fallback links are the widget's own buttons, in its language.
  const fallback = Array.from(pasted.querySelectorAll('[slot="fallback"] a')).map((a) => [
    a.getAttribute('href'),
    a.textContent,
  ]);
  const buttons = Array.from(demo.preview.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part~=link]')).map((a) => [
    a.getAttribute('href'),
    a.textContent.trim(),
  ]);
  expect(fallback).to.deep.equal(buttons);
  return pasted;
}

afterEach(closePages);

describe('demo page', () => {
  it('loads the widget from the bundle only, with no inline script or style', async () => {
    for (const page of ['/demo/index.html', '/demo/gallery.html']) {
      const source = await (await fetch(page)).text();
      const parsed = new DOMParser().parseFromString(source, 'text/html');
      expect(parsed.querySelectorAll('[style]').length, `${page}: style attributes`).to.equal(0);
      expect(parsed.querySelectorAll('style').length, `${page}: <style> elements`).to.equal(0);
      expect(parsed.querySelectorAll('script:not([src])').length, `${page}: inline scripts`).to.equal(0);
      expect(
        parsed.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'),
        page,
      ).to.contain("script-src 'self'; style-src 'self'");
    }
    const index = new DOMParser().parseFromString(await (await fetch('/demo/index.html')).text(), 'text/html');
    const sources = Array.from(index.querySelectorAll('script'))
      .map((script) => script.getAttribute('src'))
      // The test server adds its own reload script to every page it serves.
      .filter((src) => !src?.startsWith('/__web-dev-server'));
    expect(sources).to.deep.equal(['../dist/meta-ai-optout.js', 'demo.js']);
  });

  it('starts with a minimal snippet: only lang, and fallback links to the default forms', async () => {
    const demo = await openDemo();
    const lang = demo.doc.querySelector<HTMLSelectElement>('#lang')!.value;
    expect(SUPPORTED_LOCALES).to.include(lang);
    const {parsed, widget} = parseSnippet(await demo.snippet());
    expect(attributesOf(widget)).to.deep.equal({lang});
    expect(parsed.querySelectorAll('script').length).to.equal(1);
    const links = Array.from(widget.querySelectorAll('span[slot="fallback"] a'));
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([FORM_URLS.facebook, FORM_URLS.instagram]);
    for (const link of links) {
      expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
      expect(link.getAttribute('referrerpolicy')).to.equal('no-referrer');
    }
  });

  it('writes the fallback links in the chosen language, from the widget’s own words', async () => {
    const demo = await openDemo();
    demo.set('lang', 'nl');
    await widgetReady(demo.preview, 'nl');
    const {widget} = parseSnippet(await demo.snippet());
    const texts = Array.from(widget.querySelectorAll('[slot="fallback"] a')).map((a) => a.textContent);
    const nl = Array.from(demo.preview.shadowRoot!.querySelectorAll('[part~=link]')).map((a) => a.textContent.trim());
    expect(texts).to.deep.equal(nl);
    expect(texts.join(' ')).to.contain('Facebook').and.not.to.contain('Object on');
  });

  it('points the snippet at this page’s own files, or at the folder the editor names', async () => {
    const demo = await openDemo();
    expect(demo.doc.querySelector<HTMLInputElement>('#base')!.value).to.equal(OWN_FILES);
    expect(await demo.snippet()).not.to.match(/cdn|jsdelivr|unpkg/i);
    demo.set('base', 'https://www.example.org/widgets/meta-ai-optout-0.1.0');
    expect(await demo.snippet()).to.contain(
      'src="https://www.example.org/widgets/meta-ai-optout-0.1.0/meta-ai-optout.js"',
    );
    demo.set('base', '/widgets/meta-ai-optout/');
    expect(await demo.snippet()).to.contain('src="/widgets/meta-ai-optout/meta-ai-optout.js"');
    for (const refused of ['javascript:alert(1)//', 'http://www.example.org/w/', 'ftp://example.org/']) {
      demo.set('base', refused);
      const snippet = await demo.snippet();
      expect(snippet, refused).to.contain(`src="${OWN_FILES}meta-ai-optout.js"`);
      expect(snippet, refused).not.to.contain(refused.slice(0, 10));
      expect(demo.doc.getElementById('base-error')!.hidden, refused).to.be.false;
    }
  });

  it('pins the files with their integrity hash, and the pinned snippet loads', async () => {
    const demo = await openDemo();
    demo.set('lang', 'fr');
    demo.check('pinned');
    const snippet = await demo.snippet();
    const bytes = await (await fetch('/dist/meta-ai-optout.js')).arrayBuffer();
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
    const integrity = `sha384-${btoa(String.fromCharCode(...digest))}`;
    expect(parseSnippet(snippet).parsed.querySelector('script')!.getAttribute('integrity')).to.equal(integrity);
    expect(snippet).to.contain('crossorigin="anonymous"');
    await expectPasteMatchesPreview(demo);
  });

  it('writes the host’s own message as escaped text inside the widget', async () => {
    const demo = await openDemo();
    demo.set('lang', 'nl');
    demo.set('message', 'Wij vinden: Meta moet <b>eerst</b>\n toestemming vragen & "luisteren".');
    const {parsed, widget} = parseSnippet(await demo.snippet());
    const message = widget.querySelector(':scope > span:not([slot])')!;
    expect(message.textContent).to.equal('Wij vinden: Meta moet <b>eerst</b> toestemming vragen & "luisteren".');
    expect(parsed.querySelectorAll('b').length).to.equal(0);
    const pasted = await expectPasteMatchesPreview(demo);
    expect(pasted.querySelector(':scope > span:not([slot])')!.textContent).to.equal(message.textContent);
  });

  it('has a strict-CSP snippet without a style attribute, and the rule for the site’s stylesheet', async () => {
    const demo = await openDemo();
    demo.check('accent-on');
    demo.set('accent', '#6a1b9a');
    demo.check('strict-csp');
    const {widget} = parseSnippet(await demo.snippet());
    expect(widget.hasAttribute('style')).to.be.false;
    expect(demo.doc.getElementById('style-note')!.hidden).to.be.false;
    expect(demo.doc.getElementById('style-rule')!.textContent).to.equal(
      'meta-ai-optout { --meta-ai-optout-accent: #6a1b9a; }',
    );
    demo.check('accent-on', false);
    await demo.snippet();
    expect(demo.doc.getElementById('style-note')!.hidden, 'no accent, no rule').to.be.true;
  });

  it('previews theme="auto" on a light page and on a dark-mode page', async () => {
    const demo = await openDemo();
    const [light, dark] = Array.from(demo.doc.querySelectorAll<Widget>('.stage meta-ai-optout'));
    await widgetReady(dark);
    const background = (widget: Widget) =>
      demo.win.getComputedStyle(widget.shadowRoot!.querySelector('.base')!).backgroundColor;
    expect(background(light)).to.equal('rgb(255, 255, 255)');
    expect(background(dark)).to.equal('rgb(31, 31, 31)');
    demo.check('theme-light');
    await dark.updateComplete;
    expect(background(dark)).to.equal('rgb(255, 255, 255)');
  });

  it('keeps the deadline under "advanced", with a warning that it is Meta’s date', async () => {
    const demo = await openDemo();
    const deadline = demo.doc.getElementById('deadline')!;
    expect(deadline.closest('details')).to.exist;
    expect(deadline.closest('details')!.open).to.be.false;
    expect(demo.doc.getElementById('deadline-hint')!.textContent).to.match(/not a date of yours/);
  });

  it('has a control named after every attribute but `now` (the preview date sets that)', async () => {
    const {doc} = await openDemo();
    const form = doc.getElementById('controls') as HTMLFormElement;
    const missing = Object.keys(ATTRIBUTES).filter((name) => name !== 'now' && !form.elements.namedItem(name));
    expect(
      missing,
      'attributes the configurator cannot set: give each a control of its name in demo/index.html',
    ).to.deep.equal([]);
  });

  it('lists every supported language by its own name', async () => {
    const demo = await openDemo();
    const options = Array.from(demo.doc.querySelectorAll<HTMLOptionElement>('#lang option'));
    expect(options.map((option) => option.value)).to.deep.equal(SUPPORTED_LOCALES);
    const byValue = Object.fromEntries(options.map((option) => [option.value, option.textContent]));
    expect(byValue.nl).to.contain('Nederlands');
    expect(byValue.de).to.contain('Deutsch');
    expect(byValue.el).to.contain('Ελληνικά');
  });

  it('preloads the language chunk beside the entry, English too', async () => {
    const demo = await openDemo();
    demo.set('lang', 'nl');
    expect(await demo.snippet()).to.contain(`<link rel="modulepreload" href="${OWN_FILES}locales/nl.js">`);
    demo.set('lang', 'en');
    expect(await demo.snippet()).to.contain(`<link rel="modulepreload" href="${OWN_FILES}locales/en.js">`);
  });

  it('follows the language control', async () => {
    const demo = await openDemo();
    demo.set('lang', 'nl');
    expect(demo.preview.getAttribute('lang')).to.equal('nl');
    expect(parseSnippet(await demo.snippet()).widget.getAttribute('lang')).to.equal('nl');
    await widgetReady(demo.preview, 'nl');
  });

  it('follows the variant and theme controls, leaving defaults out', async () => {
    const demo = await openDemo();
    demo.check('variant-compact');
    demo.check('theme-dark');
    expect(demo.preview.getAttribute('variant')).to.equal('compact');
    expect(demo.preview.getAttribute('theme')).to.equal('dark');
    expect(await demo.snippet())
      .to.contain('variant="compact"')
      .and.to.contain('theme="dark"');
    await demo.preview.updateComplete;
    expect(demo.preview.shadowRoot!.querySelector(EXPLANATION_DISCLOSURE)).to.exist;

    demo.check('variant-card');
    demo.check('theme-auto');
    expect(await demo.snippet())
      .not.to.contain('variant=')
      .and.not.to.contain('theme=');
    await demo.preview.updateComplete;
    expect(demo.preview.shadowRoot!.querySelector(EXPLANATION_DISCLOSURE)).not.to.exist;
  });

  it('follows the platform checkboxes, in the element and in the fallback links', async () => {
    const demo = await openDemo();
    demo.check('platform-whatsapp');
    expect(demo.preview.getAttribute('platforms')).to.equal('facebook instagram whatsapp');
    const {widget} = parseSnippet(await demo.snippet());
    expect(widget.getAttribute('platforms')).to.equal('facebook instagram whatsapp');
    const whatsapp = Array.from(widget.querySelectorAll('a')).find((a) => a.textContent === WHATSAPP_FALLBACK);
    expect(whatsapp?.getAttribute('href')).to.equal(FORM_URLS.whatsapp);
    await demo.preview.updateComplete;
    expect(demo.preview.shadowRoot!.querySelectorAll('[part~=link]').length).to.equal(3);

    demo.check('platform-facebook', false);
    demo.check('platform-whatsapp', false);
    expect(demo.preview.getAttribute('platforms')).to.equal('instagram');
    expect(
      Array.from(parseSnippet(await demo.snippet()).widget.querySelectorAll('a')).map((a) => a.textContent),
    ).to.deep.equal(['Object on Instagram']);

    // The last one cannot be unticked: the widget needs a form to link to.
    demo.check('platform-instagram', false);
    expect(demo.doc.querySelectorAll('input[name="platforms"]:checked').length).to.equal(1);
    expect(demo.preview.getAttribute('platforms')).to.be.a('string').and.not.be.empty;
  });

  it('follows the heading level', async () => {
    const demo = await openDemo();
    demo.set('heading-level', '4');
    expect(demo.preview.getAttribute('heading-level')).to.equal('4');
    expect(await demo.snippet()).to.contain('heading-level="4"');
    await demo.preview.updateComplete;
    expect(demo.preview.shadowRoot!.querySelector('h4[part~=heading]')).to.exist;
    demo.set('heading-level', '2');
    expect(demo.preview.hasAttribute('heading-level')).to.be.false;
    expect(await demo.snippet()).not.to.contain('heading-level');
  });

  it('carries the widget prerendered, in every layout, and reserves no room', async () => {
    const demo = await openDemo();
    for (const variant of VARIANTS) {
      demo.check(`variant-${variant}`);
      const snippet = await demo.snippet();
      expect(snippet, variant).to.contain('<template shadowrootmode="open">');
      expect(parseSnippet(snippet).widget.hasAttribute('style'), variant).to.be.false;
    }
  });

  it('applies the accent colour only when switched on, without breaking the CSP', async () => {
    const demo = await openDemo();
    const violations: string[] = [];
    demo.doc.addEventListener('securitypolicyviolation', (event) => violations.push(event.violatedDirective));
    demo.set('accent', '#aa3300');
    expect(parseSnippet(await demo.snippet()).widget.hasAttribute('style')).to.be.false;
    expect(accentOf(demo.preview)).to.equal('');

    demo.check('accent-on');
    expect(accentOf(demo.preview)).to.equal('#aa3300');
    expect(await demo.snippet()).to.contain('style="--meta-ai-optout-accent: #aa3300"');
    // The buttons take the accent (after any colour transition), and the demo reports their contrast.
    const link = demo.preview.shadowRoot!.querySelector('[part~=link]')!;
    await until(
      () => demo.win.getComputedStyle(link).backgroundColor === 'rgb(170, 51, 0)',
      'the button in the accent colour',
    );
    await until(
      () => /\d:1 for button text/.test(demo.doc.getElementById('accent-hint')!.textContent ?? ''),
      'the contrast hint',
    );

    demo.check('accent-on', false);
    expect(accentOf(demo.preview)).to.equal('');
    expect(demo.preview.getAttribute('style')).to.equal(null);
    expect(parseSnippet(await demo.snippet()).widget.hasAttribute('style')).to.be.false;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(violations).to.deep.equal([]);
  });

  it('previews a date with `now`, and puts it in the snippet only when frozen', async () => {
    const demo = await openDemo();
    demo.check('phase-before');
    const before = new Date(Date.parse(DEFAULT_DEADLINE) - 12 * 86_400_000).toISOString().replace('.000Z', 'Z');
    expect(demo.preview.getAttribute('now')).to.equal(before);
    expect(await demo.snippet()).not.to.contain(' now=');
    await demo.preview.updateComplete;
    expect(demo.preview.getAttribute('phase')).to.equal('countdown');
    expect(text(demo.preview)).to.contain('12 days left');

    demo.check('freeze');
    expect(parseSnippet(await demo.snippet()).widget.getAttribute('now')).to.equal(before);

    demo.check('phase-after');
    await demo.preview.updateComplete;
    expect(demo.preview.getAttribute('phase')).to.equal('passed');
    expect(Date.parse(demo.preview.getAttribute('now')!)).to.be.greaterThan(Date.parse(DEFAULT_DEADLINE));

    demo.check('phase-live');
    expect(demo.preview.hasAttribute('now')).to.be.false;
    expect(await demo.snippet()).not.to.contain(' now=');
  });

  it('escapes a hostile URL in the snippet and keeps it well-formed', async () => {
    const demo = await openDemo();
    const hostile = 'https://evil.example/"><script>alert(1)</script>&x=\'<b>';
    demo.set('facebook-href', hostile);
    demo.set('more-info-href', 'javascript:alert("x")');
    const snippet = await demo.snippet();
    expect(snippet).not.to.contain('<script>alert');
    expect(snippet).to.contain(`facebook-href="${new URL(hostile).href.replace(/&/g, '&amp;')}"`);
    const {parsed, widget} = parseSnippet(snippet);
    // Parsed back, the attribute holds exactly what was typed, and nothing else appeared;
    // the refused javascript: link is left out.
    expect(widget.getAttribute('facebook-href')).to.equal(new URL(hostile).href);
    expect(widget.hasAttribute('more-info-href')).to.be.false;
    expect(snippet).not.to.contain('javascript:');
    expect(parsed.querySelectorAll('script').length).to.equal(1);
    expect(parsed.querySelectorAll('b').length).to.equal(0);
    expect(parsed.querySelectorAll('meta-ai-optout').length).to.equal(1);
    // The fallback link never points anywhere the widget itself would refuse.
    for (const link of Array.from(widget.querySelectorAll('a')))
      expect(link.getAttribute('href')).to.match(/^https:\/\//);
    expect(demo.preview.getAttribute('facebook-href')).to.equal(hostile);
    expect(demo.doc.getElementById('more-info-href')!.getAttribute('aria-invalid')).to.equal('true');
    expect(demo.doc.getElementById('more-info-href-error')!.hidden).to.be.false;
  });

  it("gives the widget's own reason for a refused deadline or link", async () => {
    const demo = await openDemo();
    const {warnings} = captureWarnings(demo.win);
    const reasonOf = <T>(parsed: {ok: true; value: T} | {ok: false; reason: string}) =>
      parsed.ok ? '' : parsed.reason;
    const errorOf = (id: string) => demo.doc.getElementById(`${id}-error`)!;

    demo.set('deadline', '2025-06-30');
    const deadlineReason = reasonOf(parseInstant('2025-06-30'));
    expect(deadlineReason).not.to.equal('');
    expect(errorOf('deadline').hidden).to.be.false;
    expect(errorOf('deadline').textContent).to.contain(deadlineReason);
    expect(demo.doc.getElementById('deadline')!.getAttribute('aria-invalid')).to.equal('true');

    demo.set('facebook-href', 'http://example.org/form');
    demo.set('more-info-href', 'not a link');
    for (const [id, value] of [
      ['facebook-href', 'http://example.org/form'],
      ['more-info-href', 'not a link'],
    ]) {
      const reason = reasonOf(parseHttpsUrl(value));
      expect(reason, id).not.to.equal('');
      expect(errorOf(id).textContent, id).to.contain(reason);
    }
    // A refused value reaches neither the snippet nor the preview: nothing to warn about.
    const {widget} = parseSnippet(await demo.snippet());
    for (const name of ['deadline', 'facebook-href', 'more-info-href'])
      expect(widget.hasAttribute(name), name).to.be.false;
    await demo.preview.updateComplete;
    expect(warnings).to.deep.equal([]);

    // Valid again (or empty): the messages go.
    demo.set('deadline', '2025-06-30T23:59:00+02:00');
    demo.set('facebook-href', 'https://example.org/form');
    demo.set('more-info-href', '');
    for (const id of ['deadline', 'facebook-href', 'more-info-href']) {
      expect(errorOf(id).hidden, id).to.be.true;
      expect(demo.doc.getElementById(id)!.hasAttribute('aria-invalid'), id).to.be.false;
    }
  });

  it('removes attributes when the controls go back to the defaults, and the widget follows silently', async () => {
    const demo = await openDemo();
    demo.set('lang', 'en');
    await widgetReady(demo.preview, 'en');
    const initialAttributes = attributesOf(demo.preview);
    const initialText = text(demo.preview);
    const {warnings} = captureWarnings(demo.win);

    demo.check('variant-banner');
    demo.check('theme-dark');
    demo.check('platform-whatsapp');
    demo.set('deadline', '2025-06-30T23:59:00+02:00');
    demo.set('heading-level', '5');
    demo.set('facebook-href', 'https://example.org/facebook');
    demo.set('more-info-href', 'https://example.org/more');
    demo.check('phase-after');
    await demo.preview.updateComplete;
    for (const name of [
      'variant',
      'platforms',
      'deadline',
      'heading-level',
      'facebook-href',
      'more-info-href',
      'now',
    ]) {
      expect(demo.preview.hasAttribute(name), name).to.be.true;
    }
    expect(demo.preview.shadowRoot!.querySelector('h5[part~=heading]')).to.exist;

    demo.check('variant-card');
    demo.check('theme-auto');
    demo.check('platform-whatsapp', false);
    demo.set('deadline', '');
    demo.set('heading-level', '2');
    demo.set('facebook-href', '');
    demo.set('more-info-href', '');
    demo.check('phase-live');
    await demo.preview.updateComplete;
    await demo.preview.updateComplete;

    expect(attributesOf(demo.preview)).to.deep.equal(initialAttributes);
    expect(text(demo.preview)).to.equal(initialText);
    const root = demo.preview.shadowRoot!;
    expect(root.querySelector('h2[part~=heading]')).to.exist;
    expect(root.querySelector(EXPLANATION_DISCLOSURE)).not.to.exist;
    expect(
      Array.from(root.querySelectorAll<HTMLAnchorElement>('[part~=link]')).map((a) => a.getAttribute('href')),
    ).to.deep.equal([FORM_URLS.facebook, FORM_URLS.instagram]);
    expect(root.querySelector('[part~=footer] a')).not.to.exist;
    expect(attributesOf(parseSnippet(await demo.snippet()).widget)).to.deep.equal({lang: 'en'});
    expect(warnings).to.deep.equal([]);
  });

  it('copies the snippet and confirms it', async () => {
    const demo = await openDemo();
    demo.set('lang', 'de');
    let copied: string | undefined;
    Object.defineProperty(demo.win.navigator.clipboard, 'writeText', {
      configurable: true,
      value: (text: string) => {
        copied = text;
        return Promise.resolve();
      },
    });
    const snippet = await demo.snippet();
    const status = demo.doc.getElementById('copy-status')!;
    expect(status.getAttribute('role')).to.equal('status');
    demo.doc.getElementById('copy')!.click();
    await until(() => status.textContent, 'the copy confirmation');
    expect(copied).to.equal(snippet);
    expect(status.textContent).to.contain('Copied');

    // A changed snippet is no longer what was copied.
    demo.set('heading-level', '3');
    await demo.snippet();
    expect(status.textContent).to.equal('');
  });

  it('selects the snippet when the clipboard is refused', async () => {
    const demo = await openDemo();
    Object.defineProperty(demo.win.navigator.clipboard, 'writeText', {
      configurable: true,
      value: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')),
    });
    const status = demo.doc.getElementById('copy-status')!;
    demo.doc.getElementById('copy')!.click();
    await until(() => status.textContent, 'the copy status');
    expect(status.textContent).not.to.contain('Copied');
    expect(status.textContent).to.contain('selected');
    expect(demo.win.getSelection()!.toString()).to.equal(await demo.snippet());
  });

  it('gives a snippet that, pasted into an empty page, renders the preview (defaults)', async () => {
    const demo = await openDemo();
    demo.set('lang', 'en');
    await expectPasteMatchesPreview(demo);
  });

  it('gives a snippet that, pasted into an empty page, renders the preview (every option)', async () => {
    const demo = await openDemo();
    demo.set('lang', 'de');
    demo.check('variant-banner');
    demo.check('theme-light');
    demo.check('platform-whatsapp');
    demo.check('phase-before');
    demo.check('freeze');
    demo.set('deadline', '2025-06-30T23:59:00+02:00');
    demo.set('heading-level', '3');
    demo.set('instagram-href', `${FORM_URLS.instagram}?ref="x"`);
    demo.set('more-info-href', 'https://example.org/meta-ai');
    demo.check('accent-on');
    demo.set('accent', '#6a1b9a');
    const pasted = await expectPasteMatchesPreview(demo);
    expect(pasted.getAttribute('phase')).to.equal('countdown');
    expect(text(pasted)).to.contain('12 Tage');
    expect(pasted.shadowRoot!.querySelector('h3[part~=heading]')).to.exist;
    expect(accentOf(pasted)).to.equal('#6a1b9a');
  });

  it('has no axe violations (WCAG 2.2 AA)', async () => {
    const demo = await openDemo();
    demo.check('accent-on');
    const script = demo.doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = reject;
    });
    demo.doc.head.append(script);
    await loaded;
    const axe = (
      demo.win as unknown as {
        axe: {
          run: (
            context: Document,
            options: object,
          ) => Promise<{violations: {id: string; nodes: {target: unknown}[]}[]}>;
        };
      }
    ).axe;
    const {violations} = await axe.run(demo.doc, {
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
    });
    expect(
      violations.map((violation) => `${violation.id}: ${JSON.stringify(violation.nodes.map((node) => node.target))}`),
    ).to.deep.equal([]);
  });

  it('reflows at 320 px without sideways scrolling', async () => {
    const demo = await openDemo(320);
    demo.check('platform-whatsapp');
    demo.set('facebook-href', 'https://example.org/a-very-long-path-that-does-not-break-anywhere-at-all/and/more');
    expect(demo.doc.documentElement.scrollWidth).to.be.at.most(320);
  });
});

/** Opens the review gallery and waits for its widgets. */
async function openGallery() {
  const frame = await openFrame((f) => (f.src = '/demo/gallery.html'));
  const doc = frame.contentDocument!;
  const widgets = await until(() => {
    const found = Array.from(doc.querySelectorAll<Widget>('#frames meta-ai-optout'));
    return found.length > 0 && found;
  }, 'the widgets');
  return {doc, widgets};
}

describe('review gallery', () => {
  it('shows every supported language on one page, each widget in its own', async () => {
    const {doc, widgets} = await openGallery();
    expect(widgets.map((widget) => widget.lang)).to.deep.equal([...SUPPORTED_LOCALES]);
    await Promise.all(widgets.map((widget, index) => widgetReady(widget, SUPPORTED_LOCALES[index])));
    const headings = widgets.map((widget) => widget.shadowRoot!.querySelector('[part~=heading]')!.textContent);
    expect(new Set(headings).size, 'a heading of its own in each language').to.equal(SUPPORTED_LOCALES.length);
    const titles = Array.from(doc.querySelectorAll('#frames h2')).map((h) => h.textContent);
    expect(titles[SUPPORTED_LOCALES.indexOf('nl')]).to.contain('nl').and.contain('Nederlands');
  });

  it('switches every widget between before and after the deadline, and between layouts', async () => {
    const {doc, widgets} = await openGallery();
    await Promise.all(widgets.map((widget, index) => widgetReady(widget, SUPPORTED_LOCALES[index])));
    expect(widgets.map((widget) => widget.getAttribute('phase'))).to.deep.equal(widgets.map(() => 'countdown'));
    expect(widgets[1].getAttribute('platforms')).to.equal('facebook instagram whatsapp');
    expect(widgets[1].getAttribute('more-info-href')).to.equal('https://example.org/');

    const after = doc.querySelector<HTMLButtonElement>('[data-phase="after"]')!;
    after.click();
    expect(after.getAttribute('aria-pressed')).to.equal('true');
    expect(doc.querySelector('[data-phase="before"]')!.getAttribute('aria-pressed')).to.equal('false');
    await Promise.all(widgets.map((widget) => widget.updateComplete));
    expect(widgets.map((widget) => widget.getAttribute('phase'))).to.deep.equal(widgets.map(() => 'passed'));
    expect(Date.parse(widgets[0].getAttribute('now')!)).to.be.above(Date.parse(DEFAULT_DEADLINE));

    doc.querySelector<HTMLButtonElement>('[data-variant="banner"]')!.click();
    await Promise.all(widgets.map((widget) => widget.updateComplete));
    // A banner, as far as a page can tell: the attribute, and the explanation folded away.
    expect(
      widgets.every(
        (widget) =>
          widget.getAttribute('variant') === 'banner' && widget.shadowRoot!.querySelector(EXPLANATION_DISCLOSURE),
      ),
    ).to.equal(true);
  });
});
