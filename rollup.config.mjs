import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import {createHash} from 'node:crypto';
import {messagesPipeline} from './scripts/messages-pipeline.mjs';
import {minifyCssPlugin} from './scripts/minify-css.mjs';

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
 * Prints the entry's Subresource Integrity hash, for a snippet that pins a version:
 * <script type="module" src="…" integrity="sha384-…" crossorigin="anonymous">.
 */
const printIntegrity = {
  name: 'print-integrity',
  writeBundle(_, bundle) {
    const entry = Object.values(bundle).find((file) => file.type === 'chunk' && file.isEntry);
    const hash = createHash('sha384').update(entry.code).digest('base64');
    console.log(`${entry.fileName}  integrity="sha384-${hash}"`);
  },
};

export default {
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
    // The date words of Irish, Icelandic and Maltese (src/intl-words/ga-words.ts) are
    // a chunk of their own, locales/ga_words.js, which ga.js imports beside the shared
    // formatter: no request later than today's, and ga.js within its 2 KB. Data only,
    // so rollup has nothing to pull into the chunk with them.
    manualChunks: (id) => id.match(/\/src\/intl-words\/([a-z]+)-words\.ts$/)?.[1]?.concat('_words'),
    sourcemap: false,
  },
  plugins: [
    messagesPipeline({off: BUILD_WITHOUT}),
    nodeResolve({browser: true}),
    ...(BUILD_WITHOUT.includes('minify-css') ? [] : [minifyCssPlugin]),
    esbuild({target: 'es2022', tsconfig: 'tsconfig.json'}),
    printIntegrity,
    terser({ecma: 2022, module: true, compress: {passes: 2}, format: {comments: false}}),
  ],
};
