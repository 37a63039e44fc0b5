import {stylesheet} from './rendering-element.js';
import type {Variant} from './attributes.js';

/**
 * Room a page keeps for the widget before its script has run (the snippet's
 * `style="display: block; min-height: …"`), so the article below does not jump when
 * the widget replaces its short fallback: a layout shift.
 *
 * Never taller than the widget itself, in any language, at any width from 320 to
 * 2560 px (test/reserve.test.ts): one that overshoots would leave a gap under the
 * widget for good, since the style stays. In px, not em: the widget sizes its text
 * from the visitor's default (`medium`), not from the page's.
 *
 * A card grows taller as it narrows, and it is never wider than the viewport, so its
 * room is a line in `vw` that stays under the shortest language's height (English)
 * at every width, with a floor for the widest screens. At most one screen: that is
 * enough to push what follows out of view (shifts out of view do not count), and it
 * bounds the empty room a visitor sees if the script never runs.
 */
export const RESERVED_HEIGHT: Readonly<Record<Variant, string>> = {
  card: 'min(100vh, max(512px, 2400px - 224vw))',
  compact: '240px',
  banner: '192px',
};

/**
 * Shadow DOM keeps the host page's CSS out, except for inherited properties: `all:
 * initial` on the box resets those (text-transform, letter-spacing, line-height…),
 * and only the font family comes back, through a custom property that inherits the
 * page's by default. Sizes are in em from a `medium` base: the visitor's own text
 * size, not the page's `html {font-size: 62.5%}`.
 *
 * Colours: every public token falls back to a light or dark default that passes WCAG
 * AA. A page's accent is made readable whatever it is: text on it is black or white,
 * whichever contrasts more (always at least 4.58:1), and links drawn in it are
 * darkened (light theme) or lightened (dark theme).
 */
