import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

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

export default {
  input: 'src/index.ts',
  // Keep the entry a real file, not a facade that re-exports a shared chunk.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: 'meta-ai-optout.js',
    chunkFileNames: 'locales/[name]-[hash].js',
    sourcemap: false,
  },
  plugins: [
    nodeResolve({browser: true}),
    stripMessageDescriptions,
    esbuild({target: 'es2021', tsconfig: 'tsconfig.json'}),
    terser({ecma: 2021, module: true, format: {comments: false}}),
  ],
};
