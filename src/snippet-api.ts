/**
 * The public typings of `meta-ai-optout/snippet` (package.json "exports"): what a
 * site's build calls, and the types of its options and result. dist/snippet.js itself
 * is built from src/snippet.ts; its other exports are helpers for the command line
 * and the tests, not an API anyone may rely on.
 */
export {createSnippet, type Refusal, type Snippet, type SnippetOptions} from './snippet.js';
