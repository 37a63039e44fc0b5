/**
 * The entry a page loads with one script tag: it registers <meta-ai-optout>, once,
 * even when a page includes the script twice.
 */
import {MetaAiOptout} from './meta-ai-optout.js';

export {MetaAiOptout} from './meta-ai-optout.js';
export {MetaAiOptoutLinkClickEvent} from './events.js';

if (!customElements.get('meta-ai-optout')) customElements.define('meta-ai-optout', MetaAiOptout);
