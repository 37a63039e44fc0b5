/**
 * What the test pages ask of the test server, beyond serving files: things a page
 * cannot do itself (list a folder, run `npm pack`, read the browser's own network log
 * or font settings), pages served the way a site would serve them (a strict CSP
 * header, a React app bundled, dist/ with a chunk missing), and the fixtures' form
 * links filled in from src/facts.ts. Each answers one path or one
 * `executeServerCommand` name and lets everything else through.
 */
import {execFile} from 'node:child_process';
import {readdirSync, readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';
import {unzipSync} from 'fflate';
import {probeDevServer} from '../../scripts/dev-server-probe.mjs';
import {importTs} from '../../scripts/import-ts.mjs';
import {staleIds} from '../../scripts/translations.mjs';

/**
 * Runs a program and settles with its output and exit code. Never synchronously: this
 * server serves every test page of every engine, and a blocking `npm pack` (4-9 s
 * here) once held back the files other tests were waiting for until they timed out.
 */
const runChild = (file, args) =>
  new Promise((resolve) =>
    execFile(file, args, {encoding: 'utf8', maxBuffer: 64 * 2 ** 20}, (error, stdout, stderr) =>
      resolve({stdout, stderr, status: error ? (typeof error.code === 'number' ? error.code : -1) : 0}),
    ),
  );

/** The policy of a strict site, plus the one Trusted Types policy Lit creates. */
const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

/** src/facts.ts, loaded on first use. */
let facts;

/**
 * `html` with each `{{FORM_URLS.<platform>}}` replaced by that form's address from
 * src/facts.ts; a platform it does not know is an error, not a broken link.
 */
async function withFormUrls(html, path) {
  facts ??= importTs(fileURLToPath(new URL('../../src/facts.ts', import.meta.url)));
  const {FORM_URLS} = await facts;
  return html.replace(/\{\{FORM_URLS\.(\w+)\}\}/g, (_, platform) => {
    if (!Object.hasOwn(FORM_URLS, platform)) throw new Error(`${path}: FORM_URLS has no ${platform}`);
    return FORM_URLS[platform];
  });
}

/** Each session's requests, recorded from its first `network-log` command on. */
const networkLogs = new Map();

/**
 * The plugins, for a run whose browsers outside the time-zone groups keep their clock
 * in `defaultTimeZone`.
 */
export const serverPlugins = ({defaultTimeZone}) => [
  // Tests cannot list a folder over HTTP; this tells them which XLIFF files exist.
  {
    name: 'list-locales',
    serve: (context) =>
      context.path === '/__xliff-files.json' ? {body: JSON.stringify(readdirSync('locales')), type: 'json'} : undefined,
  },
  // The React test app, bundled the way a React project's bundler would.
  {
    name: 'react-app',
    async serve(context) {
      if (context.path !== '/test/react/app.bundle.js') return undefined;
      const result = await build({
        entryPoints: ['test/react/app.tsx'],
        bundle: true,
        format: 'esm',
        write: false,
        define: {'process.env.NODE_ENV': '"development"'},
        logLevel: 'silent',
      });
      return {body: result.outputFiles[0].text, type: 'js'};
    },
  },
  // The built dist/ with some chunks missing, for the test of a chunk that fails to load:
  // /__dist-without/nl+en/meta-ai-optout.js is dist/ where locales/nl.js and en.js 404.
  {
    name: 'dist-without',
    serve(context) {
      const match = context.path.match(/^\/__dist-without\/([\w+-]+)\/([\w/.-]+\.js)$/);
      if (!match) return undefined;
      const [, missing, file] = match;
      const chunk = file.match(/^locales\/([\w-]+)\.js$/)?.[1];
      if (chunk && missing.split('+').includes(chunk)) return {status: 404, body: 'missing on purpose'};
      return {body: readFileSync(`dist/${file}`, 'utf8'), type: 'js'};
    },
  },
  // Which translations no longer match their English (scripts/translations.mjs):
  // of a locale's XLIFF file, or of XLIFF text the test passes in.
  {
    name: 'stale-translations',
    executeCommand({command, payload}) {
      if (command !== 'stale-translations') return undefined;
      return staleIds(payload.xliff ?? readFileSync(`locales/${payload.locale}.xlf`, 'utf8'));
    },
  },
  // The zone a time-zone group's browser was started in, so the tests can check that
  // the engine really honours TZ (a browser that ignores it would pass as Amsterdam);
  // the default zone for a time-zone test named on the command line, which runs there.
  {
    name: 'time-zone-group',
    executeCommand({command, session}) {
      if (command !== 'time-zone-group') return undefined;
      return session.group.name === 'default' ? defaultTimeZone : session.group.name;
    },
  },
  // What `npm pack` would publish, for the package test.
  {
    name: 'npm-pack',
    async executeCommand({command}) {
      if (command !== 'npm-pack') return undefined;
      const {stdout} = await runChild('npm', ['pack', '--dry-run', '--json', '--ignore-scripts']);
      const [report] = JSON.parse(stdout);
      return report.files.map((file) => file.path);
    },
  },
  // The fixtures' pages link the forms as `{{FORM_URLS.facebook}}`: their addresses are
  // written once, in src/facts.ts, and filled in here.
  {
    name: 'fixture-form-urls',
    async transform(context) {
      if (!/^\/test\/fixtures\/[\w-]+\.html$/.test(context.path)) return undefined;
      return {body: await withFormUrls(context.body, context.path)};
    },
  },
  // The strict page of the CSP test is served with the header a strict site sends.
  {
    name: 'strict-csp',
    transform(context) {
      if (context.path === '/test/fixtures/strict-csp.html') return {headers: {'content-security-policy': STRICT_CSP}};
      // A page that also uses Lit: both copies create the 'lit-html' policy.
      if (context.path === '/test/fixtures/strict-csp-host-lit.html') {
        return {headers: {'content-security-policy': `${STRICT_CSP} 'allow-duplicates'`}};
      }
      return undefined;
    },
  },
  // Every request the browser makes from a test's iframes, seen by the browser itself
  // over puppeteer (Chromium's CDP, Firefox's BiDi). False in WebKit, whose WebDriver
  // has no network events: the test reads the page's Resource Timing there instead.
  {
    name: 'network-log',
    executeCommand({command, session}) {
      if (command !== 'network-log') return undefined;
      if (typeof session.browser.getPage !== 'function') return false;
      const page = session.browser.getPage(session.id);
      if (!networkLogs.has(session.id)) {
        const log = [];
        networkLogs.set(session.id, log);
        page.on('request', (request) => {
          if (request.frame() !== page.mainFrame()) log.push(request.url());
        });
      }
      return networkLogs.get(session.id);
    },
  },
  // A visitor whose system is set to dark (or light): Chromium's media emulation. False
  // elsewhere (Firefox's BiDi and WebKit's WebDriver have none); the test says so.
  {
    name: 'prefers-color-scheme',
    async executeCommand({command, payload, session}) {
      if (command !== 'prefers-color-scheme') return undefined;
      if (session.browser.type !== 'puppeteer' || session.browser.name === 'Firefox') return false;
      const page = session.browser.getPage(session.id);
      await page.emulateMediaFeatures([{name: 'prefers-color-scheme', value: payload.scheme}]);
      return true;
    },
  },
  // The page's accessibility tree as Chromium gives it to a screen reader (CDP
  // Accessibility.getFullAXTree), its frames' too (a snippet shown without scripts):
  // each node not ignored, with its role, name, whether it is expanded and whether it
  // takes the focus. axe reads the DOM; this is what a reader hears. False elsewhere:
  // Firefox's BiDi and WebKit's WebDriver expose no such tree.
  {
    name: 'accessibility-tree',
    async executeCommand({command, session}) {
      if (command !== 'accessibility-tree') return undefined;
      if (session.browser.type !== 'puppeteer' || session.browser.name === 'Firefox') return false;
      const client = await session.browser.getPage(session.id).createCDPSession();
      try {
        const frameIds = [];
        const walk = ({frame, childFrames = []}) => [frame.id, ...childFrames.flatMap(walk)];
        frameIds.push(...walk((await client.send('Page.getFrameTree')).frameTree));
        const trees = await Promise.all(
          frameIds.map((frameId) => client.send('Accessibility.getFullAXTree', {frameId})),
        );
        const nodes = trees.flatMap((tree) => tree.nodes);
        const property = (node, name) => node.properties?.find((p) => p.name === name)?.value.value;
        return nodes
          .filter((node) => !node.ignored)
          .map((node) => ({
            role: node.role?.value,
            name: node.name?.value ?? '',
            expanded: property(node, 'expanded'),
            focusable: property(node, 'focusable') === true,
          }));
      } finally {
        await client.detach();
      }
    },
  },
  // What `npm start`'s server binds and serves (scripts/dev-server-probe.mjs).
  {
    name: 'dev-server',
    executeCommand: ({command, payload}) => (command === 'dev-server' ? probeDevServer(payload.paths) : undefined),
  },
  // What `npm run release` wrote: the folder's files and the zip's entries.
  {
    name: 'release-files',
    executeCommand({command}) {
      if (command !== 'release-files') return undefined;
      const {version} = JSON.parse(readFileSync('package.json', 'utf8'));
      const name = `meta-ai-optout-${version}`;
      const folder = readdirSync(`release/${name}`, {recursive: true, withFileTypes: true})
        .filter((entry) => entry.isFile())
        .map((entry) => `${entry.parentPath.slice(`release/${name}`.length + 1)}/${entry.name}`.replace(/^\//, ''));
      const zip = Object.keys(unzipSync(readFileSync(`release/${name}.zip`)));
      return {name, folder: folder.sort(), zip: zip.sort()};
    },
  },
  // The command line (bin/meta-ai-optout.mjs), as a script would run it: its stdout,
  // stderr and exit code for the flags the test passes.
  {
    name: 'snippet-cli',
    async executeCommand({command, payload}) {
      if (command !== 'snippet-cli') return undefined;
      return runChild(process.execPath, ['bin/meta-ai-optout.mjs', ...payload.args]);
    },
  },
  // A Dutch article with the prerendered snippet (dist/snippet.js) between its
  // paragraphs: /__snippet/page.html?options=<JSON of createSnippet's options>, with
  // `slow=<entry ms>-<chunk ms>` to hold the script, and the language chunk and stylesheet, back, and
  // `csp=strict` for the strict site's header plus the hash the release publishes.
  // The files come from /__slow/<entry ms>-<chunk ms>[-<any number>]/dist/, which waits, then serves dist/.
  {
    name: 'snippet-pages',
    async serve(context) {
      const slow = context.path.match(/^\/__slow\/(\d+)-(\d+)(?:-\d+)?\/dist\/([\w/.-]+\.(js|css))$/);
      if (slow) {
        const [, entryMs, chunkMs, file, ext] = slow;
        await new Promise((resolve) =>
          setTimeout(resolve, Number(file.endsWith('.css') || file.startsWith('locales/') ? chunkMs : entryMs)),
        );
        return {body: readFileSync(`dist/${file}`, 'utf8'), type: ext};
      }
      if (context.path !== '/__snippet/page.html') return undefined;
      const params = context.URL.searchParams;
      const {createSnippet} = await import('../../dist/snippet.js');
      const release = JSON.parse(readFileSync('dist/integrity.json', 'utf8'));
      const options = {
        base: `/__slow/${params.get('slow') ?? '0-0'}/dist/`,
        ...JSON.parse(params.get('options') ?? '{}'),
      };
      const {html} = createSnippet(options);
      const paragraph = (n) => `<p>${'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(n)}</p>`;
      const body = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Snippet</title>
<script src="/test/fixtures/record-violations.js"></script><script src="/test/fixtures/record-shifts.js"></script></head>
<body><h1>Artikel</h1>${paragraph(3)}
${html}
${Array.from({length: 8}, () => paragraph(6)).join('\n')}</body></html>`;
      const policies = {
        self: STRICT_CSP,
        strict: STRICT_CSP.replace("style-src 'self'", `style-src 'self' '${release.inlineStyle}'`),
      };
      const policy = policies[params.get('csp')];
      const headers = policy ? {'content-security-policy': policy} : {};
      return {body, type: 'html', headers};
    },
  },
  // The browser's default font size, as a visitor who chose larger text (the layout test).
  // Chromium only (its own protocol); elsewhere false, and the test says what it ran.
  {
    name: 'default-font-size',
    async executeCommand({command, payload, session}) {
      if (command !== 'default-font-size') return undefined;
      if (session.browser.type !== 'puppeteer' || session.browser.name === 'Firefox') return false;
      const page = session.browser.getPage(session.id);
      const client = await page.createCDPSession();
      await client.send('Page.setFontSizes', {fontSizes: {standard: payload.size}});
      return true;
    },
  },
];
