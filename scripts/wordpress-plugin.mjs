/**
 * The WordPress plugin's folder, `meta-ai-optout/`, as `npm run release` zips it: the PHP
 * and the block editor's script from wordpress/, the widget's built files (so readers
 * contact no one but the site), and what the PHP cannot compute itself, written here
 * from the widget's own source, the one place each fact lives:
 *
 * - choices.json: the languages, layouts, platforms, heading levels and form links the
 *   PHP validates a block's or shortcode's values against (src/snippet.ts, CHOICES);
 * - block.json: the block's attributes and their defaults, from the same choices;
 * - prerendered/<lang>/<layout>.json: the widget rendered by the snippet generator as
 *   WordPress's form of it, for every set of form links, with and without the "more
 *   information" link (`facebook+instagram+more-info`), with placeholder URLs the PHP
 *   replaces, so every block's readers get the whole widget with the page's first paint
 *   and nothing moves. One file per layout: their near-identical entries compress
 *   together: the zip is 385 kB, where one file per widget made 2.9 MB, over PHP's
 *   default 2 MB upload limit;
 * - prerendered/<lang>.json: a one-sentence summary and the form links' labels, for the
 *   fallback a browser without declarative shadow DOM shows.
 */
import {cpSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {CHOICES, createSnippet} from '../dist/snippet.js';

/** Placeholders the PHP replaces; each passes the generator's own URL checks. */
const PLACEHOLDERS = Object.fromEntries(
  ['base', ...CHOICES.platforms, 'moreInfo'].map((name) => [
    name,
    `https://${name.toLowerCase()}.meta-ai-optout.invalid/`,
  ]),
);

/** The declarative shadow root the snippet generator writes for `options`. */
function prerender(options) {
  const {html, refusals} = createSnippet({target: 'wordpress', base: PLACEHOLDERS.base, ...options});
  if (refusals.length) throw new Error(`wordpress-plugin: ${JSON.stringify(refusals)}`);
  return html.match(/<template shadowrootmode="open">.*<\/template>/s)[0];
}

/** Everything one language needs, in that language. */
function language(lang) {
  const sanitised = createSnippet({target: 'sanitised', base: PLACEHOLDERS.base, lang}).html;
  const [, summary] = sanitised.match(/^<p lang="[^"]+">(.*?)<br>/s);
  const labels = {};
  for (const platform of CHOICES.platforms) {
    const html = createSnippet({target: 'sanitised', base: PLACEHOLDERS.base, lang, platforms: platform}).html;
    labels[platform] = html.match(/<a [^>]*>([^<]*)<\/a>/)[1];
  }
  return {summary, labels};
}

/** Every non-empty set of form links, in the widget's order: `facebook+instagram`. */
const platformSets = () =>
  Array.from({length: 2 ** CHOICES.platforms.length - 1}, (_, bits) =>
    CHOICES.platforms.filter((_, i) => (bits + 1) & (1 << i)),
  );

/** The prerendered widgets of `lang` in `variant`, by set of form links (see the module's header). */
function widgets(lang, variant) {
  const entries = {};
  for (const platforms of platformSets())
    for (const moreInfo of [false, true])
      entries[`${platforms.join('+')}${moreInfo ? '+more-info' : ''}`] = prerender({
        lang,
        variant,
        platforms: platforms.join(' '),
        ...Object.fromEntries(CHOICES.platforms.map((platform) => [`${platform}Href`, PLACEHOLDERS[platform]])),
        ...(moreInfo ? {moreInfoHref: PLACEHOLDERS.moreInfo} : {}),
      });
  return entries;
}

/** The block's attributes: each setting of the sidebar, with the widget's defaults. */
const blockJson = (version) => ({
  $schema: 'https://schemas.wp.org/trunk/block.json',
  apiVersion: 2,
  name: 'meta-ai-optout/widget',
  version,
  title: 'Meta AI objection',
  category: 'widgets',
  icon: 'shield',
  description: "Explains Meta's AI training on public posts and links to the official objection forms.",
  keywords: ['meta', 'ai', 'privacy', 'gdpr', 'facebook', 'instagram'],
  textdomain: 'meta-ai-optout',
  attributes: {
    lang: {type: 'string', default: ''},
    variant: {type: 'string', default: CHOICES.variants[0]},
    platforms: {type: 'string', default: CHOICES.defaultPlatforms.join(' ')},
    headingLevel: {type: 'string', default: '2'},
    message: {type: 'string', default: ''},
    moreInfoHref: {type: 'string', default: ''},
    facebookHref: {type: 'string', default: ''},
    instagramHref: {type: 'string', default: ''},
    whatsappHref: {type: 'string', default: ''},
  },
  supports: {html: false, align: ['wide', 'full']},
  editorScript: 'file:./editor.js',
});

/** Writes the plugin's folder into `out` (…/meta-ai-optout/). */
export function writePlugin(root, out, version) {
  mkdirSync(join(out, 'prerendered'), {recursive: true});
  for (const file of ['meta-ai-optout.php', 'editor.js', 'editor.asset.php', 'uninstall.php'])
    cpSync(join(root, 'wordpress', file), join(out, file));
  writeFileSync(
    join(out, 'readme.txt'),
    readFileSync(join(root, 'wordpress', 'readme.txt'), 'utf8').replaceAll('{{version}}', version),
  );
  writeFileSync(
    join(out, 'meta-ai-optout.php'),
    readFileSync(join(root, 'wordpress', 'meta-ai-optout.php'), 'utf8').replaceAll('{{version}}', version),
  );
  cpSync(join(root, 'LICENSE'), join(out, 'LICENSE'));
  for (const file of ['meta-ai-optout.js', 'meta-ai-optout.css', 'locales'])
    cpSync(join(root, 'dist', file), join(out, 'dist', file), {recursive: true});
  writeFileSync(join(out, 'block.json'), JSON.stringify(blockJson(version), null, 2) + '\n');
  writeFileSync(join(out, 'choices.json'), JSON.stringify({...CHOICES, placeholders: PLACEHOLDERS}) + '\n');
  for (const lang of CHOICES.languages) {
    writeFileSync(join(out, 'prerendered', `${lang}.json`), JSON.stringify(language(lang)) + '\n');
    mkdirSync(join(out, 'prerendered', lang));
    for (const variant of CHOICES.variants)
      writeFileSync(join(out, 'prerendered', lang, `${variant}.json`), JSON.stringify(widgets(lang, variant)) + '\n');
  }
}
