/**
 * The snippet through the CMSs it is pasted into, each run through its own code: a real
 * WordPress (Debian's package: the block and the classic editor, each role, a network),
 * CKEditor 5 configured as Drupal's Full HTML and Basic HTML, TinyMCE, DOMPurify and
 * sanitize-html, with their defaults and with the element allowed.
 * For each pipeline and each form of the snippet (src/snippet.ts, TARGETS), what a
 * reader gets with JavaScript and without, read in the browser: whole, readable or
 * broken (test/support/reader.ts says what each means).
 *
 * The expected table below is the README's recipes: a change in any cell fails here.
 */
import {expect} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import DOMPurify from 'dompurify';
import {closePages} from './support/page.js';
import {article, readPage} from './support/reader.js';

type SnippetModule = typeof import('../src/snippet.js');
type Target = keyof SnippetModule['TARGETS'];
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
const built = () => import('/dist/snippet.js' as string) as Promise<SnippetModule>;

const MESSAGE = 'Lees ook ons artikel over AI.';

/** A pipeline: the page HTML it makes of an article holding `snippet`, as a URL or as HTML. */
interface Pipeline {
  readonly name: string;
  readonly run: (article: string) => Promise<{path: string} | {html: string}> | {html: string};
}

const wordpress = (name: string, payload: {kind?: string; role: string; editor: 'block' | 'classic'}): Pipeline => ({
  name: `WordPress${payload.kind === 'network' ? ' network' : ''}, ${payload.editor === 'block' ? 'Custom HTML block' : 'classic editor, Text tab'}, ${name}`,
  run: async (html) => ({
    path: (await executeServerCommand<{path: string}, unknown>('wordpress-post', {...payload, html})).path,
  }),
});

/**
 * The editors keep their own state in the test origin's storage, which the privacy
 * test (test/trust.test.ts) checks the widget never writes: gone as soon as they are.
 */
function forgetEditorStorage() {
  localStorage.clear();
  sessionStorage.clear();
}

/** CKEditor 5's round trip: what its editor keeps of `html` once loaded and saved. */
async function throughCkeditor(html: string, drupalFormat: 'full' | 'basic'): Promise<string> {
  // The package's browser build: one module, as a site's editor page loads it.
  const ck = (await import(
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
    '/node_modules/ckeditor5/dist/browser/ckeditor5.js' as string
  )) as typeof import('ckeditor5');
  const host = document.createElement('div');
  document.body.append(host);
  // Drupal's two formats: Full HTML allows any markup (General HTML Support with
  // every element and attribute); Basic HTML its list of tags and attributes.
  const htmlSupport: import('ckeditor5').GeneralHtmlSupportConfig =
    drupalFormat === 'full'
      ? {allow: [{name: /.*/, attributes: true, classes: true, styles: true}]}
      : {
          allow: [
            {name: 'a', attributes: ['hreflang', 'href']},
            {name: /^(cite|dl|dt|dd|blockquote|code|strong|em|br|li)$/},
            {name: /^h[2-6]$/, attributes: ['id']},
            {name: 'ul', attributes: ['type']},
            {name: 'ol', attributes: ['start', 'type']},
          ],
        };
  const editor = await ck.ClassicEditor.create(host, {
    licenseKey: 'GPL',
    plugins: [
      ck.Essentials,
      ck.Paragraph,
      ck.Heading,
      ck.Bold,
      ck.Italic,
      ck.Link,
      ck.List,
      ck.BlockQuote,
      ck.Code,
      ck.SourceEditing,
      ck.GeneralHtmlSupport,
      ...(drupalFormat === 'full' ? [ck.HtmlComment] : []),
    ],
    htmlSupport,
  });
  editor.setData(html);
  const data = editor.getData();
  await editor.destroy();
  host.remove();
  forgetEditorStorage();
  return data;
}

interface TinyMce {
  init(
    settings: Record<string, unknown>,
  ): Promise<{setContent(html: string): void; getContent(): string; remove(): void}[]>;
}
/** TinyMCE's round trip, with its defaults or with the element declared as custom. */
async function throughTinymce(html: string, allowElement: boolean): Promise<string> {
  const win = window as unknown as {tinymce?: TinyMce};
  if (!win.tinymce) {
    const script = document.createElement('script');
    script.src = '/node_modules/tinymce/tinymce.min.js';
    const loaded = new Promise((resolve) => script.addEventListener('load', resolve, {once: true}));
    document.head.append(script);
    await loaded;
  }
  const target = document.createElement('textarea');
  document.body.append(target);
  const [editor] = await win.tinymce!.init({
    target,
    license_key: 'gpl',
    base_url: '/node_modules/tinymce',
    suffix: '.min',
    menubar: false,
    toolbar: false,
    promotion: false,
    ...(allowElement ? {custom_elements: 'meta-ai-optout'} : {}),
  });
  editor.setContent(html);
  const data = editor.getContent();
  editor.remove();
  target.remove();
  forgetEditorStorage();
  return data;
}

