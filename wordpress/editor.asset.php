<?php
// What the block editor loads before editor.js: WordPress's own packages, as globals.
return array(
	'dependencies' => array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-server-side-render', 'wp-i18n' ),
	'version'      => null,
);
