/**
 * A real WordPress on loopback, for the tests: Debian's `wordpress` package copied to a
 * scratch folder, a private MariaDB on a socket (no TCP), `php -S` on 127.0.0.1, installed
 * as a single site or a network by setup.php, with one user of each role that can write.
 * Nothing here is a port of WordPress: posts are saved through its REST API as each
 * user, and pages are what its front end sends.
 */
import {execFile, spawn} from 'node:child_process';
import {cpSync, existsSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {promisify} from 'node:util';

const run = promisify(execFile);
const WORDPRESS = '/usr/share/wordpress';
const HERE = new URL('.', import.meta.url).pathname;

/** Why WordPress cannot run here, or undefined when it can. */
function missing() {
  for (const [path, pkg] of [
    [WORDPRESS, 'wordpress'],
    ['/usr/bin/php', 'php-cli'],
    ['/usr/sbin/mariadbd', 'mariadb-server'],
  ])
    if (!existsSync(path)) return `${path} is missing (apt-get install ${pkg})`;
  return undefined;
}

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const {port} = server.address();
      server.close(() => resolve(port));
    });
  });

async function until(check, what, ms = 30000, explain = async () => '') {
  const end = Date.now() + ms;
  for (;;) {
    try {
      if (await check()) return;
    } catch {
      // not yet
    }
    if (Date.now() > end)
      throw new Error(`WordPress: ${what} did not come up in ${ms / 1000} s ${await explain().catch(String)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** A process in a group of its own, so stopping it stops its workers too. */
function detached(command, args, env = {}) {
  const child = spawn(command, args, {detached: true, stdio: 'ignore', env: {...process.env, ...env}});
  child.unref();
  return () => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  };
}

/**
 * Starts a WordPress; `plugins` are folders copied into wp-content/plugins and
 * activated (network-wide on a network). Resolves to its URL, its users
 * ({role: {id, login, password}}) and stop().
 */
export async function startWordPress({multisite = false, plugins = {}} = {}) {
  const reason = missing();
  if (reason) throw new Error(`WordPress cannot run here: ${reason}`);
  const scratch = mkdtempSync(join(tmpdir(), 'meta-ai-optout-wp-'));
  const root = join(scratch, 'wp');
  const data = join(scratch, 'db');
  const socket = join(scratch, 'db.sock');
  const stops = [];
  const stop = () => {
    for (const s of stops.reverse()) s();
    if (!process.env.KEEP_WP) rmSync(scratch, {recursive: true, force: true});
  };
  try {
    cpSync(WORDPRESS, root, {recursive: true, dereference: true});
    for (const file of ['setup.php', 'router.php']) cpSync(join(HERE, file), join(root, file));
    for (const [name, folder] of Object.entries(plugins))
      cpSync(folder, join(root, 'wp-content/plugins', name), {recursive: true});

    await run('mariadb-install-db', [
      '--no-defaults',
      `--datadir=${data}`,
      '--user=root',
      '--auth-root-authentication-method=normal',
      '--skip-test-db',
    ]);
    stops.push(
      detached('mariadbd', [
        '--no-defaults',
        `--datadir=${data}`,
        `--socket=${socket}`,
        '--skip-networking',
        '--user=root',
        `--pid-file=${join(scratch, 'db.pid')}`,
      ]),
    );
    await until(() => existsSync(socket), 'MariaDB');
    await until(
      async () => (
        await run('mariadb', ['--no-defaults', '-S', socket, '-u', 'root', '-e', 'CREATE DATABASE wp']),
        true
      ),
      'the database',
    );

    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const config = (network) => `<?php
define('DB_NAME', 'wp');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', 'localhost:${socket}');
define('WP_HOME', '${url}');
define('WP_SITEURL', '${url}');
define('WP_ENVIRONMENT_TYPE', 'local');
define('WP_DEBUG', true);
define('WP_DEBUG_LOG', '${join(scratch, 'debug.log')}');
define('WP_DEBUG_DISPLAY', false);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('DISABLE_WP_CRON', true);
${
  network
    ? `define('WP_ALLOW_MULTISITE', true);
define('MULTISITE', true);
define('SUBDOMAIN_INSTALL', false);
define('DOMAIN_CURRENT_SITE', '127.0.0.1:${port}');
define('PATH_CURRENT_SITE', '/');
define('SITE_ID_CURRENT_SITE', 1);
define('BLOG_ID_CURRENT_SITE', 1);`
    : ''
}
$table_prefix = 'wp_';
require_once ABSPATH . 'wp-settings.php';
`;
    const configFile = join(root, 'wp-config.php');
    writeFileSync(
      configFile,
      config(false).replace('require_once', "if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');\nrequire_once"),
    );
    const {stdout} = await run('php', ['setup.php', url, multisite ? 'multisite' : 'single'], {cwd: root});
    const users = JSON.parse(stdout);
    if (multisite)
      writeFileSync(
        configFile,
        config(true).replace(
          'require_once',
          "if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');\nrequire_once",
        ),
      );

    stops.push(
      detached('php', ['-S', `127.0.0.1:${port}`, '-t', root, join(root, 'router.php')], {PHP_CLI_SERVER_WORKERS: '4'}),
    );
    await until(
      async () => (await fetch(`${url}/wp-json/`)).ok,
      'php -S',
      30000,
      () => fetch(`${url}/wp-json/`).then(async (r) => `${r.status} ${(await r.text()).slice(0, 300)}`),
    );
    const site = {url, users, root, log: join(scratch, 'debug.log'), stop};
    for (const name of Object.keys(plugins)) await activate(site, name, multisite);
    return site;
  } catch (error) {
    stop();
    throw error;
  }
}

/** Activates a plugin as WordPress's Plugins screen does (network-wide on a network). */
async function activate(site, name, network) {
  const code = `require 'wp-load.php'; require_once ABSPATH . 'wp-admin/includes/plugin.php';
    $r = activate_plugin('${name}/${name}.php', '', ${network ? 'true' : 'false'});
    if (is_wp_error($r)) { fwrite(STDERR, $r->get_error_message()); exit(1); }`;
  await run('php', ['-r', `$_SERVER['HTTP_HOST'] = '${new URL(site.url).host}'; ${code}`], {cwd: site.root});
}

/** The REST API's Authorization header for `role`'s application password. */
export function authorization(site, role) {
  const user = site.users[role];
  return `Basic ${Buffer.from(`${user.login}:${user.password}`).toString('base64')}`;
}

/** Saves a post through the REST API as `role`, as its editor does, and publishes it. */
export async function savePost(site, role, {content, title = 'Artikel', status = 'publish'}) {
  const auth = authorization(site, role);
  // Contributors may only submit for review; the tests then read the post as published.
  const own = role === 'contributor' ? 'pending' : status;
  const response = await fetch(`${site.url}/wp-json/wp/v2/posts`, {
    method: 'POST',
    headers: {authorization: auth, 'content-type': 'application/json'},
    body: JSON.stringify({title, content, status: own}),
  });
  const post = await response.json();
  if (!response.ok) throw new Error(`WordPress refused the post of ${role}: ${JSON.stringify(post)}`);
  if (own !== status) {
    // As an editor approving it: the status alone, the content as the contributor saved it.
    await run(
      'php',
      [
        '-r',
        `$_SERVER['HTTP_HOST'] = '${new URL(site.url).host}'; require 'wp-load.php'; global $wpdb; $wpdb->update($wpdb->posts, ['post_status' => 'publish', 'post_name' => 'post-${post.id}'], ['ID' => ${post.id}]); clean_post_cache(${post.id});`,
      ],
      {cwd: site.root},
    );
  }
  return {id: post.id, link: `${site.url}/?p=${post.id}`, raw: post.content?.raw};
}
