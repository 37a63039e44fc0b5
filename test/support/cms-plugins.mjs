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
import {missing, savePost, startWordPress} from '../wordpress/site.mjs';

const pages = [];
/** Serves `html` at a path of its own and returns that path. */
const publish = (html) => `/__cms/${pages.push(html) - 1}`;

/** What a CI machine must have, or undefined; without CI a missing WordPress skips, said once. */
export const wordpressMissing = missing;

const sites = {};
/** The single site or the network, started once, on first use. */
const site = (kind, plugins) => {
  const key = `${kind}:${Object.keys(plugins ?? {}).join()}`;
  sites[key] ??= startWordPress({multisite: kind === 'network', plugins});
  return sites[key];
};

export const cmsPlugins = ({plugins} = {}) => [
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
      if (command === 'wordpress-missing') return missing() ?? null;
      if (command !== 'wordpress-post') return undefined;
      const {kind = 'single', role, editor, html} = payload;
      const wordpress = await site(kind, plugins);
      // The block editor saves a Custom HTML block as its comment-delimited markup;
      // the classic editor (and its Text tab) saves the HTML as typed.
      const content = editor === 'block' ? `<!-- wp:html -->\n${html}\n<!-- /wp:html -->` : html;
      const post = await savePost(wordpress, role, {content});
      const page = await (await fetch(post.link)).text();
      return {path: publish(page), saved: post.raw};
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