// The layout and theme in force are classes on .base (`compact`, `dark`), not the
// host's attributes: a value the widget refuses ("COMPACT ", "neon") stays there.
export const styles = stylesheet(`
  /* Plain colours first: the light theme, with the default accent on buttons and
     links, for engines without light-dark() or relative colours (Chrome < 123,
     Firefox < 128, Safari < 18). A custom property cannot fall back by being declared
     twice (both parse; the second fails only where it is used, leaving no colour at
     all), so each modern value is declared again under @supports. */
  :host {
    color-scheme: light dark;
    --_accent: var(--meta-ai-optout-accent, #0b57d0);
    --_background: var(--meta-ai-optout-background, #ffffff);
    --_text: var(--meta-ai-optout-text, #1f1f1f);
    --_muted: var(--meta-ai-optout-muted, #4a4a4a);
    --_border: var(--meta-ai-optout-border, #8e918f);
    --_space: var(--meta-ai-optout-spacing, 1em);
    --_radius: var(--meta-ai-optout-radius, 0.75em);
    display: block;
    container-type: inline-size;
  }
  /* theme="auto" follows the visitor; light-dark() picks each colour by the scheme.
     Only with relative colours too, which keep the links readable on a dark theme. */
  @supports (color: light-dark(#000, #fff)) and (color: oklch(from #000 l c h)) {
    :host {
      --_accent: var(--meta-ai-optout-accent, light-dark(#0b57d0, #a8c7fa));
      --_background: var(--meta-ai-optout-background, light-dark(#ffffff, #1f1f1f));
      --_text: var(--meta-ai-optout-text, light-dark(#1f1f1f, #e3e3e3));
      --_muted: var(--meta-ai-optout-muted, light-dark(#4a4a4a, #c4c7c5));
    }
  }
  :host([hidden]) {
    display: none;
  }

  .base {
    all: initial;
    color-scheme: inherit;
    /* Plain: a page's accent cannot be made readable without relative colours, so
       buttons and links keep the default accent (6.4:1 with white). */
    --_link: #0b57d0;
    --_button: #0b57d0;
    --_on-accent: #ffffff;
    display: block;
    box-sizing: border-box;
    max-width: 100%;
    padding: calc(var(--_space) * 1.25);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_text);
    font-family: var(--meta-ai-optout-font-family, inherit);
    font-size: var(--meta-ai-optout-font-size, medium);
    line-height: 1.5;
    text-align: start;
    /* Chromium on Linux has no hyphenation dictionaries: break a long word anywhere rather than overflow. */
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  @supports (color: light-dark(#000, #fff)) and (color: oklch(from #000 l c h)) {
    .base {
      --_link: light-dark(oklch(from var(--_accent) min(l, 0.5) c h), oklch(from var(--_accent) max(l, 0.78) c h));
      --_button: var(--_accent);
      /* 1 (white) when the accent's relative luminance is below 0.1791, where black and
         white contrast equally (4.58:1), else 0 (black): computed from linear sRGB. */
      --_white-on-accent: clamp(0, (0.1791 - 0.2126 * r - 0.7152 * g - 0.0722 * b) * 1000000, 1);
      --_on-accent: var(
        --meta-ai-optout-on-accent,
        color(from var(--_accent) srgb-linear var(--_white-on-accent) var(--_white-on-accent) var(--_white-on-accent))
      );
    }
  }
  .base.light {
    color-scheme: light;
  }
  .base.dark {
    color-scheme: dark;
  }
  .base * {
    box-sizing: border-box;
  }

  h1, h2, h3, h4, h5, h6 {
    margin: 0 0 calc(var(--_space) * 0.5);
    font-weight: 700;
    line-height: 1.25;
  }
  .heading {
    font-size: 1.375em;
  }
  .topic-heading {
    font-size: 1em;
  }
  p, ul {
    margin: 0 0 var(--_space);
  }
  ul {
    padding-inline-start: 1.25em;
  }

  .status {
    margin-block-end: var(--_space);
    padding-inline-start: calc(var(--_space) * 0.75);
    border-inline-start: 0.25em solid var(--_accent);
  }
  .status p {
    margin: 0;
  }
  .status .left {
    font-size: 1.25em;
  }

  .links {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
    padding: 0;
    list-style: none;
  }
  a {
    color: var(--_link);
    text-decoration: underline;
  }
  .link {
    display: inline-block;
    min-height: 2.75em;
    padding: 0.625em 1em;
    border: 1px solid transparent;
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_button);
    color: var(--_on-accent);
    font-weight: 600;
    text-decoration: none;
  }
  .link:hover {
    text-decoration: underline;
  }
  .link.whatsapp {
    border-color: currentColor;
    background: transparent;
    color: var(--_link);
    font-weight: 400;
  }
  a:focus-visible,
  summary:focus-visible {
    outline: 3px solid var(--_link);
    outline-offset: 2px;
  }

  .explainer {
    display: grid;
    gap: 0 calc(var(--_space) * 1.5);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16em), 1fr));
  }
  .myths {
    grid-column: 1 / -1;
  }

  details {
    margin-block-end: var(--_space);
  }
  summary {
    cursor: pointer;
    font-weight: 600;
  }
  details[open] > summary {
    margin-block-end: calc(var(--_space) * 0.5);
  }

  .footer {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .footer p {
    margin: 0;
  }

  /* compact: the essentials in a small space */
  .base.compact {
    padding: var(--_space);
  }
  .compact .heading {
    font-size: 1.125em;
  }
  .compact .intro,
  .compact .how {
    font-size: 0.9375em;
  }

  /* banner: a full-width strip, status beside the links where there is room */
  .base.banner {
    display: grid;
    gap: 0 calc(var(--_space) * 1.5);
    grid-template-columns: minmax(0, 1fr);
    border-inline: 0;
    border-radius: 0;
  }
  @container (min-width: 48em) {
    .base.banner {
      grid-template-columns: minmax(0, 1fr) auto;
      align-items: center;
    }
    .banner > :not(.links) {
      grid-column: 1;
    }
    .banner .links {
      grid-column: 2;
      grid-row: 1 / span 3;
      margin: 0;
    }
  }

  /* Windows high contrast: system colours, and borders where colour carried the shape. */
  @media (forced-colors: active) {
    .base {
      border-color: CanvasText;
    }
    .status {
      border-inline-start-color: CanvasText;
    }
    .link,
    .link.whatsapp {
      border-color: LinkText;
      color: LinkText;
    }
    a:focus-visible,
    summary:focus-visible {
      outline-color: Highlight;
    }
  }
`);
