<?php
// php -S's router: files and folders as they are (php -S runs .php files itself),
// everything else through WordPress's front controller, as pretty permalinks and
// /wp-json/ need.
$path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
if ($path !== '/' && file_exists(__DIR__ . $path)) return false;
$_SERVER['SCRIPT_NAME'] = '/index.php';
require __DIR__ . '/index.php';
