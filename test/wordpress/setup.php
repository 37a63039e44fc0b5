<?php
/**
 * Installs the scratch WordPress that site.mjs made, from the command line (no wp-cli
 * here): the site, a network when asked, and one user of each role that can write,
 * each with an application password so the tests save posts through the REST API as
 * that user's editor does. Prints {role: {id, password}} as JSON.
 *
 * usage: php setup.php <url> <single|multisite>
 */
[, $url, $mode] = $argv;
$host = parse_url($url, PHP_URL_HOST) . ':' . parse_url($url, PHP_URL_PORT);
$_SERVER['HTTP_HOST'] = $host;
$_SERVER['SERVER_NAME'] = parse_url($url, PHP_URL_HOST);
$_SERVER['REQUEST_URI'] = '/';
define('WP_INSTALLING', true);
require __DIR__ . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/network.php';

$installed = wp_install('Test site', 'admin', 'admin@example.org', true, '', wp_generate_password());
$admin = (int) $installed['user_id'];
update_option('permalink_structure', '/%postname%/');
if ($mode === 'multisite') {
	// The network's tables, then the constants in wp-config.php (site.mjs writes them
	// for the requests that follow; this process still runs as a single site).
	// As wp-admin/network.php does: a single site's $wpdb does not name the network's tables.
	foreach ($wpdb->tables('ms_global') as $table => $prefixed) $wpdb->$table = $prefixed;
	install_network();
	$result = populate_network(1, $host, 'admin@example.org', 'Test network', '/', false);
	if (is_wp_error($result)) {
		fwrite(STDERR, $result->get_error_message() . "\n");
		exit(1);
	}
}

$users = [];
foreach (['administrator', 'editor', 'author', 'contributor'] as $role) {
	$id = $role === 'administrator' ? $admin : wp_insert_user([
		'user_login' => $role,
		'user_pass' => wp_generate_password(),
		'user_email' => "$role@example.org",
		'role' => $role,
	]);
	[$password] = WP_Application_Passwords::create_new_application_password($id, ['name' => 'tests']);
	$users[$role] = ['id' => $id, 'login' => get_userdata($id)->user_login, 'password' => $password];
}
if ($mode === 'multisite') {
	// The super admin is the installer; the site's own administrator is another user,
	// as on a real network, and lacks unfiltered_html.
	$id = wp_insert_user([
		'user_login' => 'siteadmin',
		'user_pass' => wp_generate_password(),
		'user_email' => 'siteadmin@example.org',
		'role' => 'administrator',
	]);
	[$password] = WP_Application_Passwords::create_new_application_password($id, ['name' => 'tests']);
	$users['super admin'] = $users['administrator'];
	$users['administrator'] = ['id' => $id, 'login' => 'siteadmin', 'password' => $password];
}
if ($mode === 'multisite') {
	// WordPress records that application passwords are in use as a network option once
	// on a network; this process, still a single site, wrote it as a site option.
	$wpdb->insert($wpdb->sitemeta, ['site_id' => 1, 'meta_key' => 'using_application_passwords', 'meta_value' => '1']);
}
echo json_encode($users);
