<?php
/**
 * Plugin Name:       Meta AI objection widget
 * Description:       Explains, in your readers' language, that Meta trains its AI on public Facebook and Instagram posts, and links to the official objection forms. A block and a shortcode; no tracking, no cookies, no requests but to your own site.
 * Version:           {{version}}
 * Requires at least: 6.1
 * Requires PHP:      8.2
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       meta-ai-optout
 *
 * Thin glue: every fact (languages, layouts, form links, the widget's words) comes from
 * the widget's own build, in choices.json and prerendered/<lang>.json beside this file.
 * The same settings reach the block and the shortcode, are validated as the element
 * validates them (a refused value falls back to its default, and the post's editors
 * are told which), and are escaped: nothing an author types becomes markup or a link
 * other than https.
 *
 * @package meta-ai-optout
 */

defined( 'ABSPATH' ) || exit;

/**
 * A JSON file the build wrote beside this one, read once per request: choices.json (the
 * values each setting takes, and the prerender's placeholder URLs), prerendered/<lang>.json
 * (a language's summary and link labels, for the fallback) and prerendered/<lang>/<layout>.json
 * (its prerendered widgets, by set of form links, +more-info).
 */
function meta_ai_optout_json( string $file ): array {
	static $loaded = array();
	$loaded[ $file ] ??= json_decode( file_get_contents( __DIR__ . "/$file" ), true );
	return $loaded[ $file ];
}

function meta_ai_optout_choices(): array {
	return meta_ai_optout_json( 'choices.json' );
}

/** The site's language when it is one of the widget's, else English. */
function meta_ai_optout_site_language(): string {
	$primary = strtolower( strtok( get_locale(), '_-' ) );
	return in_array( $primary, meta_ai_optout_choices()['languages'], true ) ? $primary : 'en';
}

/** An https URL without a user name or password, or null: never javascript:, data: or http. */
function meta_ai_optout_https_url( string $value ): ?string {
	$value = trim( $value );
	$parts = wp_parse_url( $value );
	if ( ! is_array( $parts ) || ( $parts['scheme'] ?? '' ) !== 'https' || empty( $parts['host'] ) ) {
		return null;
	}
	if ( isset( $parts['user'] ) || isset( $parts['pass'] ) || preg_match( '/[\s"\'<>]/', $value ) ) {
		return null;
	}
	return $value;
}

/**
 * The settings in force for what an author typed (the block's attributes or the
 * shortcode's, under the element's attribute names), and each value refused, with why.
 *
 * @param array<string, mixed> $typed Setting name => value as typed; absent or '' is the default.
 * @return array{0: array<string, mixed>, 1: string[]}
 */
