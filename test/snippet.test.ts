/**
 * The prerendered snippet (src/snippet.ts, built to dist/snippet.js): what the command
 * line prints, shown by a browser without JavaScript, by a CMS that strips
 * <template>, with hostile input; the browser door giving the same snippet; and the
 * upgrade in place, which must not move the page or change what the reader sees.
 */
import {expect} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import {FORM_URLS} from '../src/facts.js';
import {until} from './support/wait.js';
import {VARIANTS} from '../src/attributes.js';

interface Run {
  stdout: string;
  stderr: string;
  status: number;
}
const cli = (...args: string[]) => executeServerCommand<Run, {args: string[]}>('snippet-cli', {args});

type SnippetModule = typeof import('../src/snippet.js');
// The `as string` keeps tsc from resolving the URL as a path (it would not find it).
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
const built = () => import('/dist/snippet.js' as string) as Promise<SnippetModule>;

/** A page of `html`, in a frame that runs no script at all. */
async function withoutScripts(html: string, width = 800): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.sandbox.add('allow-same-origin'); // to read it from here; scripts stay off
  frame.style.cssText = `width: ${width}px; height: 900px; border: 0`;
  frame.srcdoc = `<!doctype html><html lang="nl"><head><meta charset="utf-8"></head><body>${html}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  document.body.append(frame);
  await loaded;
  return frame.contentDocument!;
}

/**
 * Loads `src` in a frame of the given size, and waits for its DOM. The frame is fixed
 * at the top of the test page: Chromium does not render a frame out of view, and
 * without rendering there are no frames and no layout shifts to observe.
 */
async function frameOf(src: string, width: number, height: number): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `position: fixed; inset: 0 auto auto 0; width: ${width}px; height: ${height}px; border: 0`;
  frame.src = src;
  document.body.append(frame);
  // Not the load event: that waits for the module script, which these tests hold back.
  await until(
    () => frame.contentDocument?.readyState !== 'loading' && frame.contentDocument?.URL.includes('__snippet'),
    'the page',
    8000,
  );
  return frame;
}

/**
 * Where two long strings first differ, with some context, or undefined: chai's own
 * diff of two 10 KB strings takes minutes.
 */
function difference(a: string, b: string): string | undefined {
  if (a === b) return undefined;
  let at = 0;
  while (a[at] === b[at]) at++;
  return `at ${at}: …${a.slice(Math.max(0, at - 60), at + 60)}… vs …${b.slice(Math.max(0, at - 60), at + 60)}…`;
}

/** Two frames of `win` painted, or half a second where it does not render. */
const nextFrames = (win: Window) =>
  Promise.race([
    new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve))),
    new Promise((resolve) => setTimeout(resolve, 500)),
  ]);

const visible = (element: Element | null | undefined) =>
  !!element && element.getClientRects().length > 0 && element.getBoundingClientRect().height > 0;

/**
 * A shadow root's elements, attributes (sorted: Lit sets bound ones after the static
 * ones) and text, without comments (Lit's markers) or the prerender's <style>.
 */
function markup(node: Node): string {
  // White space as it renders: the prerender writes a run with a line break as one
  // space (src/snippet.ts), which no element here shows differently.
  if (node.nodeType === Node.TEXT_NODE) return node.textContent!.replace(/\s*\n\s*/g, ' ');
  if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return '';
  // Lit leaves adjacent text nodes where the parser makes one: compare them joined.
  const children = [...node.childNodes].map(markup).join('').replace(/ {2,}/g, ' ');
  if (node.nodeType === Node.DOCUMENT_FRAGMENT_NODE) return children;
  const element = node as Element;
  if (element.localName === 'style') return '';
  const attributes = [...element.attributes].map((a) => ` ${a.name}="${a.value}"`).sort();
  return `<${element.localName}${attributes.join('')}>${children}</${element.localName}>`;
}

/** Whether `win` has the element defined, as a boolean: chai would print the class. */
const defined = (win: Window) => win.customElements.get('meta-ai-optout') !== undefined;

describe('the snippet, from the command line', function () {
  // Each test starts Node: 1.0 s here idle, up to 1.7 s with both cores busy.
  this.timeout(30000);
  let nl: Run;
  before(async () => {
    nl = await cli('snippet', '--lang', 'nl', '--base', '/dist/', '--more-info-href', 'https://example.org/meta');
  });
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('prints one line of HTML: one module script, the element, no reserved height', () => {
    expect(nl.status, nl.stderr).to.equal(0);
    expect(nl.stdout.trimEnd()).not.to.contain('\n');
    expect(nl.stdout.match(/<script\b/g)).to.have.length(1);
    expect(nl.stdout).to.contain('<script type="module" src="/dist/meta-ai-optout.js"></script>');
    expect(nl.stdout.replace(/<style>[^<]*<\/style>/, '')).not.to.match(/min-height|style=/);
  });

  it('shows the whole widget without JavaScript: status and form links, in Dutch', async () => {
    const page = await withoutScripts(nl.stdout);
    const el = page.querySelector('meta-ai-optout')!;
    expect(defined(page.defaultView!), 'no script ran').to.equal(false);
    const root = el.shadowRoot!;
    expect(root, 'a declarative shadow root').to.exist;
    expect(root.querySelector('.status')!.textContent).to.contain('Je kunt nog steeds bezwaar maken');
    const links = [...root.querySelectorAll<HTMLAnchorElement>('a.link')];
    expect(links.map((a) => a.textContent.trim())).to.deep.equal([
      'Bezwaar maken op Facebook',
      'Bezwaar maken op Instagram',
    ]);
    for (const a of links) expect(visible(a), a.textContent).to.equal(true);
    // Styled by the prerender's own rules: the buttons have their colour and padding.
    expect(page.defaultView!.getComputedStyle(links[0]).backgroundColor).to.equal('rgb(11, 87, 208)');
    expect(visible(root.querySelector('footer a'))).to.equal(true);
    // The fallback links are not shown over the widget.
    expect(visible(el.querySelector('[slot="fallback"]'))).to.equal(false);
  });

  // Where the topics sit side by side, a reader hears no disclosure over text on screen;
  // on a phone the folded topics open and close: CSS alone, so it holds without a script.
  for (const [width, disclosures] of [
    [800, ['Goed om te weten']],
    [320, ['Wat Meta volgens eigen zeggen niet gebruikt', 'Zo maak je bezwaar', 'Goed om te weten']],
  ] as const) {
    it(`without JavaScript at ${width} px, the disclosures on screen are the ones that open, in one region`, async function () {
      const page = await withoutScripts(nl.stdout, width);
      const root = page.querySelector('meta-ai-optout')!.shadowRoot!;
      const shown = [...root.querySelectorAll('summary')].filter((s) => s.checkVisibility());
      expect(shown.length).to.equal(width === 800 ? 1 : 6);
      for (const name of disclosures)
        expect(
          shown.map((s) => s.textContent.trim()),
          name,
        ).to.include(name);
      const tree = await executeServerCommand<{role: string; name: string}[] | false, undefined>('accessibility-tree');
      if (tree === false) return this.skip(); // Chromium only, as in element.test.ts
      expect(tree.filter((n) => n.role === 'DisclosureTriangle').length).to.equal(shown.length);
      expect(tree.filter((n) => n.role === 'region').map((n) => n.name)).to.deep.equal([
        'Meta AI en je posts: je recht van bezwaar',
      ]);
    });
  }

  it('shows its fallback links, in Dutch, where a CMS strips the template', async () => {
    const stripped = nl.stdout.replace(/<template shadowrootmode="open">[^]*<\/template>/, '');
    expect(stripped).not.to.contain('<template');
    const page = await withoutScripts(stripped);
    const el = page.querySelector('meta-ai-optout')!;
    expect(el.shadowRoot).to.equal(null);
    const links = [...el.querySelectorAll<HTMLAnchorElement>('[slot="fallback"] a')];
    expect(links.map((a) => a.textContent)).to.deep.equal(['Bezwaar maken op Facebook', 'Bezwaar maken op Instagram']);
    expect(links.map((a) => a.href)).to.deep.equal([FORM_URLS.facebook, FORM_URLS.instagram]);
    for (const a of links) expect(visible(a)).to.equal(true);
  });

  it('refuses a bad flag or value with one line on stderr and exit code 2', async () => {
    // Seven Node start-ups side by side: seven in a row outran mocha's 10 s on a loaded machine.
    const cases = [
      ['--lang', 'nl', '--base', '/dist/', '--colour', 'red'],
      ['--lang', 'xx', '--base', '/dist/'],
      ['--lang', 'nl'],
      ['--lang', 'nl', '--base', 'javascript:alert(1)//'],
      ['--lang', 'nl', '--base', '/dist/', '--more-info-href', 'javascript:alert(1)'],
      ['--lang', 'nl', '--base', '/dist/', '--heading-level', '9'],
      ['--lang', 'nl', '--base', '/dist/', '--accent', 'red; background: url(x)'],
      ['--lang', 'nl', '--base', '/dist/', '--for', 'joomla'],
    ];
    const runs = await Promise.all(cases.map((args) => cli('snippet', ...args)));
    for (const [i, run] of runs.entries()) {
      const args = cases[i];
      expect(run.status, args.join(' ')).to.equal(2);
      expect(run.stdout, args.join(' ')).to.equal('');
      expect(run.stderr.trimEnd().split('\n'), args.join(' ')).to.have.length(1);
      expect(run.stderr).to.match(/^meta-ai-optout: /);
    }
  });

  it('takes --for, lists its choices in --help, and names them when it refuses one', async () => {
    const help = await cli('--help');
    const {TARGETS, CHOICES} = await built();
    for (const [target, {where}] of Object.entries(TARGETS))
      expect(help.stdout).to.contain(`  ${target.padEnd(10)} ${where}`);
    expect(help.stdout).to.contain(`[--variant ${CHOICES.variants.join('|')}]`);
    // A flag for each option that sets an attribute, as the widget's table has them.
    for (const option of Object.keys(CHOICES.attributeOptions))
      expect(help.stdout).to.contain(`[--${option.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`);
    const refused = await cli('snippet', '--lang', 'nl', '--base', '/dist/', '--for', 'joomla');
    expect(refused.stderr).to.contain('--for "joomla": expected one of: page, wordpress, drupal, tinymce, sanitised');
    const wordpress = await cli('snippet', '--lang', 'nl', '--base', '/dist/', '--for', 'wordpress');
    expect(wordpress.status, wordpress.stderr).to.equal(0);
    expect(wordpress.stdout).to.contain('<link rel="stylesheet" href="/dist/meta-ai-optout.css">');
    const sanitised = await cli('snippet', '--lang', 'nl', '--base', '/dist/', '--for', 'sanitised');
    expect(sanitised.stdout).not.to.contain('<script');
  });

  it('writes what a page author typed as text and checked links, never markup or javascript:', async () => {
    const attack = '"><img src=x onerror=alert(1)><script>alert(2)</script></span></meta-ai-optout><b>';
    const run = await cli(
      'snippet',
      ...['--lang', 'nl', '--base', '/dist/', '--message', attack],
      ...['--facebook-href', 'https://example.org/"><script>alert(3)</script>'],
      ...['--variant', 'banner'],
    );
    expect(run.status, run.stderr).to.equal(0);
    const page = await withoutScripts(run.stdout);
    expect(page.querySelectorAll('img, b')).to.have.length(0);
    expect(page.querySelectorAll('script')).to.have.length(1);
    const el = page.querySelector('meta-ai-optout')!;
    expect(el.querySelector('span:not([slot])')!.textContent).to.equal(attack);
    const hrefs = [...el.shadowRoot!.querySelectorAll('a'), ...el.querySelectorAll('a')].map((a) => a.href);
    for (const href of hrefs) expect(href).to.match(/^https:\/\//);
    expect(el.shadowRoot!.querySelector<HTMLAnchorElement>('a.facebook')!.href).to.equal(
      'https://example.org/%22%3E%3Cscript%3Ealert(3)%3C/script%3E',
    );
  });
});

describe('the snippet, from the browser (dist/snippet.js)', () => {
  it('is the command line snippet, byte for byte', async () => {
    const {createSnippet} = await built();
    const args = ['--lang', 'de-AT', '--base', 'https://cdn.example/w/', '--variant', 'compact', '--pinned'];
    const run = await cli('snippet', ...args, '--platforms', 'instagram whatsapp', '--message', 'Unsere Meinung');
    const here = createSnippet({
      lang: 'de-AT',
      base: 'https://cdn.example/w/',
      variant: 'compact',
      pinned: true,
      platforms: 'instagram whatsapp',
      message: 'Unsere Meinung',
    });
    expect(here.refusals).to.deep.equal([]);
    expect(run.stdout).to.equal(`${here.html}\n`);
  });

  it('pins the build: the integrity hash rollup recorded, and crossorigin', async () => {
    const {createSnippet} = await built();
    const release = (await (await fetch('/dist/integrity.json')).json()) as {entry: string};
    const {html} = createSnippet({lang: 'fr', base: '/dist/', pinned: true});
    expect(html).to.contain(`integrity="${release.entry}" crossorigin="anonymous"`);
    const script = await (await fetch('/dist/meta-ai-optout.js')).arrayBuffer();
    const digest = btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.digest('SHA-384', script))));
    expect(release.entry).to.equal(`sha384-${digest}`);
  });

  it('returns each refused value with its reason, and writes none of them', async () => {
    const {createSnippet} = await built();
    const {html, refusals} = createSnippet({
      lang: 'nl',
      base: '/dist/',
      theme: 'neon',
      platforms: 'facebook myspace',
      moreInfoHref: 'http://example.org/',
      deadline: '2027-01-01',
      accent: 'red;}*{display:none',
    });
    expect(refusals.map((r) => r.option)).to.deep.equal(['theme', 'platforms', 'moreInfoHref', 'deadline', 'accent']);
    for (const refusal of refusals) expect(refusal.reason).to.be.a('string').and.not.equal('');
    expect(html!.replace(/<style>[^<]*<\/style>/, '')).not.to.match(/neon|myspace|http:|2027|\}\*\{/);
  });

  it('with strictCsp, leaves the accent out of the element and returns it as a rule', async () => {
    const {createSnippet} = await built();
    const loose = createSnippet({lang: 'nl', base: '/dist/', accent: '#e2001a'});
    expect(loose.html).to.contain('style="--meta-ai-optout-accent: #e2001a"');
    const strict = createSnippet({lang: 'nl', base: '/dist/', accent: '#e2001a', strictCsp: true});
    expect(strict.html).not.to.contain('style="');
    expect(strict.accentRule).to.equal('meta-ai-optout { --meta-ai-optout-accent: #e2001a; }');
  });

  it("inlines the widget's own rules, whose hash is the published style-src", async () => {
    const {createSnippet} = await built();
    const {html, styleSrc} = createSnippet({lang: 'nl', base: '/dist/'});
    const css = html!.match(/<style>([^<]*)<\/style>/)![1];
    // The file has the same rules, and after them those for what a CMS adds (rollup.config.mjs).
    expect((await (await fetch('/dist/meta-ai-optout.css')).text()).startsWith(css)).to.equal(true);
    const digest = btoa(
      String.fromCharCode(...new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(css)))),
    );
    expect(styleSrc).to.equal(`'sha256-${digest}'`);
  });
});

/** The article page with a snippet for `options`, its files held back by `slow` ms. */
let pages = 0;
const pageUrl = (options: object, {slow = '0-0', csp = ''} = {}) =>
  // A new folder each time, so no page finds the script in the cache of the last one.
  `/__snippet/page.html?${new URLSearchParams({options: JSON.stringify(options), slow: `${slow}-${++pages}`, csp})}`;

type PageWindow = Window & {shifts: number[]; violations: string[]};

describe('the upgrade in place', function () {
  // Each test holds the script back on purpose (up to 1.5 s), then waits for the page,
  // the script and the first render, each allowed until()'s 8 s: mocha's 10 s default
  // would cut a loaded machine's slow but moving run short of the stage's own message.
  this.timeout(30000);
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  for (const variant of VARIANTS) {
    for (const [width, height] of [
      [375, 812],
      [1280, 800],
    ]) {
      it(`moves nothing when the script arrives late: ${variant} at ${width}×${height}`, async () => {
        const frame = await frameOf(pageUrl({lang: 'nl', variant}, {slow: '1500-0'}), width, height);
        const win = frame.contentWindow as PageWindow;
        const el = win.document.querySelector('meta-ai-optout')!;
        // The reader has scrolled to the widget and waits there.
        el.scrollIntoView();
        await nextFrames(win);
        expect(defined(win), 'the script is still on its way').to.equal(false);
        const before = el.getBoundingClientRect().toJSON() as DOMRect;
        const prerendered = markup(el.shadowRoot!);
        const next = win.document.querySelector('h1 ~ p:last-of-type')!.getBoundingClientRect().toJSON() as DOMRect;
        await until(() => win.customElements.get('meta-ai-optout'), 'the script', 8000);
        await until(() => !el.shadowRoot!.querySelector('style'), 'the first render', 8000);
        await nextFrames(win);
        expect(el.getBoundingClientRect().toJSON()).to.deep.equal(before);
        expect(win.document.querySelector('h1 ~ p:last-of-type')!.getBoundingClientRect().toJSON()).to.deep.equal(next);
        // The same DOM, only rendered by the element now.
        expect(difference(markup(el.shadowRoot!), prerendered)).to.equal(undefined);
        if ('LayoutShift' in win) expect(win.shifts).to.deep.equal([]);
      });
    }
  }

  it('keeps the prerender, not the fallback, while the language is still loading', async () => {
    const frame = await frameOf(pageUrl({lang: 'nl'}, {slow: '0-1500'}), 800, 900);
    const win = frame.contentWindow as PageWindow;
    const el = win.document.querySelector('meta-ai-optout')!;
    await until(() => win.customElements.get('meta-ai-optout'), 'the script', 8000);
    const seen: string[] = [];
    const observer = new MutationObserver(() => seen.push(el.shadowRoot!.textContent ?? ''));
    observer.observe(el.shadowRoot!, {subtree: true, childList: true, characterData: true});
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(el.shadowRoot!.querySelector('slot[name="fallback"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.heading')!.textContent).to.contain('je recht van bezwaar');
    await until(() => !el.shadowRoot!.querySelector('style'), 'the first render', 8000);
    observer.disconnect();
    for (const text of seen) expect(text).to.contain('je recht van bezwaar');
  });

  it('keeps what the reader did before the script came: an open disclosure, the focus', async () => {
    const frame = await frameOf(pageUrl({lang: 'nl'}, {slow: '1500-0'}), 800, 900);
    const win = frame.contentWindow as PageWindow;
    const el = win.document.querySelector('meta-ai-optout')!;
    const disclosure = () => el.shadowRoot!.querySelector<HTMLDetailsElement>('details.myths')!;
    const instagram = () => el.shadowRoot!.querySelector<HTMLAnchorElement>('a.instagram')!;
    disclosure().open = true;
    instagram().focus();
    expect(defined(win), 'the script is still on its way').to.equal(false);
    const prerendered = instagram();
    await until(() => !el.shadowRoot!.querySelector('style'), 'the first render', 8000);
    expect(instagram(), 'rendered anew').not.to.equal(prerendered);
    expect(disclosure().open, 'still open').to.equal(true);
    expect(el.shadowRoot!.activeElement, 'the focus where it was').to.equal(instagram());
    expect(el.shadowRoot!.querySelectorAll('details[open]')).to.have.length(1);
  });

  it('replaces a prerender of older content with the current text', async () => {
    const {createSnippet} = await built();
    // A snippet pasted a revision ago: another review date and a sentence since rewritten.
    const old = createSnippet({lang: 'nl', base: '/dist/'})
      .html!.replace(
        /(gecontroleerd op )<time datetime="[^"]*">[^<]*<\/time>/,
        '$1<time datetime="2025-01-01">1 januari 2025</time>',
      )
      .replace('Log eerst in.', 'Oude tekst.');
    expect(old).to.contain('Oude tekst.').and.to.contain('1 januari 2025');
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="nl"><body>${old}</body></html>`;
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
    const el = frame.contentDocument!.querySelector('meta-ai-optout')!;
    await until(() => !el.shadowRoot!.querySelector('style'), 'the first render', 8000);
    expect(el.shadowRoot!.textContent).not.to.contain('Oude tekst.');
    expect(el.shadowRoot!.querySelector('.how')!.textContent).to.contain('Log eerst in.');
    expect(el.shadowRoot!.querySelector('footer time')!.getAttribute('datetime')).not.to.equal('2025-01-01');
  });

  it('is styled before and after its script under a strict CSP, with the published hash', async () => {
    const frame = await frameOf(pageUrl({lang: 'nl', strictCsp: true}, {slow: '800-0', csp: 'strict'}), 800, 900);
    const win = frame.contentWindow as PageWindow;
    const el = win.document.querySelector('meta-ai-optout')!;
    const button = () => el.shadowRoot!.querySelector('a.facebook')!;
    expect(defined(win), 'the script is still on its way').to.equal(false);
    expect(win.getComputedStyle(button()).backgroundColor).to.equal('rgb(11, 87, 208)');
    await until(() => !el.shadowRoot!.querySelector('style'), 'the first render', 8000);
    expect(win.getComputedStyle(button()).backgroundColor).to.equal('rgb(11, 87, 208)');
    expect(win.violations.filter((v) => !v.includes('ws:'))).to.deep.equal([]);
  });

  it("is styled under style-src 'self' alone with the stylesheet file", async () => {
    const options = {lang: 'nl', strictCsp: true, stylesheet: 'link'};
    // The plain strict policy, without the hash: only the file beside the script.
    const frame = await frameOf(pageUrl(options, {slow: '800-0', csp: 'self'}), 800, 900);
    const win = frame.contentWindow as PageWindow;
    const el = win.document.querySelector('meta-ai-optout')!;
    await until(
      () => win.getComputedStyle(el.shadowRoot!.querySelector('a.facebook')!).backgroundColor === 'rgb(11, 87, 208)',
      'the stylesheet',
      4000,
    );
    expect(defined(win), 'the script is still on its way').to.equal(false);
    expect(win.violations.filter((v) => !v.includes('ws:'))).to.deep.equal([]);
  });
});
