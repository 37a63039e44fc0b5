import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import {createHash} from 'node:crypto';
import {readFileSync, writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import ts from 'typescript';
import {blankMessages, isMessageSource} from './scripts/source-messages.mjs';

/**
 * One ES module a page loads with one script tag, plus one small chunk per language
 * beside it, fetched only for the language the page shows. Lit's production build is
 * what node-resolve picks by default (its dev build sits behind the "development"
 * export condition, which the tests use).
 */
/**
 * A message's `desc` is for translators (lit-localize copies it into the XLIFF); the
 * runtime never reads it, so the production bundle drops it: about 1.6 KB minified.
 */
const DESC_OPTION = /,\s*desc:\s*(['"`])(?:\\.|(?!\1)[^\\])*\1/g;
const stripMessageDescriptions = {
  name: 'strip-message-descriptions',
  transform(code, id) {
    if (!id.includes('/src/') || !id.endsWith('.ts')) return null;
    return {code: code.replace(DESC_OPTION, ''), map: null};
  },
};

/**
 * English ships as a locale chunk like every other language (src/generated/locales/en.ts),
 * so the entry drops the English written in the msg() calls: about 0.9 KB brotli.
 */
const blankInlineEnglish = {
  name: 'blank-inline-english',
  transform(code, id) {
    return isMessageSource(id) && code.includes('msg(') ? {code: blankMessages(code), map: null} : null;
  },
};

/**
 * Our CSS is written for people; the bundle gets it without comments and runs of
 * white space (terser leaves template literals alone). Only CSS_TEXT = `…` in *.styles.ts.
 */
const minifyCss = {
  name: 'minify-css',
  transform(code, id) {
    if (!id.endsWith('.styles.ts')) return null;
    const minified = code.replace(
      /CSS_TEXT = `([^`]*)`/g,
      (_, body) =>
        'CSS_TEXT = `' +
        body
          .replace(/\/\*[^]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/\s*([{}:;,>])\s*/g, '$1')
          .replace(/;}/g, '}')
          .trim() +
        '`',
    );
    return {code: minified, map: null};
  },
};

/**
 * Our html`…` templates are indented for people. In HTML a run of white space that
 * holds a line break renders as one space (no element here has `white-space: pre`),
 * so the bundle keeps exactly that: one space (about 60 bytes brotli).
 */
