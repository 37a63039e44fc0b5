/**
 * `npm run release`: the folder an organisation uploads to its own web server, and a
 * .zip of it beside it: release/meta-ai-optout-<version>/ and release/meta-ai-optout-<version>.zip.
 *
 * The folder holds the built widget (the entry, its language files), the configurator
 * and the editors' guide (the demo's pages, pointed at the files beside them), LICENSE,
 * CHANGELOG and the Subresource Integrity hash of every script. Everything in it refers
 * to its neighbours by relative URL, so it works from any path on any static host:
 * the configurator finds its own address and writes snippets that point there.
 * It also writes the WordPress plugin, release/meta-ai-optout-wordpress-<version>.zip, one
 * folder meta-ai-optout/ as Plugins → Add New → Upload takes it (scripts/wordpress-plugin.mjs).
 * Run `npm run build` first (npm test does both).
 */
import {createHash} from 'node:crypto';
import {cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {fileURLToPath} from 'node:url';
import {zipSync} from 'fflate';
import {writePlugin} from './wordpress-plugin.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const {version} = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
export const RELEASE_NAME = `meta-ai-optout-${version}`;
const OUT = join(ROOT, 'release', RELEASE_NAME);

/** The demo's pages that belong in a release; the demo's test page stays behind. */
const PAGES = [
  'index.html',
  'guide.html',
  'gallery.html',
  'demo.js',
  'demo.css',
  'gallery.js',
  'gallery.css',
  'language-names.js',
];
/** What the build writes that a page does not load: the TypeScript declarations. */
const NOT_SHIPPED = new Set(['types']);

/** Every file under `dir`, as paths relative to it. */
const filesIn = (dir) =>
  readdirSync(dir, {recursive: true})
    .map(String)
    .filter((path) => statSync(join(dir, path)).isFile())
    .sort();

const sri = (path) => `sha384-${createHash('sha384').update(readFileSync(path)).digest('base64')}`;

if (!existsSync(join(ROOT, 'dist', 'meta-ai-optout.js'))) {
  console.error('npm run release: no build in dist/; run `npm run build` first.');
  process.exit(1);
}
rmSync(join(ROOT, 'release'), {recursive: true, force: true});
mkdirSync(OUT, {recursive: true});

for (const entry of readdirSync(join(ROOT, 'dist'))) {
  if (!NOT_SHIPPED.has(entry)) cpSync(join(ROOT, 'dist', entry), join(OUT, entry), {recursive: true});
}
// In the repository the demo loads the build from ../dist/; in the folder it sits beside it.
for (const page of PAGES) {
  writeFileSync(join(OUT, page), readFileSync(join(ROOT, 'demo', page), 'utf8').replaceAll('../dist/', './'));
}
for (const file of ['LICENSE', 'CHANGELOG.md']) cpSync(join(ROOT, file), join(OUT, file));

const scripts = filesIn(OUT).filter((path) => path.endsWith('.js') && !PAGES.includes(path));
writeFileSync(
  join(OUT, 'integrity.txt'),
  `# Subresource Integrity hashes of ${RELEASE_NAME}, for <script integrity="…" crossorigin="anonymous">\n` +
    scripts.map((path) => `${sri(join(OUT, path))}  ${path}`).join('\n') +
    '\n',
);

/** Zips `folder` as `zip`, every file under the folder's own name, as an unzipped upload keeps it. */
function zipFolder(folder, name, zip) {
  const archive = Object.fromEntries(
    filesIn(folder).map((path) => [
      `${name}/${path}`,
      [readFileSync(join(folder, path)), {mtime: new Date('2026-01-01')}],
    ]),
  );
  writeFileSync(zip, zipSync(archive, {level: 9}));
}
zipFolder(OUT, RELEASE_NAME, join(ROOT, 'release', `${RELEASE_NAME}.zip`));

export const PLUGIN_ZIP = `meta-ai-optout-wordpress-${version}.zip`;
const plugin = join(ROOT, 'release', 'wordpress', 'meta-ai-optout');
writePlugin(ROOT, plugin, version);
zipFolder(plugin, 'meta-ai-optout', join(ROOT, 'release', PLUGIN_ZIP));

const files = filesIn(OUT);
const bytes = files.reduce((sum, path) => sum + statSync(join(OUT, path)).size, 0);
console.log(
  `${relative(ROOT, OUT)}/: ${files.length} files, ${(bytes / 1000).toFixed(1)} kB; ` +
    `${relative(ROOT, join(ROOT, 'release', `${RELEASE_NAME}.zip`))}: ` +
    `${(statSync(join(ROOT, 'release', `${RELEASE_NAME}.zip`)).size / 1000).toFixed(1)} kB; ` +
    `release/${PLUGIN_ZIP}: ${(statSync(join(ROOT, 'release', PLUGIN_ZIP)).size / 1000).toFixed(1)} kB`,
);
