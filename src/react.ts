/**
 * JSX typings for React 19. Import once, type-only:
 *
 *   import type {} from 'meta-ai-optout/react';
 *
 * and <meta-ai-optout> gets completion for its attributes and a typed handler for its
 * event (React 19 passes `on<event-name>` props on custom elements as listeners).
 * The attributes and their values come from the widget's own table (src/attributes.ts).
 */
import type * as React from 'react';
import type {AttributeName, WrittenValue} from './attributes.js';
import type {MetaAiOptoutLinkClickEvent} from './events.js';

/** `'3'` and `3` alike, for the keywords that are numbers (`heading-level={3}`). */
type AsNumber<W> = W extends `${infer N extends number}` ? N : never;

type JsxAttributeValues = {[A in AttributeName]?: WrittenValue<A> | AsNumber<WrittenValue<A>>};

export interface MetaAiOptoutJsxAttributes extends JsxAttributeValues {
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
