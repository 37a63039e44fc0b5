import type {Platform} from './facts.js';

/**
 * Fired when a visitor follows a link to an objection form, so the host page can
 * count clicks in its own analytics. The widget itself records nothing.
 */
export class MetaAiOptoutLinkClickEvent extends CustomEvent<{readonly platform: Platform}> {
  static readonly eventName = 'meta-ai-optout-link-click';

  constructor(platform: Platform) {
    super(MetaAiOptoutLinkClickEvent.eventName, {bubbles: true, composed: true, detail: {platform}});
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'meta-ai-optout-link-click': MetaAiOptoutLinkClickEvent;
  }
}
