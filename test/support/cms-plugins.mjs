/**
 * The CMS pipelines that run on the server side of the tests, through their own code:
 * a real WordPress (test/wordpress/site.mjs: posts saved through its REST API as each
 * role, pages as its front end sends them) and sanitize-html in Node. (Not HTML
 * Purifier: Debian's php-htmlpurifier 4.11 stops with a fatal error on Debian's own
 * PHP 8.2, in TagTransform/Font.php.) What each gives back is served from the test server's own origin at
 * /__cms/<n>, so a test frame loads it as a reader would, the widget's files included.
 * The pipelines that run in a browser (DOMPurify, CKEditor 5, TinyMCE) run in the test.
 */
import sanitizeHtml from 'sanitize-html';
import {readFileSync, existsSync} from 'node:fs';
import {authorization, savePost, startWordPress} from '../wordpress/site.mjs';

/** What WordPress logged of the plugin: its notices and warnings (WordPress 6.1's own deprecations on PHP 8.2 left out). */
const readLog = (wordpress) =>
  existsSync(wordpress.log)
    ? readFileSync(wordpress.log, 'utf8')
        .split('\n')
        .filter((line) => line.includes('/plugins/meta-ai-optout/'))
    : [];

const pages = [];
/** Serves `html` at a path of its own and returns that path. */
const publish = (html) => `/__cms/${pages.push(html) - 1}`;

const sites = {};
/** The single site or the network, with `plugins` (name: folder) activated, started once, on first use. */
const site = (kind, plugins = {}) => {
  const key = `${kind}:${Object.keys(plugins).join()}`;
  sites[key] ??= startWordPress({multisite: kind === 'network', plugins});
  return sites[key];
};

/**
 * Saves `content` as a post by `role` and serves the page WordPress sends its readers
 * from our origin; returns that page's path.
 */
async function postAndPublish(wordpress, role, content) {
  const post = await savePost(wordpress, role, {content});
  return publish(await (await fetch(post.link)).text());
}

export const cmsPlugins = () => [
  {
    name: 'cms-pages',
    serve(context) {
      const match = context.path.match(/^\/__cms\/(\d+)$/);
      if (!match) return undefined;
      return {body: pages[Number(match[1])] ?? '', type: 'html'};
    },
    async serverStop() {
      for (const started of Object.values(sites)) (await started.catch(() => undefined))?.stop();
    },
  },
  {
    name: 'wordpress',
    async executeCommand({command, payload}) {
      if (command !== 'wordpress-post') return undefined;
      const {kind = 'single', role, editor, html} = payload;
      // The block editor saves a Custom HTML block as its comment-delimited markup;
      // the classic editor (and its Text tab) saves the HTML as typed.
      const content = editor === 'block' ? `<!-- wp:html -->\n${html}\n<!-- /wp:html -->` : html;
      return {path: await postAndPublish(await site(kind), role, content)};
    },
  },
  {
    // The plugin as `npm run release` zips it (release/wordpress/meta-ai-optout/),
    // activated on a single site or network-wide.
    name: 'wordpress-plugin',
    async executeCommand({command, payload}) {
      if (!['wordpress-plugin-post', 'wordpress-plugin-preview'].includes(command)) return undefined;
      const {kind = 'single', role} = payload;
      const wordpress = await site(kind, {'meta-ai-optout': 'release/wordpress/meta-ai-optout'});
      if (command === 'wordpress-plugin-preview') {
        // The block editor's preview: the block rendered by the server for the user editing it.
        const query = new URLSearchParams({context: 'edit'});
        for (const [name, value] of Object.entries(payload.attributes)) query.set(`attributes[${name}]`, value);
        const response = await fetch(`${wordpress.url}/wp-json/wp/v2/block-renderer/meta-ai-optout/widget?${query}`, {
          headers: {authorization: authorization(wordpress, role)},
        });
        return (await response.json()).rendered ?? null;
      }
      const path = await postAndPublish(wordpress, role, payload.content);
      return {path, origin: wordpress.url, log: readLog(wordpress)};
    },
  },
  {
    name: 'sanitizers',
    async executeCommand({command, payload}) {
      if (command === 'sanitize-html') {
        // Its defaults, or with the element and its attributes allowed, as its README shows.
        const options = payload.allowElement
          ? {
              allowedTags: [...sanitizeHtml.defaults.allowedTags, 'meta-ai-optout'],
              allowedAttributes: {
                ...sanitizeHtml.defaults.allowedAttributes,
                'meta-ai-optout': ['lang', 'variant', 'platforms', 'slot'],
                '*': ['slot', 'lang'],
              },
            }
          : undefined;
        return sanitizeHtml(payload.html, options);
      }
      return undefined;
    },
  },
];
