/**
 * `node bench/wordpress.mjs`: the WordPress plugin in a real WordPress (Debian's, as the
 * tests run it: test/wordpress/site.mjs), an article with the block between paragraphs,
 * loaded cold in Chromium: when the widget is painted and how far the page moves when the
 * script takes over, with the default forms and with three forms at another heading
 * level (both prerendered by the build), beside the same article without the block.
 *
 *   RUNS=9 (loads per page, after one warm-up) · CONDITIONS=none,cpu4,slow4g
 *
 * A benchmark, not a test: it prints medians and the worst layout shift, asserts nothing.
 */
import {chromiumVersion} from '../scripts/browser.mjs';
import {savePost, startWordPress} from '../test/wordpress/site.mjs';
import {CONDITIONS, launchChromium, load} from './measure.mjs';

const RUNS = Number(process.env.RUNS) || 9;
const conditions = (process.env.CONDITIONS ?? 'none,cpu4,slow4g').split(',');

const paragraph = (text) => `<!-- wp:paragraph --><p>${text}</p><!-- /wp:paragraph -->`;
const ARTICLE = Array.from({length: 4}, (_, i) =>
  paragraph(`Alinea ${i + 1}. ${'Tekst van het artikel. '.repeat(20)}`),
);
const article = (widget) => [ARTICLE[0], widget, ...ARTICLE.slice(1)].join('\n');
const PAGES = {
  'the article alone': {content: article(''), painted: 'fcp'},
  'block, default forms (prerendered)': {
    content: article('<!-- wp:meta-ai-optout/widget {"lang":"nl"} /-->'),
    painted: 'fcp',
  },
  'block, three forms, heading level 3': {
    content: article(
      '<!-- wp:meta-ai-optout/widget {"lang":"nl","platforms":"facebook instagram whatsapp","headingLevel":"3"} /-->',
    ),
    painted: 'fcp',
  },
};

const site = await startWordPress({plugins: {'meta-ai-optout': 'release/wordpress/meta-ai-optout'}});
const browser = await launchChromium();
try {
  const entries = [];
  for (const [label, {content, painted}] of Object.entries(PAGES))
    entries.push({label, painted, url: (await savePost(site, 'author', {content})).link});
  process.stdout.write(
    `median of ${RUNS} cold loads, worst CLS; WordPress 6.1 (Debian); ${await chromiumVersion(browser)}\n`,
  );
  const middle = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
  for (const name of conditions) {
    const condition = CONDITIONS[name];
    for (const {url} of entries) await load(browser, url, {condition});
    const results = entries.map(() => []);
    for (let run = 0; run < RUNS; run++)
      for (const [i, {url}] of entries.entries()) results[i].push(await load(browser, url, {condition}));
    for (const [i, {label, painted}] of entries.entries()) {
      const times = results[i].map((r) => r[painted] ?? r.fcp);
      const cls = Math.max(...results[i].map((r) => r.cls));
      process.stdout.write(
        `${condition.label.padEnd(17)} painted ${middle(times).toFixed(0).padStart(5)} ms  FCP ${middle(
          results[i].map((r) => r.fcp),
        )
          .toFixed(0)
          .padStart(5)} ms  CLS ${cls.toFixed(3)}  ${label}\n`,
      );
    }
  }
} finally {
  await browser.close();
  site.stop();
}
