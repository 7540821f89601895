<?php
/*
 * Plugin Name: Allow the loopback site under test
 * Description: Test plumbing for `npm run test:wordpress`, and the only change made to WordPress.
 * WordPress refuses to fetch oEmbed discovery and responses from loopback hosts
 * (wp_http_validate_url); the site under test is served on 127.0.0.1:8080, so this lets
 * WordPress treat exactly that host as external. Ports are untouched: 8080 is one WordPress
 * allows anyway.
 */
add_filter(
	'http_request_host_is_external',
	function ( $external, $host ) {
		return $external || '127.0.0.1' === $host;
	},
	10,
	2
);
