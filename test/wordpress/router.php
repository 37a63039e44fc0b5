<?php
// php -S's router: files and folders as they are (php -S runs .php files itself),
// everything else through WordPress's front controller, as pretty permalinks and
// /wp-json/ need. Scripts and stylesheets are sent with CORS allowed: the tests read
// WordPress's pages from their own origin, and a module script from another origin
// loads only with it.
$path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
$file = __DIR__ . $path;
if ($path !== '/' && is_file($file) && preg_match('/\.(js|css)$/', $path, $type)) {
	header('Content-Type: ' . ($type[1] === 'js' ? 'text/javascript' : 'text/css'));
	header('Access-Control-Allow-Origin: *');
	readfile($file);
	return;
}
if ($path !== '/' && file_exists($file)) return false;
$_SERVER['SCRIPT_NAME'] = '/index.php';
require __DIR__ . '/index.php';
