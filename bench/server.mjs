/**
 * A tiny static server for the benchmark: the repository root from disk, overlaid by
 * files held in memory: the pages the benchmark generates (so it writes no page
 * files) and a snapshot of dist/ taken after the build (so a rebuild running beside
 * the benchmark cannot pull the files away mid-run). Loopback only, on a free port
 * the system picks.
 */
import {createServer} from 'node:http';
import {gzipSync} from 'node:zlib';
import {readFile} from 'node:fs/promises';
import {extname, join, normalize, sep} from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/**
 * Files go out gzip-compressed, as any real server sends them: on loopback that costs
 * nearly nothing, and under the slow-4G condition the wire carries what a visitor's
 * would. The byte table reports brotli and gzip sizes.
 * `no-store` on top of a fresh browser context per run: every run downloads every file.
 */
const HEADERS = {'cache-control': 'no-store'};

const gzipped = new WeakMap();
/** Each body compressed once (the pages and dist/ are held in memory as Buffers or strings). */
function compressed(body) {
  if (typeof body === 'string') return gzipSync(body);
  if (!gzipped.has(body)) gzipped.set(body, gzipSync(body));
  return gzipped.get(body);
}

const typeOf = (path) => TYPES[extname(path)] ?? 'application/octet-stream';

export async function startServer(root) {
  const files = new Map();
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    const send = (status, type, body) => {
      const gzip = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '') && status === 200;
      response.writeHead(status, {...HEADERS, 'content-type': type, ...(gzip ? {'content-encoding': 'gzip'} : {})});
      response.end(gzip ? compressed(body) : body);
    };
    if (request.method !== 'GET') return send(405, 'text/plain', 'GET only');
    if (files.has(path)) return send(200, typeOf(path), files.get(path));
    const file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) return send(403, 'text/plain', 'outside the root');
    try {
      send(200, typeOf(file), await readFile(file));
    } catch {
      send(404, 'text/plain', 'not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    /** Serves `body` at `path` (which starts with /) from memory and returns its full URL. */
    serve(path, body) {
      files.set(path, body);
      return origin + path;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(resolve);
      }),
  };
}
