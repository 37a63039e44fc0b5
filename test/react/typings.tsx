/**
 * The JSX typings, checked by the typecheck (this file is never run): what the table in
 * src/attributes.ts allows compiles, and what it refuses does not.
 */
import type {} from '../../src/react.js';

export const allowed = (
  <>
    <meta-ai-optout variant="banner" theme="dark" heading-level={4} />
    <meta-ai-optout heading-level="6" deadline="2025-05-27T00:00:00+02:00" more-info-href="https://example.org/" />
  </>
);

export const refused = (
  <>
    {/* @ts-expect-error not a variant */}
    <meta-ai-optout variant="huge" />
    {/* @ts-expect-error not a theme */}
    <meta-ai-optout theme="neon" />
    {/* @ts-expect-error headings stop at 6 */}
    <meta-ai-optout heading-level={7} />
    {/* @ts-expect-error not an attribute of the widget */}
    <meta-ai-optout heading="Hi" />
  </>
);
