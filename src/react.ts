/**
 * JSX typings for React 19. Import once, type-only:
 *
 *   import type {} from 'meta-ai-optout/react';
 *
 * and <meta-ai-optout> gets completion for its attributes and a typed handler for its
 * event (React 19 passes `on<event-name>` props on custom elements as listeners).
 */
import type * as React from 'react';
import type {MetaAiOptoutLinkClickEvent} from './events.js';
import type {Theme, Variant} from './meta-ai-optout.js';

export interface MetaAiOptoutJsxAttributes {
  deadline?: string;
  platforms?: string;
  'facebook-href'?: string;
  'instagram-href'?: string;
  'whatsapp-href'?: string;
  'more-info-href'?: string;
  'heading-level'?: 1 | 2 | 3 | 4 | 5 | 6 | `${1 | 2 | 3 | 4 | 5 | 6}`;
  variant?: Variant;
  theme?: Theme;
  now?: string;
  'onmeta-ai-optout-link-click'?: (event: MetaAiOptoutLinkClickEvent) => void;
}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'meta-ai-optout': React.DetailedHTMLProps<React.HTMLAttributes<HTMLElement>, HTMLElement> &
        MetaAiOptoutJsxAttributes;
    }
  }
}
