<?php
/*
 * Router for PHP's built-in web server (`php -S`): files that exist are served as they are,
 * every other path goes to WordPress's index.php, as Apache's rewrite rules would send it.
 */
$path = parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH );
if ( '/' !== $path && file_exists( $_SERVER['DOCUMENT_ROOT'] . $path ) ) {
	return false;
}
require $_SERVER['DOCUMENT_ROOT'] . '/index.php';
