/**
 * What `npm start`'s server really does, for the test (test/dev-server.test.ts): the
 * addresses it listens on (as the kernel reports them, with `ss`), the status of a
 * few paths, and what a second server on the same port says.
 */
import {execFileSync, spawn} from 'node:child_process';
import {get} from 'node:http';

const SERVE = new URL('./serve.mjs', import.meta.url).pathname;

/** Starts serve.mjs with `env` and `args`; resolves once it prints its address, or when it exits. */
function start(args, env) {
  const child = spawn(process.execPath, [SERVE, ...args], {env: {...process.env, ...env}});
  let stdout = '';
  let stderr = '';
  return new Promise((resolve) => {
    const started = performance.now();
    const done = (extra) => resolve({child, stdout, stderr, ms: performance.now() - started, ...extra});
    child.stdout.on('data', (data) => {
      stdout += data;
      const port = stdout.match(/on 127\.0\.0\.1:(\d+) only/)?.[1];
      if (port) done({port: Number(port)});
    });
    child.stderr.on('data', (data) => (stderr += data));
    child.on('exit', (code) => done({code}));
  });
}

const status = (port, path) =>
  new Promise((resolve, reject) => {
    get({host: '127.0.0.1', port, path}, (response) => {
      response.resume();
      resolve(response.statusCode);
    }).on('error', reject);
  });

export async function probeDevServer(paths) {
  const server = await start(['--no-build'], {PORT: '0'});
  if (!server.port) return {error: `did not start: ${server.stderr}`};
  try {
    const listening = execFileSync('ss', ['-Hltn', `sport = :${server.port}`], {encoding: 'utf8'})
      .trim()
      .split('\n')
      .map((line) => line.trim().split(/\s+/)[3]);
    const statuses = {};
    // node:http sends the path as written (fetch would resolve "..", which is the point).
    for (const path of paths) statuses[path] = await status(server.port, path);
    // A second `npm start` on the taken port, with the build on: it must stop before building.
    const second = await start([], {PORT: String(server.port)});
    second.child.kill();
    return {
      listening,
      statuses,
      taken: {code: second.code, stderr: second.stderr, stdout: second.stdout, ms: second.ms},
    };
  } finally {
    server.child.kill();
  }
}