const collapseTemplateIndentation = {
  name: 'collapse-template-indentation',
  transform(code, id) {
    if (!id.includes('/src/') || id.includes('/generated/') || !id.endsWith('.ts')) return null;
    const file = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true);
    const spans = [];
    const visit = (node) => {
      if (ts.isTaggedTemplateExpression(node) && node.tag.getText(file) === 'html') {
        const {template} = node;
        const parts = ts.isNoSubstitutionTemplateLiteral(template)
          ? [template]
          : [template.head, ...template.templateSpans.map((span) => span.literal)];
        for (const part of parts) spans.push([part.getStart(file), part.getEnd()]);
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
    let result = code;
    for (const [start, end] of spans.sort((a, b) => b[0] - a[0])) {
      result = result.slice(0, start) + result.slice(start, end).replace(/\s*\n\s*/g, ' ') + result.slice(end);
    }
    return {code: result, map: null};
  },
};

/**
 * Every msg() has an explicit id (the XLIFF is keyed by them, and a test checks it),
 * so the runtime's hash-based id generation is dead code: about 0.4 KB brotli.
 */
const noGeneratedMessageIds = {
  name: 'no-generated-message-ids',
  load(id) {
    if (!id.endsWith('@lit/localize/internal/id-generation.js')) return null;
    return 'export const generateMsgId = () => { throw new Error("meta-ai-optout: a msg() without an id"); };';
  },
};

/**
 * The widget renders with lit-html alone (src/rendering-element.ts says why), but the
 * locale modules lit-localize writes import `html` from 'lit', whose index would bring
 * LitElement along: 2.2 KB brotli. Every import of 'lit' gets lit-html, which 'lit'
 * re-exports; one of LitElement would fail the build here.
 */
const litHtmlOnly = {
  name: 'lit-html-only',
  resolveId(source, importer) {
    return source === 'lit' ? this.resolve('lit/html.js', importer) : null;
  },
};

/**
 * The widget's rules as a file beside the entry, dist/meta-ai-optout.css, for a
 * prerendered snippet that links them rather than inlining them (src/snippet.ts):
 * the same text the entry adopts, taken after minifyCss.
 */
let cssText;
const emitStylesheet = {
  name: 'emit-stylesheet',
  transform(code, id) {
    if (id.endsWith('/src/meta-ai-optout.styles.ts')) cssText = code.match(/CSS_TEXT = `([^`]*)`/)[1];
    return null;
  },
  generateBundle() {
    this.emitFile({type: 'asset', fileName: 'meta-ai-optout.css', source: cssText});
  },
};

/**
 * Prints the entry's Subresource Integrity hash, for a snippet that pins a version:
 * <script type="module" src="…" integrity="sha384-…" crossorigin="anonymous">, and
 * writes it to dist/integrity.json with the stylesheet's hashes: for a pinned
 * <link>, and for a CSP that allows the snippet's inline <style> (style-src 'sha256-…').
 * The snippet build reads that file (src/release.ts).
 */
const digest = (algorithm, text) => `${algorithm}-${createHash(algorithm).update(text).digest('base64')}`;
const printIntegrity = {
  name: 'print-integrity',
  writeBundle(_, bundle) {
    const entry = Object.values(bundle).find((file) => file.type === 'chunk' && file.isEntry);
    const release = {
      entry: digest('sha384', entry.code),
      stylesheet: digest('sha384', cssText),
      inlineStyle: digest('sha256', cssText),
    };
    console.log(`${entry.fileName}  integrity="${release.entry}"`);
    writeFileSync('dist/integrity.json', JSON.stringify(release, null, 2) + '\n');
  },
};

/**
 * Message ids are readable for translators ('status.passed.still'), but every locale
 * chunk repeats all of them as keys. The bundle numbers them instead (base 36, in
 * sorted order), in the msg() calls and in the generated locale modules alike:
 * about 150 bytes brotli off each chunk. The XLIFF keeps the readable ids.
 */
const MESSAGE_IDS = [...readFileSync('locales/nl.xlf', 'utf8').matchAll(/<trans-unit id="([^"]+)"/g)]
  .map((m) => m[1])
  .sort();
const SHORT_ID = new Map(MESSAGE_IDS.map((id, index) => [id, index.toString(36)]));
const shortMessageIds = {
  name: 'short-message-ids',
  transform(code, id) {
    if (!id.includes('/src/') || !id.endsWith('.ts')) return null;
    const short = (whole, before, name, after) =>
      SHORT_ID.has(name) ? `${before}${SHORT_ID.get(name)}${after}` : whole;
    const rewritten = id.includes('/src/generated/locales/')
      ? code.replace(/^(\s*')([\w.]+)(':)/gm, short) // the keys of `templates`
      : code.replace(/(\bid: ')([\w.]+)(')/g, short); // the options of msg()
    return {code: rewritten, map: null};
  },
};

const widgetBuild = {
  input: 'src/index.ts',
  // Keep the entry a real file, not a facade that re-exports a shared chunk.
  preserveEntrySignatures: 'allow-extension',
  // @lit/localize's index also re-exports configureLocalization, whose module-level
  // state rollup must otherwise keep; we use the reentrant configuration instead.
  treeshake: {moduleSideEffects: (id) => !/@lit\/localize\/(init\/runtime|internal\/deferred)\.js$/.test(id)},
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: 'meta-ai-optout.js',
    // No hash: the README pins a versioned URL, and self-hosters get stable names.
    chunkFileNames: 'locales/[name].js',
    sourcemap: false,
  },
  plugins: [
    litHtmlOnly,
    nodeResolve({browser: true}),
    blankInlineEnglish,
    stripMessageDescriptions,
    shortMessageIds,
    minifyCss,
    emitStylesheet,
    collapseTemplateIndentation,
    noGeneratedMessageIds,
    esbuild({target: 'es2022', tsconfig: 'tsconfig.json'}),
    printIntegrity,
    terser({ecma: 2022, module: true, compress: {passes: 2}, format: {comments: false}}),
  ],
};

/** The build's facts (dist/integrity.json, written by the widget build just before) in place of src/release.ts. */
const releaseFacts = {
  name: 'release-facts',
  load(id) {
    return id.endsWith('/src/release.ts')
      ? `export const RELEASE = ${readFileSync('dist/integrity.json', 'utf8')};`
      : null;
  },
};

/**
 * Lit's server renderer imports a digest from @lit-labs/ssr-client, whose "node" build
 * takes Buffer from Node; its browser build uses btoa, which Node 20 has too, so the
 * snippet bundle runs in both.
 */
const ssrClientForAnyEngine = {
  name: 'ssr-client-for-any-engine',
  resolveId(source) {
    const match = source.match(/^@lit-labs\/ssr-client(\/.+)?$/);
    return match
      ? fileURLToPath(new URL(`./node_modules/@lit-labs/ssr-client${match[1] ?? '/index.js'}`, import.meta.url))
      : null;
  },
};

/**
 * The snippet generator (src/snippet.ts), for the command line in Node and the
 * configurator in the browser: one file with every language's messages and Lit's
 * server renderer, never loaded by a visitor. Built after the widget, whose hashes
 * it embeds; the same message and template plugins, so it renders what the widget
 * renders. Lit's "node" builds run in both: they use the DOM only where there is one.
 */
const snippetBuild = {
  input: 'src/snippet.ts',
  treeshake: widgetBuild.treeshake,
  output: {file: 'dist/snippet.js', format: 'es', sourcemap: false, inlineDynamicImports: true},
  plugins: [
    releaseFacts,
    ssrClientForAnyEngine,
    litHtmlOnly,
    nodeResolve({exportConditions: ['node'], preferBuiltins: false}),
    blankInlineEnglish,
    stripMessageDescriptions,
    shortMessageIds,
    minifyCss,
    collapseTemplateIndentation,
    noGeneratedMessageIds,
    esbuild({target: 'es2022', tsconfig: 'tsconfig.json'}),
    terser({ecma: 2022, module: true, compress: {passes: 2}, format: {comments: false}}),
  ],
};

export default [widgetBuild, snippetBuild];
