/**
 * The pages the benchmark loads, written as strings and served from memory. Every
 * page is Dutch (`<html lang="nl">`), so the widget fetches one locale chunk, as a
 * page in a language other than English does.
 */

const ENTRY = '/dist/meta-ai-optout.js';
/** The page's language chunk, preloaded as the README snippet does, so it loads beside the entry. */
const PRELOAD = `<link rel="modulepreload" href="/dist/locales/nl.js">`;

const HEAD = (title, extra = '') => `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="icon" href="data:,">
${extra}
</head>`;

/**
 * The README's embed: a <meta-ai-optout> whose fallback slot holds plain links to the
 * two forms. The URLs are the ones the built bundle exports (FORM_URLS), read at run
 * time, so the benchmark copies no link.
 */
function widget(urls, {fallback = true, attributes = '', reserve} = {}) {
  const rel = 'rel="noopener noreferrer" referrerpolicy="no-referrer"';
  const links = `<p slot="fallback">
    Bezwaar maken tegen AI-training door Meta:
    <a href="${urls.facebook}" ${rel}>Facebook</a>,
    <a href="${urls.instagram}" ${rel}>Instagram</a>
  </p>`;
  const style = reserve ? ` style="display: block; min-height: ${reserve}"` : '';
  return `<meta-ai-optout${attributes ? ' ' + attributes : ''}${style}>${fallback ? `\n  ${links}\n` : ''}</meta-ai-optout>`;
}

/** The README snippet as pasted once: script, preload and the element with its fallback links. */
export function readmeSnippet(urls, reserve) {
  return `<script type="module" src="${ENTRY}"></script>\n${PRELOAD}\n${widget(urls, {reserve})}`;
}

/** An empty page on the server's origin, to import the bundle's exports from. */
export function blankPage() {
  return `${HEAD('blank')}\n<body></body>\n</html>\n`;
}

/**
 * The snippet N times. The script tag comes once: a page embedding several widgets
 * includes it once, and a module URL included twice runs once anyway.
 */
export function widgetPage(n, urls, attributes = '') {
  const widgets = Array.from({length: n}, () => widget(urls, {attributes})).join('\n');
  return `${HEAD(`${n} widget${n === 1 ? '' : 's'}`)}
<body>
<script type="module" src="${ENTRY}"></script>
${PRELOAD}
${widgets}
</body>
</html>
`;
}

// Deterministic filler, so every run lays out the same article.
const WORDS = (
  'lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore et dolore ' +
  'magna aliqua enim ad minim veniam quis nostrud exercitation ullamco laboris nisi aliquip ex ea commodo consequat ' +
  'duis aute irure in reprehenderit voluptate velit esse cillum fugiat nulla pariatur excepteur sint occaecat ' +
  'cupidatat non proident sunt culpa qui officia deserunt mollit anim id est laborum'
).split(' ');

function paragraph(index, words) {
  const text = Array.from({length: words}, (_, k) => WORDS[(index * 7 + k * 3) % WORDS.length]).join(' ');
  return `<p>${text[0].toUpperCase()}${text.slice(1)}.</p>`;
}

/**
 * A news-style article with the snippet after the second paragraph: high enough that
 * it is in the first screen at 1280×800, so content below it that moves is visible.
 * `embed` replaces the README snippet (the prerendered one).
 */
export function articlePage(urls, {fallback = true, reserve, embed} = {}) {
  const before = [paragraph(0, 45), paragraph(1, 55)].join('\n');
  const after = Array.from({length: 6}, (_, k) => paragraph(k + 2, 70)).join('\n');
  const style = `<style>
body { margin: 0; font: 1.0625rem/1.6 Georgia, serif; color: #222; }
article { max-width: 40rem; margin: 0 auto; padding: 1rem 1.25rem 4rem; }
h1 { font-size: 2rem; line-height: 1.2; margin: 1rem 0; }
</style>`;
  return `${HEAD('Artikel', style)}
<body>
<article>
<h1>Lorem ipsum dolor sit amet</h1>
${before}
${embed ?? `<script type="module" src="${ENTRY}"></script>\n${PRELOAD}\n${widget(urls, {fallback, reserve})}`}
${after}
</article>
</body>
</html>
`;
}

/**
 * The prerendered snippet (src/snippet.ts) N times, its script and preload once at the
 * top of the body, as a page with several widgets would have them.
 */
export function prerenderedPage(n, snippet) {
  const [, head, element] = snippet.match(/^(<script[^>]*><\/script><link[^>]*>)(.*)$/s);
  return `${HEAD(`${n} prerendered`)}
<body>
${head}
${Array.from({length: n}, () => element).join('\n')}
</body>
</html>
`;
}

/** The floor's script: a module that does nothing, served by the benchmark itself. */
export const EMPTY_MODULE = '/__bench/empty.js';

/**
 * The static twin with one script: its place taken by a module that does nothing. What
 * any scripted snippet costs before the widget's own code: the fetch, the module's
 * compile and its task. `data-floor` tells bench/measure.mjs there is no widget to wait for.
 */
export function scriptedTwinPage(n, snippet) {
  return twinPage(n, snippet).replace(
    '<body>',
    `<body>\n<script type="module" src="${EMPTY_MODULE}" data-floor></script>`,
  );
}

/**
 * The static twin: the same prerendered snippet without its script. What a page paints
 * from HTML alone, the widget's own rendering as declarative shadow DOM.
 */
export function twinPage(n, snippet) {
  const element = snippet.replace(/^<script[^>]*><\/script><link[^>]*>/, '');
  return `${HEAD(`${n} static twins`)}
<body>
${Array.from({length: n}, () => element).join('\n')}
</body>
</html>
`;
}