function meta_ai_optout_settings( array $typed ): array {
	$choices  = meta_ai_optout_choices();
	$refusals = array();
	$refuse   = function ( string $name, $value, string $expected, string $using ) use ( &$refusals ) {
		/* translators: 1: a setting's name, 2: the value typed, 3: what it should be, 4: the default used instead */
		$refusals[] = sprintf( __( '%1$s="%2$s" (expected %3$s; using %4$s)', 'meta-ai-optout' ), $name, $value, $expected, $using );
	};
	$text     = fn( $name ) => trim( (string) ( $typed[ $name ] ?? '' ) );

	$settings = array(
		'lang'          => meta_ai_optout_site_language(),
		'variant'       => $choices['variants'][0],
		'platforms'     => $choices['defaultPlatforms'],
		'heading-level' => 2,
		'message'       => '',
	);
	$lang = strtolower( strtok( $text( 'lang' ) . '-', '_-' ) );
	if ( '' !== $text( 'lang' ) ) {
		if ( in_array( $lang, $choices['languages'], true ) ) {
			$settings['lang'] = $lang;
		} else {
			$refuse( 'lang', $text( 'lang' ), implode( ', ', $choices['languages'] ), $settings['lang'] );
		}
	}
	if ( '' !== $text( 'variant' ) ) {
		if ( in_array( strtolower( $text( 'variant' ) ), $choices['variants'], true ) ) {
			$settings['variant'] = strtolower( $text( 'variant' ) );
		} else {
			$refuse( 'variant', $text( 'variant' ), implode( ', ', $choices['variants'] ), $settings['variant'] );
		}
	}
	if ( '' !== $text( 'platforms' ) ) {
		$words = preg_split( '/[\s,]+/', strtolower( $text( 'platforms' ) ), -1, PREG_SPLIT_NO_EMPTY );
		if ( array_diff( $words, $choices['platforms'] ) ) {
			$refuse( 'platforms', $text( 'platforms' ), implode( ', ', $choices['platforms'] ), implode( ' ', $settings['platforms'] ) );
		} else {
			// In the widget's order, as the element shows them.
			$settings['platforms'] = array_values( array_intersect( $choices['platforms'], $words ) );
		}
	}
	if ( '' !== $text( 'heading-level' ) ) {
		if ( in_array( $text( 'heading-level' ), $choices['headingLevels'], true ) ) {
			$settings['heading-level'] = (int) $text( 'heading-level' );
		} else {
			$refuse( 'heading-level', $text( 'heading-level' ), '1 to 6', '2' );
		}
	}
	foreach ( array( 'facebook-href', 'instagram-href', 'whatsapp-href', 'more-info-href' ) as $name ) {
		if ( '' === $text( $name ) ) {
			continue;
		}
		$url = meta_ai_optout_https_url( $text( $name ) );
		if ( null === $url ) {
			$refuse( $name, $text( $name ), __( 'an https:// link', 'meta-ai-optout' ), __( 'the default', 'meta-ai-optout' ) );
		} else {
			$settings[ $name ] = $url;
		}
	}
	// Plain text, one paragraph: tags are text here, as in the widget's own message slot.
	$settings['message'] = trim( preg_replace( '/\s+/', ' ', $text( 'message' ) ) );
	return array( $settings, $refusals );
}

/** The widget for what an author typed: the element, prerendered when it can be. */
function meta_ai_optout_render( array $typed ): string {
	[ $settings, $refusals ] = meta_ai_optout_settings( $typed );
	$choices                 = meta_ai_optout_choices();
	$lang                    = $settings['lang'];
	$words                   = meta_ai_optout_json( "prerendered/$lang.json" );
	$dist                    = plugins_url( 'dist/', __FILE__ );
	wp_enqueue_script( 'meta-ai-optout' );

	$attributes = array( 'lang' => $lang );
	if ( $settings['variant'] !== $choices['variants'][0] ) {
		$attributes['variant'] = $settings['variant'];
	}
	if ( $settings['platforms'] !== $choices['defaultPlatforms'] ) {
		$attributes['platforms'] = implode( ' ', $settings['platforms'] );
	}
	if ( 2 !== $settings['heading-level'] ) {
		$attributes['heading-level'] = (string) $settings['heading-level'];
	}
	foreach ( array( 'facebook-href', 'instagram-href', 'whatsapp-href', 'more-info-href' ) as $name ) {
		if ( isset( $settings[ $name ] ) ) {
			$attributes[ $name ] = $settings[ $name ];
		}
	}

	$html = '';
	// The language's file, fetched beside the script rather than after it; once a page.
	static $preloaded = array();
	if ( ! isset( $preloaded[ $lang ] ) ) {
		$preloaded[ $lang ] = true;
		$html              .= '<link rel="modulepreload" href="' . esc_url( "{$dist}locales/$lang.js" ) . '">';
	}
	$html .= '<meta-ai-optout';
	foreach ( $attributes as $name => $value ) {
		$html .= ' ' . $name . '="' . ( str_ends_with( $name, '-href' ) ? esc_url( $value ) : esc_attr( $value ) ) . '"';
	}
	$html .= '>';
	// The widget as the page's first paint shows it: the build prerendered every layout,
	// set of form links and "more information" link; the heading level is shifted here.
	$key  = implode( '+', $settings['platforms'] ) . ( isset( $settings['more-info-href'] ) ? '+more-info' : '' );
	$urls = array(
		$choices['placeholders']['base']     => esc_url( $dist ),
		$choices['placeholders']['moreInfo'] => esc_url( $settings['more-info-href'] ?? '' ),
	);
	foreach ( $choices['platforms'] as $platform ) {
		$urls[ $choices['placeholders'][ $platform ] ] = esc_url( $settings[ "$platform-href" ] ?? $choices['formUrls'][ $platform ] );
	}
	$shadow = strtr( meta_ai_optout_json( "prerendered/$lang/{$settings['variant']}.json" )[ $key ], $urls );
	$shift  = $settings['heading-level'] - 2;
	$html  .= 0 === $shift ? $shadow : preg_replace_callback(
		'#<(/?)h([1-6])(?=[\s>])#',
		fn( $m ) => '<' . $m[1] . 'h' . min( 6, (int) $m[2] + $shift ),
		$shadow
	);
	// For a reader whose browser shows no prerender: a sentence and the form links.
	$links = array();
	foreach ( $settings['platforms'] as $platform ) {
		$href    = $settings[ "$platform-href" ] ?? $choices['formUrls'][ $platform ];
		$links[] = '<a href="' . esc_url( $href ) . '" rel="noopener noreferrer" referrerpolicy="no-referrer">' . esc_html( $words['labels'][ $platform ] ) . '</a>';
	}
	$html .= '<span slot="fallback">' . wp_kses_post( $words['summary'] ) . '<br>' . implode( ' · ', $links ) . '</span>';
	if ( '' !== $settings['message'] ) {
		$html .= '<span>' . esc_html( $settings['message'] ) . '</span>';
	}
	$html .= '</meta-ai-optout>';

	if ( $refusals && current_user_can( 'edit_posts' ) ) {
		// Only those who can fix it see why a value was not used.
		$html .= '<p class="meta-ai-optout-refused" role="note">' . esc_html(
			/* translators: %s: the refused values, each with what was expected */
			sprintf( __( 'Meta AI objection widget, seen only by editors: ignored %s.', 'meta-ai-optout' ), implode( '; ', $refusals ) )
		) . '</p>';
	}
	return $html;
}

