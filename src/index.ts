/**
 * The entry a page loads with one script tag: it registers <meta-ai-optout>, once,
 * even when a page includes the script twice, and only where the engine can render
 * it. It also exports the facts a page may want (the form links, the default
 * deadline, the languages, the layouts and themes) and the widget's own checks of a date and a link, so the demo and host
 * scripts never copy them.
 */
import {MetaAiOptout} from './meta-ai-optout.js';
import {canRender} from './rendering-element.js';

export {MetaAiOptout} from './meta-ai-optout.js';
export {MetaAiOptoutLinkClickEvent} from './events.js';
export {DEFAULT_DEADLINE, DEFAULT_PLATFORMS, FORM_URLS, PLATFORMS, type Platform} from './facts.js';
export {SUPPORTED_LOCALES} from './locales.js';
export {firstMatch} from './locale-match.js';
export {parseHttpsUrl, parseInstant, THEMES, VARIANTS, type Parsed, type Theme, type Variant} from './attributes.js';

// Below the floor (no constructable stylesheets) the element stays undefined and
// shows the fallback content the page put inside it.
if (canRender && !customElements.get('meta-ai-optout')) customElements.define('meta-ai-optout', MetaAiOptout);
