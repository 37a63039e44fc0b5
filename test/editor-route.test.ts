/**
 * The editor's route, as a web editor without Node takes it: the release folder served
 * from a path of its own, its configurator used there, and the snippet pasted into an
 * article, also through WordPress's classic editor (wpautop) and a Custom HTML block.
 */
import {expect} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import {autop} from '@wordpress/autop';
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

describe('the snippet in WordPress', () => {
  /** The configurator's snippet for a Dutch widget with the host's message and three forms. */
  async function dutchSnippet(): Promise<string> {
    const frame = await openFrame((f) => (f.src = '/demo/index.html'));
    const doc = frame.contentDocument!;
    const win = frame.contentWindow as Window & typeof globalThis;
    const set = (id: string, value: string) => {
      const control = doc.getElementById(id) as HTMLInputElement;
      control.value = value;
      control.dispatchEvent(new win.Event('input', {bubbles: true}));
    };
    await until(() => doc.getElementById('snippet')?.dataset.state === 'ready', 'the configurator');
    set('lang', 'nl');
    set('message', 'Wij vinden dat Meta eerst toestemming moet vragen.');
    (doc.getElementById('platform-whatsapp') as HTMLInputElement).click();
    await until(() => doc.getElementById('snippet')!.textContent.includes('whatsapp'), 'the WhatsApp link');
    const code = await until(() => {
      const element = doc.getElementById('snippet')!;
      return element.dataset.state === 'ready' && element.textContent.includes('toestemming') && element;
    }, 'the Dutch snippet');
    frame.remove();
    return code.textContent;
  }

  /** What a page shows of the snippet: the widget's light DOM, what is left around it, its rendering. */
  async function pasted(html: string) {
    const frame = await article(html);
    const widget = await widgetIn(frame, 'nl');
    const body = frame.contentDocument!.body;
    const outside = body.cloneNode(true) as HTMLElement;
    outside.querySelector('meta-ai-optout')!.remove();
    return {
      children: Array.from(widget.childNodes).map((node) =>
        node.nodeType === Node.ELEMENT_NODE
          ? `<${(node as Element).localName}${(node as Element).slot ? ` slot=${(node as Element).slot}` : ''}>${node.textContent}`
          : `#text ${JSON.stringify(node.textContent)}`,
      ),
      // The article's own paragraphs, and no text of the snippet's.
      textAround: Array.from(outside.querySelectorAll('*'))
        .map((element) => (element.children.length ? '' : element.textContent.trim()))
        .filter(Boolean),
      // The elements around the widget, but for the paragraphs wpautop may wrap it in.
      elementsAround: Array.from(outside.querySelectorAll('*'))
        .map((element) => element.localName)
        .filter((name) => name !== 'p'),
      text: text(widget),
    };
  }

  it('comes through the classic editor’s automatic paragraphs (wpautop) unchanged in effect', async () => {
    const snippet = await dutchSnippet();
    const raw = await pasted(snippet);
    const wrapped = autop(snippet);
    expect(wrapped, 'wpautop changed something (else this test proves nothing)').not.to.equal(snippet);
    const afterAutop = await pasted(wrapped);
    expect(afterAutop.children).to.deep.equal(raw.children);
    expect(afterAutop.children).to.include('<span>Wij vinden dat Meta eerst toestemming moet vragen.');
    expect(afterAutop.textAround).to.deep.equal(['Meta en AI', 'Een alinea.', 'Nog een alinea.']);
    expect(afterAutop.elementsAround).to.deep.equal(raw.elementsAround);
    expect(afterAutop.text).to.equal(raw.text);
  });

  it('comes through the block editor’s Custom HTML block (kept as typed) and the classic editor on separate lines', async () => {
    const snippet = await dutchSnippet();
    const raw = await pasted(snippet);
    // A Custom HTML block stores the markup as typed, between block comments.
    const block = await pasted(`<!-- wp:html -->\n${snippet}\n<!-- /wp:html -->`);
    expect(block.children).to.deep.equal(raw.children);
    // An editor who pastes it between two paragraphs of the classic editor.
    const classic = await pasted(autop(`Een alinea ervoor.\n\n${snippet}\n\nEen alinea erna.`));
    expect(classic.children).to.deep.equal(raw.children);
    expect(classic.elementsAround).to.deep.equal(raw.elementsAround);
    expect(classic.text).to.equal(raw.text);
  });
});
