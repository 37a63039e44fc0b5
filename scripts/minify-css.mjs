/**
 * Our CSS is written for people; the bundle gets it minified by esbuild's CSS parser.
 * Terser leaves template literals alone, and the regular expressions that did this
 * before joined `.base :focus-visible` into `.base:focus-visible`: a descendant
 * combinator lost, a rule that silently stopped matching. Only the `CSS_TEXT = `…``
 * of *.styles.ts is touched (the entry adopts it, the prerendered snippet carries it).
 */
import {transform} from 'esbuild';

const STYLESHEET = /CSS_TEXT = `([^`]*)`/g;

/** `css` minified, ready to sit in a template literal again. */
export async function minifyCss(css) {
  const {code} = await transform(css, {loader: 'css', minify: true, logLevel: 'silent'});
  return code.trim().replace(/[`\\]|\$\{/g, (match) => `\\${match}`);
}

/** `code` with the CSS of each `CSS_TEXT = `…`` minified. */
async function minifyStylesheets(code, path) {
  const calls = [...code.matchAll(STYLESHEET)];
  if (calls.length === 0) throw new Error(`${path}: no CSS_TEXT = \`…\` to minify; has the CSS moved?`);
  let result = code;
  for (const call of calls.reverse()) {
    const [whole, css] = call;
    // The template's raw text is its CSS only without escapes or substitutions.
    if (/\\|\$\{/.test(css)) throw new Error(`${path}: a stylesheet with \\ or \${…}; minify-css reads it raw`);
    const minified = `CSS_TEXT = \`${await minifyCss(css)}\``;
    result = result.slice(0, call.index) + minified + result.slice(call.index + whole.length);
  }
  return result;
}

/** The rollup plugin. */
export const minifyCssPlugin = {
  name: 'minify-css',
  async transform(code, id) {
    return id.endsWith('.styles.ts') ? {code: await minifyStylesheets(code, id), map: null} : null;
  },
};
