/**
 * `npm start`: builds the widget and serves the demo on this machine only.
 *
 * A few lines of node:http rather than @web/dev-server, which turns `127.0.0.1` into
 * "every interface" and serves the whole repository (`.git/` included). This one binds
 * the loopback, serves two folders (demo/ and the built dist/) and nothing else, and
 * claims its port before the build, so a taken port is one clear line, not a raw
 * EADDRINUSE after a minute of building.
 *
 *   PORT=8080 npm start        another port (default 8000; 0 picks a free one)
 *   node scripts/serve.mjs --no-build   serve what is built (the tests use it)
 */
import {spawnSync} from 'node:child_process';
import {createReadStream, statSync} from 'node:fs';
import {createServer} from 'node:http';
import {extname, join, normalize, sep} from 'node:path';
import {fileURLToPath} from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** The only folders served, by their URL prefix. */
const SERVED_FOLDERS = ['demo', 'dist'];
const HOST = '127.0.0.1';
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json; charset=utf-8',
};

/** The file a URL path names, or null when it lies outside the served folders. */
function servedFile(urlPath) {
  let path;
  try {
    path = normalize(decodeURIComponent(urlPath.split('?')[0]));
  } catch {
    return null; // malformed percent-encoding
  }
  const [, folder, ...rest] = path.split('/');
  if (!SERVED_FOLDERS.includes(folder) || rest.some((part) => part.startsWith('.'))) return null;
  const file = join(ROOT, folder, ...rest);
  if (!file.startsWith(join(ROOT, folder) + sep) && file !== join(ROOT, folder)) return null;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) return servedFile(`${path.replace(/\/$/, '')}/index.html`);
    return stat.isFile() ? file : null;
  } catch {
    return null;
  }
}

function handle(request, response) {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, {allow: 'GET, HEAD'}).end();
    return;
  }
  if (request.url === '/' || request.url === '/demo') {
    response.writeHead(302, {location: '/demo/'}).end();
    return;
  }
  const file = servedFile(request.url);
  if (!file) {
    response.writeHead(404, {'content-type': 'text/plain; charset=utf-8'}).end('Not found\n');
    return;
  }
  response.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-store',
  });
  if (request.method === 'HEAD') response.end();
  else createReadStream(file).pipe(response);
}

/** Listens on the loopback; resolves with the port, or exits with one line when it is taken. */
function listen(server, port) {
  return new Promise((resolve) => {
    server.once('error', (error) => {
      const reason =
        error.code === 'EADDRINUSE'
          ? `port ${port} is already in use. Stop what runs there, or pick another: PORT=8080 npm start`
          : `cannot listen on ${HOST}:${port}: ${error.message}`;
      console.error(`npm start: ${reason}`);
      process.exit(1);
    });
    server.listen(port, HOST, () => resolve(server.address().port));
  });
}

const requested = process.env.PORT ?? '8000';
if (!/^\d{1,5}$/.test(requested) || Number(requested) > 65535) {
  console.error(`npm start: PORT=${JSON.stringify(requested)} is not a port number (0 to 65535).`);
  process.exit(1);
}
const server = createServer(handle);
const port = await listen(server, Number(requested));
if (!process.argv.includes('--no-build')) {
  const build = spawnSync('npm', ['run', 'build'], {cwd: ROOT, stdio: 'inherit'});
  if (build.status !== 0) {
    console.error('npm start: the build failed (above); nothing is served.');
    process.exit(1);
  }
}
console.log(
  `\nDemo: http://127.0.0.1:${port}/demo/\nReview gallery: http://127.0.0.1:${port}/demo/gallery.html\n` +
    `Serving demo/ and dist/ on ${HOST}:${port} only (Ctrl+C to stop)`,
);