/** The block's attributes under the element's names. */
function meta_ai_optout_render_block( array $attributes ): string {
	$typed = array();
	foreach ( $attributes as $name => $value ) {
		$typed[ strtolower( preg_replace( '/[A-Z]/', '-$0', $name ) ) ] = is_scalar( $value ) ? (string) $value : '';
	}
	return meta_ai_optout_render( $typed );
}

/** [meta_ai_optout lang="nl" variant="compact" heading_level="3" more_info_href="https://…" message="…"] */
function meta_ai_optout_shortcode( $atts ): string {
	$typed = array();
	foreach ( (array) $atts as $name => $value ) {
		$typed[ str_replace( '_', '-', strtolower( (string) $name ) ) ] = (string) $value;
	}
	return meta_ai_optout_render( $typed );
}

add_action(
	'init',
	function () {
		// One module script per page, however many widgets: registered once, enqueued by
		// each render, printed in the footer. No version: WordPress would append ?ver=,
		// and the language files import the entry without it, which would load it twice.
		wp_register_script( 'meta-ai-optout', plugins_url( 'dist/meta-ai-optout.js', __FILE__ ), array(), null, true );
		register_block_type( __DIR__, array( 'render_callback' => 'meta_ai_optout_render_block' ) );
		add_shortcode( 'meta_ai_optout', 'meta_ai_optout_shortcode' );
		$choices = meta_ai_optout_choices();
		wp_add_inline_script(
			'meta-ai-optout-widget-editor-script',
			'window.metaAiOptout = ' . wp_json_encode(
				array(
					'languages'     => $choices['languages'],
					'layouts'       => $choices['layouts'],
					'platforms'     => $choices['platforms'],
					'headingLevels' => $choices['headingLevels'],
				)
			) . ';',
			'before'
		);
	}
);

// WordPress 6.1 has no script modules (wp_enqueue_script_module is 6.5): the widget's
// entry is an ES module, so its tag says so.
add_filter(
	'script_loader_tag',
	fn( $tag, $handle ) => 'meta-ai-optout' === $handle ? str_replace( '<script ', '<script type="module" ', $tag ) : $tag,
	10,
	2
);

// The block editor's preview is the widget itself: its script upgrades the server's markup.
add_action( 'enqueue_block_editor_assets', fn() => wp_enqueue_script( 'meta-ai-optout' ) );
