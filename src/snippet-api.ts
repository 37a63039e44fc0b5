/**
 * The public typings of `meta-ai-optout/snippet` (package.json "exports"): what a
 * site's build calls, the types of its options and result, where a snippet can be
 * pasted (TARGETS) and the values each setting takes (CHOICES, which the WordPress
 * plugin and the configurator offer). dist/snippet.js itself is built from
 * src/snippet.ts; nothing else of it is an API anyone may rely on.
 */
export {
  CHOICES,
  createSnippet,
  TARGETS,
  type Refusal,
  type Snippet,
  type SnippetOptions,
  type Target,
} from './snippet.js';
