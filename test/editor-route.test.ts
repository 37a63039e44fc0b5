/**
 * The editor's route, as a web editor without Node takes it: the release folder served
 * from a path of its own, its configurator used there, and the snippet pasted into an
 * article. (What WordPress and other CMSs do to it is test/cms.test.ts: their real code.)
 */
import {expect} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import {closePages, openFrame} from './support/page.js';
import {until} from './support/wait.js';
import {text} from './support/widget.js';

type Widget = HTMLElement & {updateComplete: Promise<boolean>};

afterEach(closePages);

/** The frame's widget once it shows its content in `lang`. */
async function widgetIn(frame: HTMLIFrameElement, lang: string): Promise<Widget> {
  return until(() => {
    const widget = frame.contentDocument!.querySelector<Widget>('meta-ai-optout');
    return widget?.shadowRoot?.querySelector(`[part~=base][lang="${lang}"]`) && widget;
  }, `the widget in ${lang}`);
}

/** An article page with `html` in its body, as a CMS would send it. */
const article = (html: string) =>
  openFrame(
    (f) =>
      (f.srcdoc = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Artikel</title></head><body><article><h1>Meta en AI</h1><p>Een alinea.</p>${html}<p>Nog een alinea.</p></article></body></html>`),
  );

interface Release {
  name: string;
  folder: string[];
  zip: string[];
}

describe('the release folder', () => {
  let release: Release;
  before(async () => {
    release = await executeServerCommand('release-files');
  });

  it('holds the widget, its languages, the configurator, the guide, LICENSE, CHANGELOG and the hashes; the zip the same', () => {
    for (const file of [
      'meta-ai-optout.js',
      'locales/nl.js',
      'locales/en.js',
      'index.html',
      'demo.js',
      'guide.html',
      'LICENSE',
      'CHANGELOG.md',
      'integrity.txt',
    ])
      expect(release.folder, file).to.include(file);
    expect(release.folder.filter((file) => file.startsWith('types/') || file.endsWith('.ts'))).to.deep.equal([]);
    expect(release.zip).to.deep.equal(release.folder.map((file) => `${release.name}/${file}`));
  });

  it('works from its own folder alone: the configurator loads nothing from elsewhere and its snippet points there', async () => {
    const folder = new URL(`/release/${release.name}/`, location.href).href;
    const frame = await openFrame((f) => (f.src = `${folder}index.html`));
    const doc = frame.contentDocument!;
    await widgetIn(frame, doc.querySelector<HTMLSelectElement>('#lang')!.value);
    const code = await until(() => {
      const element = doc.getElementById('snippet')!;
      return element.dataset.state === 'ready' && element;
    }, 'the snippet');
    expect(code.textContent).to.contain(`<script type="module" src="${folder}meta-ai-optout.js"`);
    const requested = frame
      .contentWindow!.performance.getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((url) => !url.includes('/__web-dev-server'));
    expect(requested.length).to.be.greaterThan(2);
    for (const url of requested) expect(url, url).to.satisfy((u: string) => u.startsWith(folder));

    // Its snippet, pasted into an article, shows the widget from that folder.
    const pasted = await widgetIn(
      await article(code.textContent),
      doc.querySelector<HTMLSelectElement>('#lang')!.value,
    );
    expect(text(pasted)).to.contain('Facebook');
  });

  it('lists a hash for every script, the entry’s as the browser computes it', async () => {
    const folder = `/release/${release.name}/`;
    const lines = (await (await fetch(`${folder}integrity.txt`)).text()).split('\n').filter((l) => /^sha384-/.test(l));
    const listed: Record<string, string> = Object.fromEntries(
      lines.map((line) => line.split(/\s+/).reverse() as [string, string]),
    );
    const scripts = release.folder.filter(
      (file) => file.endsWith('.js') && !/^(demo|gallery|language-names)\.js$/.test(file),
    );
    expect(Object.keys(listed).sort()).to.deep.equal(scripts.sort());
    // The test server rewrites the import lines of the chunks it serves; the entry it serves as built.
    const digest = new Uint8Array(
      await crypto.subtle.digest('SHA-384', await (await fetch(`${folder}meta-ai-optout.js`)).arrayBuffer()),
    );
    expect(listed['meta-ai-optout.js']).to.equal(`sha384-${btoa(String.fromCharCode(...digest))}`);
  });
});

describe('the configurator asks where the snippet will be pasted', () => {
  /** The configurator's Dutch snippet for `target`, and the hint it shows. */
  async function snippetFor(target: string): Promise<{snippet: string; hint: string}> {
    const frame = await openFrame((f) => (f.src = '/demo/index.html'));
    const doc = frame.contentDocument!;
    const win = frame.contentWindow as Window & typeof globalThis;
    const set = (id: string, value: string) => {
      const control = doc.getElementById(id) as HTMLSelectElement;
      control.value = value;
      control.dispatchEvent(new win.Event('input', {bubbles: true}));
    };
    await until(() => doc.getElementById('snippet')?.dataset.state === 'ready', 'the configurator');
    set('lang', 'nl');
    set('target', target);
    const code = await until(() => {
      const element = doc.getElementById('snippet')!;
      return element.textContent.includes('lang="nl"') && element;
    }, `the Dutch snippet for ${target}`);
    return {snippet: code.textContent, hint: doc.getElementById('target-hint')!.textContent};
  }

  it('offers every form the generator makes, a plain page first', async () => {
    const frame = await openFrame((f) => (f.src = '/demo/index.html'));
    const select = await until(() => frame.contentDocument!.querySelector<HTMLSelectElement>('#target'), 'the select');
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
    const {TARGETS} = (await import('/dist/snippet.js' as string)) as typeof import('../src/snippet.js');
    expect([...select.options].map((option) => option.value)).to.deep.equal(Object.keys(TARGETS));
    expect(select.value).to.equal('page');
  });

  it('writes the WordPress form for WordPress, and says what readers get', async () => {
    const {snippet, hint} = await snippetFor('wordpress');
    expect(snippet).to.match(/<template shadowrootmode="open"><link rel="stylesheet" href="[^"]*meta-ai-optout\.css">/);
    expect(snippet).not.to.contain('<style>');
    expect(hint).to.contain('administrators and editors');
  });

  it('writes no script where scripts are stripped', async () => {
    const {snippet, hint} = await snippetFor('sanitised');
    expect(snippet).not.to.contain('<script');
    expect(snippet).to.contain('Bezwaar maken op Facebook');
    expect(hint).to.contain('nothing else');
  });
});
