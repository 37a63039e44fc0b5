/**
 * Screenshots for reviewers: a fixed set of states rendered from the built dist/ to
 * PNG files in screenshots/ (git-ignored), so a change to the stylesheet can be looked
 * at, not only measured. Run `npm run build` first, then `npm run screenshots`.
 *
 * Each variant in both phases, on a 375 px phone and a 1280 px desktop, light and dark;
 * then the hosts that once broke it: a flex row beside an article, a right-to-left page,
 * a narrow sidebar, and a banner with "Read more" open.
 *
 * `npm run picture` (`--readme`) takes one of them, a Dutch card as visitors see it
 * today, for the README: docs/widget.png, committed, refreshed by running it again.
 *
 * The files are served by a tiny server bound to 127.0.0.1 that serves dist/ and the
 * generated pages only, nothing else of the repository.
 */
import {createServer} from 'node:http';
import {mkdirSync, readFileSync, rmSync} from 'node:fs';
import {extname, join, normalize} from 'node:path';
import {launchChromium} from './browser.mjs';
import {CHOICES} from '../dist/snippet.js';

const OUT = 'screenshots';
const BEFORE = '2025-05-20T10:00:00+02:00'; // a week before the default deadline
const AFTER = '2025-06-10T10:00:00+02:00';
const ALL = 'platforms="facebook instagram whatsapp" more-info-href="https://example.org/"';
const ARTICLE = '<p>An article of the page, in a column beside the widget. '.repeat(6) + '</p>';

/** name → {width, lang, dir, dark, body}: one page each. */
const SHOTS = new Map();
for (const variant of CHOICES.variants) {
  for (const [phase, now] of [
    ['countdown', BEFORE],
    ['passed', AFTER],
  ]) {
    for (const width of [375, 1280]) {
      for (const theme of ['light', 'dark']) {
        SHOTS.set(`${variant}-${phase}-${width}-${theme}`, {
          width,
          dark: theme === 'dark',
          body: `<meta-ai-optout variant="${variant}" theme="${theme}" now="${now}" ${ALL}><p>Our own message to our readers.</p></meta-ai-optout>`,
        });
      }
    }
  }
}
SHOTS.set('flex-row-1280', {
  width: 1280,
  body: `<div style="display:flex;gap:2em;padding:1em"><article>${ARTICLE}</article><meta-ai-optout now="${BEFORE}"></meta-ai-optout></div>`,
});
SHOTS.set('flex-column-centred-1280', {
  width: 1280,
  body: `<div style="display:flex;flex-direction:column;align-items:center;padding:1em"><meta-ai-optout variant="compact" now="${BEFORE}" ${ALL}></meta-ai-optout></div>`,
});
SHOTS.set('rtl-page-1280', {
  width: 1280,
  dir: 'rtl',
  body: `<div style="padding:1em"><meta-ai-optout variant="banner" now="${BEFORE}" ${ALL}></meta-ai-optout></div>`,
});
SHOTS.set('rtl-page-375', {width: 375, dir: 'rtl', body: `<meta-ai-optout now="${BEFORE}"></meta-ai-optout>`});
SHOTS.set('sidebar-280-1280', {
  width: 1280,
  body: `<div style="display:flex;gap:2em;padding:1em"><main style="flex:1">${ARTICLE}</main><aside style="flex:0 0 280px"><meta-ai-optout variant="banner" now="${BEFORE}" ${ALL}></meta-ai-optout><br><meta-ai-optout variant="compact" now="${AFTER}"></meta-ai-optout></aside></div>`,
});
SHOTS.set('banner-open-1280', {
  width: 1280,
  open: true,
  body: `<meta-ai-optout variant="banner" now="${BEFORE}" ${ALL}></meta-ai-optout><p style="padding:1em">The page goes on.</p>`,
});
SHOTS.set('banner-greek-three-links-1024', {
  width: 1024,
  lang: 'el',
  body: `<meta-ai-optout variant="banner" now="${BEFORE}" ${ALL}></meta-ai-optout>`,
});
SHOTS.set('card-greek-375', {width: 375, lang: 'el', body: `<meta-ai-optout now="${BEFORE}" ${ALL}></meta-ai-optout>`});
SHOTS.set('root-62.5-body-20px-1280', {
  width: 1280,
  html: 'font-size:62.5%',
  body: `<div style="font-size:20px;padding:1em"><p>The page's own text, at 20 px.</p><meta-ai-optout variant="compact" now="${BEFORE}"></meta-ai-optout></div>`,
});

/** The README's picture: the widget alone (compact, so it stays short), as a Dutch visitor sees it today. */
const README_PICTURE = {name: 'readme', file: 'docs/widget.png'};
SHOTS.set(README_PICTURE.name, {
  width: 720,
  lang: 'nl',
  element: true,
  body: `<div style="padding:16px"><meta-ai-optout variant="compact" now="2026-12-02T10:00:00+01:00" more-info-href="https://example.org/"></meta-ai-optout></div>`,
});
const readmeOnly = process.argv.includes('--readme');
const shots = readmeOnly ? new Map([[README_PICTURE.name, SHOTS.get(README_PICTURE.name)]]) : SHOTS;

const page = ({lang = 'en', dir = 'ltr', dark = false, html = '', body}) => `<!doctype html>
<html lang="${lang}" dir="${dir}" style="${html}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<style>body { margin: 0; font-family: system-ui, sans-serif; ${dark ? 'background: #121212; color: #eee; color-scheme: dark;' : ''} }</style>
<script type="module" src="/dist/meta-ai-optout.js"></script></head>
<body>${body}</body></html>`;

const TYPES = {'.js': 'text/javascript', '.html': 'text/html'};
const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://localhost').pathname));
  const shot = path.match(/^\/shot\/([\w.-]+)\.html$/)?.[1];
  try {
    if (shot && SHOTS.has(shot)) {
      response.writeHead(200, {'content-type': 'text/html'}).end(page(SHOTS.get(shot)));
    } else if (path.startsWith('/dist/') && !path.includes('..')) {
      const body = readFileSync(join('.', path));
      response.writeHead(200, {'content-type': TYPES[extname(path)] ?? 'application/octet-stream'}).end(body);
    } else {
      response.writeHead(404).end();
    }
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

if (!readmeOnly) {
  rmSync(OUT, {recursive: true, force: true});
  mkdirSync(OUT);
}
const browser = await launchChromium();
try {
  for (const [name, shot] of shots) {
    const context = await browser.createBrowserContext();
    const tab = await context.newPage();
    await tab.setViewport({width: shot.width, height: 812});
    await tab.emulateMediaFeatures([{name: 'prefers-color-scheme', value: shot.dark ? 'dark' : 'light'}]);
    await tab.goto(`${origin}/shot/${name}.html`);
    await tab.waitForFunction(() =>
      [...document.querySelectorAll('meta-ai-optout')].every((el) => el.shadowRoot?.querySelector('.base')),
    );
    if (shot.open) {
      await tab.evaluate(() => {
        for (const el of document.querySelectorAll('meta-ai-optout'))
          el.shadowRoot.querySelector('details').open = true;
      });
    }
    if (shot.element) {
      await (await tab.$('meta-ai-optout')).screenshot({path: README_PICTURE.file});
    } else {
      await tab.screenshot({path: join(OUT, `${name}.png`), fullPage: true});
    }
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
console.log(readmeOnly ? `${README_PICTURE.file} written` : `${shots.size} screenshots in ${OUT}/`);
