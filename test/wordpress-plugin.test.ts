/**
 * The WordPress plugin as `npm run release` zips it, installed in a real WordPress
 * (Debian's, test/wordpress/site.mjs): activated on a single site and network-wide,
 * posts with the block and the shortcode saved through the REST API by each role that
 * can write, hostile values among them, read in the browser with JavaScript and
 * without. What the reader gets is judged as for the snippet (test/support/reader.ts).
 */
import {expect} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import {closePages, openFrame} from './support/page.js';
import {article, readPage} from './support/reader.js';
import {until} from './support/wait.js';

interface Posted {
  path: string;
  origin: string;
  log: string[];
}
const post = (role: string, content: string, kind = 'single') =>
  executeServerCommand<Posted, unknown>('wordpress-plugin-post', {role, kind, content: article(content)});

const block = (attributes: Record<string, string>) =>
  `<!-- wp:meta-ai-optout/widget ${JSON.stringify(attributes)} /-->`;
const shortcode = (attributes: string) => `<!-- wp:shortcode -->[meta_ai_optout ${attributes}]<!-- /wp:shortcode -->`;

/** Layout shift above this when the script takes over fails: Core Web Vitals' "good". */
const GOOD = 0.1;

describe('the WordPress plugin', function () {
  // A WordPress with the plugin starts in 10-20 s, on first use.
  this.timeout(120000);
  afterEach(closePages);

  for (const [kind, roles] of [
    ['single', ['administrator', 'editor', 'author', 'contributor']],
    ['network', ['super admin', 'administrator', 'author']],
  ] as const) {
    for (const role of roles) {
      it(`gives the whole widget on a ${kind === 'network' ? 'network' : 'single site'}, block and shortcode, as ${role}`, async () => {
        for (const content of [block({lang: 'nl', variant: 'compact'}), shortcode('lang="nl" heading_level="3"')]) {
          const page = await post(role, content, kind);
          const off = await readPage(page, false);
          const on = await readPage(page, true);
          expect(`${off.verdict}/${on.verdict}`, [...off.why, ...on.why].join('; ')).to.equal('whole/whole');
          if (on.shift !== undefined) expect(on.shift, 'layout shift when the script took over').to.be.below(GOOD);
          expect(page.log, 'notices or warnings in the log').to.deep.equal([]);
        }
      });
    }
  }

  it('serves one module script for two widgets in two languages, and nothing from another host', async () => {
    const page = await post('author', `${block({lang: 'nl'})}${shortcode('lang="de" variant="banner"')}`);
    const frame = await openFrame((f) => (f.src = page.path), 800);
    const doc = frame.contentDocument!;
    const scripts = [...doc.querySelectorAll<HTMLScriptElement>('script[src*="meta-ai-optout"]')];
    expect(scripts.map((script) => [script.type, script.src])).to.deep.equal([
      ['module', `${page.origin}/wp-content/plugins/meta-ai-optout/dist/meta-ai-optout.js`],
    ]);
    const widgets = await until(() => {
      const all = [...doc.querySelectorAll('meta-ai-optout')];
      return all.every((el) => el.shadowRoot?.querySelector('[part~=base] a.link')) && all;
    }, 'both widgets');
    expect(widgets.map((el) => el.shadowRoot!.querySelector('[part~=base]')!.getAttribute('lang'))).to.deep.equal([
      'nl',
      'de',
    ]);
    const widgetFiles = frame
      .contentWindow!.performance.getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((url) => url.includes('meta-ai-optout'));
    expect(widgetFiles.length).to.be.greaterThan(2);
    for (const url of widgetFiles)
      expect(url.startsWith(`${page.origin}/wp-content/plugins/meta-ai-optout/dist/`), url).to.equal(true);
  });

  it('turns nothing a contributor types into markup or a javascript: link, and falls back to the defaults', async () => {
    const hostile = `lang="xx" variant="&lt;script&gt;" platforms="facebook evil" heading_level="9" more_info_href="javascript:alert(1)" facebook_href="http://example.org/" message="&lt;img src=x onerror=alert(1)&gt; Lees dit."`;
    const page = await post('contributor', `${shortcode(hostile)}`);
    const frame = await openFrame((f) => (f.src = page.path), 800);
    const doc = frame.contentDocument!;
    const el = await until(
      () =>
        doc.querySelector('meta-ai-optout')?.shadowRoot?.querySelector('a.link') && doc.querySelector('meta-ai-optout'),
      'the widget',
    );
    const served = await (await fetch(page.path)).text();
    expect(served.match(/<meta-ai-optout[^>]*>/g)).to.deep.equal(['<meta-ai-optout lang="en">']);
    expect(doc.querySelector('main img, main script:not([src])')).to.equal(null);
    const hrefs = [...el.shadowRoot!.querySelectorAll('a'), ...el.querySelectorAll('a')].map((a) =>
      a.getAttribute('href'),
    );
    expect(hrefs.filter((href) => !href?.startsWith('https://'))).to.deep.equal([]);
    expect(el.textContent).to.contain('Lees dit.');
    expect(doc.querySelector('.meta-ai-optout-refused'), 'readers are not told').to.equal(null);
  });

  it("tells the post's editor, in the block's preview, which value it refused and why", async () => {
    const rendered = await executeServerCommand<string, unknown>('wordpress-plugin-preview', {
      role: 'author',
      attributes: {lang: 'nl', variant: 'huge', moreInfoHref: 'javascript:alert(1)'},
    });
    const note = new DOMParser().parseFromString(rendered, 'text/html').querySelector('.meta-ai-optout-refused');
    expect(note!.textContent).to.contain('ignored variant="huge" (expected card, compact, banner; using card)');
    expect(note!.textContent).to.contain(
      'more-info-href="javascript:alert(1)" (expected an https:// link; using the default)',
    );
    expect(rendered).not.to.contain('href="javascript');
  });

  it('gives the whole widget from the first paint for any set of form links and heading level', async () => {
    const page = await post('author', block({lang: 'nl', platforms: 'facebook instagram whatsapp', headingLevel: '4'}));
    const off = await readPage(page, false);
    const on = await readPage(page, true);
    expect(`${off.verdict}/${on.verdict}`, [...off.why, ...on.why].join('; ')).to.equal('whole/whole');
    if (on.shift !== undefined) expect(on.shift, 'layout shift when the script took over').to.be.below(GOOD);
    const served = await (await fetch(page.path)).text();
    expect(served).to.match(/<h4 part="heading"/);
  });
});
