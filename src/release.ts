/**
 * Facts of one build: the Subresource Integrity hash of the entry, and the hashes of
 * the widget's stylesheet (for a pinned `<link>` and for a CSP `style-src`). rollup
 * writes them to dist/integrity.json and puts that file in place of this module in
 * dist/snippet.js (rollup.config.mjs); from src, as in a test of the source, they are
 * unknown.
 */
interface Release {
  /** `sha384-…` of dist/meta-ai-optout.js. */
  readonly entry?: string;
  /** `sha384-…` of dist/meta-ai-optout.css. */
  readonly stylesheet?: string;
  /** `sha256-…` of the prerender's inline `<style>` text, as CSP writes it. */
  readonly inlineStyle?: string;
}

export const RELEASE: Release = {};
