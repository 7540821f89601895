<?php
/*
 * Installs WordPress (Debian's package) into the empty test database and writes the posts a
 * union web editor would: addresses pasted alone (block editor embed and classic line), the
 * builder's code in a Custom HTML block, and the same code saved by an Author. Prints the
 * post ids as JSON. Run with php-cli: `php install.php <home> <json-of-posts>`.
 */
$home  = $argv[1];
$posts = json_decode( $argv[2], true );
$_SERVER['HTTP_HOST']   = parse_url( $home, PHP_URL_HOST ) . ':' . parse_url( $home, PHP_URL_PORT );
$_SERVER['REQUEST_URI'] = '/';
define( 'WP_INSTALLING', true );
require '/usr/share/wordpress/wp-load.php';
require ABSPATH . 'wp-admin/includes/upgrade.php';

$installed = wp_install( 'Union news', 'editor', 'editor@example.org', false, '', 'test-password-1' );
$admin     = $installed['user_id'];
switch_theme( 'twentytwentythree' );
$author = wp_insert_user(
	array(
		'user_login' => 'author',
		'user_pass'  => 'test-password-2',
		'user_email' => 'author@example.org',
		'role'       => 'author',
	)
);

$ids = array();
foreach ( $posts as $key => $post ) {
	// kses runs for users without unfiltered_html, as when they save in the editor.
	wp_set_current_user( 'author' === $post['by'] ? $author : $admin );
	kses_init();
	$ids[ $key ] = wp_insert_post(
		array(
			'post_title'   => $post['title'],
			'post_content' => $post['content'],
			'post_status'  => 'publish',
			'post_author'  => get_current_user_id(),
		),
		true
	);
	if ( is_wp_error( $ids[ $key ] ) ) {
		fwrite( STDERR, $ids[ $key ]->get_error_message() );
		exit( 1 );
	}
}
$saved = array();
foreach ( $ids as $key => $id ) {
	$saved[ $key ] = array( 'id' => $id, 'content' => get_post_field( 'post_content', $id, 'raw' ) );
}
echo wp_json_encode( $saved );