const PIPELINES: Pipeline[] = [
  {name: 'plain page', run: (html) => ({html})},
  wordpress('administrator', {role: 'administrator', editor: 'block'}),
  wordpress('editor', {role: 'editor', editor: 'block'}),
  wordpress('author', {role: 'author', editor: 'block'}),
  wordpress('contributor', {role: 'contributor', editor: 'block'}),
  wordpress('administrator', {role: 'administrator', editor: 'classic'}),
  wordpress('author', {role: 'author', editor: 'classic'}),
  wordpress('super admin', {kind: 'network', role: 'super admin', editor: 'block'}),
  wordpress('site administrator', {kind: 'network', role: 'administrator', editor: 'block'}),
  {name: 'CKEditor 5, Drupal Full HTML', run: async (html) => ({html: await throughCkeditor(html, 'full')})},
  {name: 'CKEditor 5, Drupal Basic HTML', run: async (html) => ({html: await throughCkeditor(html, 'basic')})},
  {name: 'TinyMCE 8, defaults', run: async (html) => ({html: await throughTinymce(html, false)})},
  {name: 'TinyMCE 8, element allowed', run: async (html) => ({html: await throughTinymce(html, true)})},
  {name: 'DOMPurify, defaults', run: (html) => ({html: DOMPurify.sanitize(html)})},
  {
    name: 'DOMPurify, element allowed',
    run: (html) => ({
      html: DOMPurify.sanitize(html, {
        CUSTOM_ELEMENT_HANDLING: {tagNameCheck: /^meta-ai-optout$/, attributeNameCheck: /^(lang|variant|platforms)$/},
        ADD_ATTR: ['slot'],
      }),
    }),
  },
  {
    name: 'sanitize-html, defaults',
    run: async (html) => ({html: await executeServerCommand<string, unknown>('sanitize-html', {html})}),
  },
  {
    name: 'sanitize-html, element allowed',
    run: async (html) => ({
      html: await executeServerCommand<string, unknown>('sanitize-html', {html, allowElement: true}),
    }),
  },
];

/**
 * What each pipeline gives each form, as "without JavaScript/with it", in the order of
 * TARGETS: page, wordpress, drupal, tinymce, sanitised. The README's recipes are this
 * table: each CMS's form is whole wherever its pipeline keeps the script, readable
 * wherever it does not, and never broken; other forms are listed for what they do there.
 */
const UNFILTERED = 'whole/whole whole/whole readable/whole readable/whole readable/readable';
const KSES = 'broken/broken readable/readable readable/readable readable/readable readable/readable';
const STRIPS_TEMPLATE = 'readable/readable broken/broken readable/readable readable/readable readable/readable';
const KEEPS_TEMPLATE_TEXT = 'broken/broken broken/broken readable/readable readable/readable readable/readable';
const EXPECTED: Record<string, string> = {
  'plain page': UNFILTERED,
  'WordPress, Custom HTML block, administrator': UNFILTERED,
  'WordPress, Custom HTML block, editor': UNFILTERED,
  'WordPress, Custom HTML block, author': KSES,
  'WordPress, Custom HTML block, contributor': KSES,
  'WordPress, classic editor, Text tab, administrator': UNFILTERED,
  'WordPress, classic editor, Text tab, author': KSES,
  'WordPress network, Custom HTML block, super admin': UNFILTERED,
  'WordPress network, Custom HTML block, site administrator': KSES,
  // Keeps the script but empties every <template>: only the forms without one show.
  'CKEditor 5, Drupal Full HTML': 'broken/whole broken/whole readable/whole readable/whole readable/readable',
  'CKEditor 5, Drupal Basic HTML': KEEPS_TEMPLATE_TEXT,
  'TinyMCE 8, defaults': STRIPS_TEMPLATE,
  'TinyMCE 8, element allowed': STRIPS_TEMPLATE,
  'DOMPurify, defaults': STRIPS_TEMPLATE,
  'DOMPurify, element allowed': STRIPS_TEMPLATE,
  'sanitize-html, defaults': KEEPS_TEMPLATE_TEXT,
  'sanitize-html, element allowed': KEEPS_TEMPLATE_TEXT,
};

/** Layout shift above this, when the script takes over a whole prerender, fails: half of Core Web Vitals' "good". */
const STILL = 0.05;

describe('the snippet through CMS pipelines', function () {
  // A WordPress starts in 10-20 s, on first use; each pipeline then loads 10 pages.
  this.timeout(180000);
  const forms: [Target, string][] = [];
  before(async () => {
    const {createSnippet, TARGETS} = await built();
    for (const target of Object.keys(TARGETS) as Target[])
      forms.push([target, createSnippet({lang: 'nl', base: '/dist/', target, message: MESSAGE}).html!]);
  });
  afterEach(closePages);

  for (const pipeline of PIPELINES) {
    it(pipeline.name, async () => {
      const got: string[] = [];
      const details: string[] = [];
      for (const [target, snippet] of forms) {
        const page = await pipeline.run(article(snippet));
        const off = await readPage(page, false);
        const on = await readPage(page, true);
        got.push(`${off.verdict}/${on.verdict}`);
        details.push(`${target}: ${[...off.why, ...on.why.map((why) => `with JavaScript, ${why}`)].join('; ')}`);
        if (on.verdict === 'whole' && off.verdict === 'whole' && on.shift !== undefined)
          expect(on.shift, `${target}: the page moved when the script took over`).to.be.below(STILL);
      }
      expect(got.join(' '), details.join('\n')).to.equal(EXPECTED[pipeline.name]);
    });
  }
});
