import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import {createHash} from 'node:crypto';
import {readFileSync, writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {knownDatesPlugin} from './scripts/known-dates.mjs';
import {messagesPipeline} from './scripts/messages-pipeline.mjs';
import {minifyCssPlugin} from './scripts/minify-css.mjs';
import {templateWhitespacePlugin} from './scripts/template-whitespace.mjs';

/**
 * One ES module a page loads with one script tag, plus one small chunk per language
 * beside it, fetched only for the language the page shows. Lit's production build is
 * what node-resolve picks by default (its dev build sits behind the "development"
 * export condition, which the tests use).
 */
/**
 * What scripts/measure-build.mjs leaves out of a build to measure what it saves: some
 * of MESSAGE_TRICKS, or minify-css. Empty (every trick on) for a real build.
 */
const BUILD_WITHOUT = process.env.BUILD_WITHOUT?.split(',').filter(Boolean) ?? [];

/**
 * The widget's rules as a file beside the entry, dist/meta-ai-optout.css, for a
 * prerendered snippet that links them rather than inlining them (src/snippet.ts):
 * the same text the entry adopts, taken after minifyCss.
 */
let cssText;
/**
 * Rules only the file carries, for what WordPress does to a prerender before the script
 * replaces it (src/snippet.ts, whose `wordpress` form links this file): wpautop puts a
 * <p> around the <slot> and leaves an empty one at each end of the <template>, and the
 * form hides each folded topic's wide copy with a style attribute, which kses keeps
 * where it strips this file; the live widget has none of them, so its own stylesheet
 * need not pay for them.
 */
const PRERENDER_ONLY =
  'p:empty,p:has(>slot){display:contents}@container (min-width: 33.5em){.unfolded{height:auto!important;overflow:visible!important}}';
const emitStylesheet = {
  name: 'emit-stylesheet',
  transform(code, id) {
    if (id.endsWith('/src/meta-ai-optout.styles.ts')) cssText = code.match(/CSS_TEXT = `([^`]*)`/)[1];
    return null;
  },
  generateBundle() {
    this.emitFile({type: 'asset', fileName: 'meta-ai-optout.css', source: cssText + PRERENDER_ONLY});
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
  writeBundle({dir}, bundle) {
    const entry = Object.values(bundle).find((file) => file.type === 'chunk' && file.isEntry);
    const release = {
      entry: digest('sha384', entry.code),
      stylesheet: digest('sha384', cssText + PRERENDER_ONLY),
      inlineStyle: digest('sha256', cssText),
    };
    console.log(`${entry.fileName}  integrity="${release.entry}"`);
    writeFileSync(`${dir}/integrity.json`, JSON.stringify(release, null, 2) + '\n');
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
    messagesPipeline({off: BUILD_WITHOUT}),
    ...(BUILD_WITHOUT.includes('template-whitespace') ? [] : [templateWhitespacePlugin]),
    knownDatesPlugin(),
    nodeResolve({browser: true}),
    ...(BUILD_WITHOUT.includes('minify-css') ? [] : [minifyCssPlugin]),
    emitStylesheet,
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
    messagesPipeline({off: BUILD_WITHOUT}),
    ...(BUILD_WITHOUT.includes('template-whitespace') ? [] : [templateWhitespacePlugin]),
    knownDatesPlugin(),
    nodeResolve({exportConditions: ['node'], preferBuiltins: false}),
    ...(BUILD_WITHOUT.includes('minify-css') ? [] : [minifyCssPlugin]),
    esbuild({target: 'es2022', tsconfig: 'tsconfig.json'}),
    terser({ecma: 2022, module: true, compress: {passes: 2}, format: {comments: false}}),
  ],
};

// scripts/measure-build.mjs builds the widget alone (WIDGET_ONLY=1) into a folder of its own.
export default process.env.WIDGET_ONLY ? widgetBuild : [widgetBuild, snippetBuild];
