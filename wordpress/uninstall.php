<?php
/**
 * The plugin stores nothing: no option, no table, no file, no user or post meta. Its
 * blocks and shortcodes stay in the posts that use them, as WordPress leaves every
 * block of a removed plugin, and show nothing once it is gone.
 *
 * @package meta-ai-optout
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;
