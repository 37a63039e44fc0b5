import {stylesheet} from './rendering-element.js';

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
// As text too: the prerendered snippet (src/snippet.ts) carries the same rules.
export const CSS_TEXT = `
  /* Plain colours first: the light theme, with the default accent on buttons and
     links, for engines without light-dark() or relative colours (Chrome < 123,
     Firefox < 128, Safari < 18). A custom property cannot fall back by being declared
     twice (both parse; the second fails only where it is used, leaving no colour at
     all), so each modern value is declared again under @supports. */
  /* No color-scheme of its own: the host inherits the page's (its :root rule or
     <meta name="color-scheme">), so theme="auto" is dark only where the page itself
     supports dark and the visitor prefers it. A light-only page gets a light widget
     whatever the visitor's system says: no black box in a white article. */
  :host {
    --_accent: var(--meta-ai-optout-accent, #0b57d0);
    --_background: var(--meta-ai-optout-background, #ffffff);
    --_text: var(--meta-ai-optout-text, #1f1f1f);
    --_muted: var(--meta-ai-optout-muted, #4a4a4a);
    --_border: var(--meta-ai-optout-border, #8e918f);
    --_space: var(--meta-ai-optout-spacing, 1em);
    --_radius: var(--meta-ai-optout-radius, 0.75em);
    /* No size containment here: the host's width comes from its content (text held to
       a readable measure), so a shrink-to-fit container (flex row, grid auto track,
       float, table cell, fit-content) gives it a readable width, never 0. It never
       shrinks below 20em of the page's text, or its container if that is narrower. */
    display: block;
    min-inline-size: min(100%, 20em);
    /* The page's text size as an absolute length, for the box to compare with the
       visitor's default (see .base). */
    line-height: 1em;
  }
  /* light-dark() picks each colour by the scheme in force: the page's for "auto".
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
  slot[name='fallback'] {
    line-height: normal;
  }
  .frame {
    font-size: medium;
  }

  .base {
    all: initial;
    color-scheme: inherit;
    /* Plain: a page's accent cannot be made readable without relative colours, so
       buttons and links keep the default accent (6.4:1 with white). */
    --_link: #0b57d0;
    --_button: #0b57d0;
    --_on-accent: #ffffff;
    /* A readable line: about 65 characters. */
    --_measure: 65ch;
    display: block;
    box-sizing: border-box;
    max-width: 100%;
    padding: calc(var(--_space) * 1.25);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_text);
    font-family: var(--meta-ai-optout-font-family, inherit);
    /* The visitor's default size (the frame's 1em), or the page's text where that
       is larger (the host's line height, 1lh here): a 62.5 % root cannot shrink it,
       19 px body text is not outdone. max(medium, 1em) would be invalid: a keyword
       has no place in a calculation. Every length below is in this em, breakpoints
       too. */
    font-size: var(--meta-ai-optout-font-size, max(1em, 1lh));
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

  /* One type scale, ratio 1.2: 0.833, 1, 1.2, 1.44, 1.728. */
  h1, h2, h3, h4, h5, h6 {
    max-inline-size: var(--_measure);
    margin: 0 0 calc(var(--_space) * 0.5);
    font-weight: 700;
    line-height: 1.25;
    text-wrap: balance;
  }
  .heading {
    font-size: 1.2em;
  }
  .topic-heading {
    font-size: 1em;
  }
  p, ul, ::slotted(*) {
    max-inline-size: var(--_measure);
    margin: 0 0 var(--_space);
  }
  /* The page's own message is a paragraph whatever element carries it: the snippet
     writes a <span>, as a <p> would not survive WordPress's automatic paragraphs. */
  ::slotted(*) {
    display: block;
  }
  ul {
    padding-inline-start: 1.25em;
  }

  /* The status is the hero: the time left, or that objecting is still possible. */
  .status {
    max-inline-size: var(--_measure);
    margin-block-end: var(--_space);
    padding-inline-start: calc(var(--_space) * 0.75);
    border-inline-start: 0.25em solid var(--_accent);
  }
  .status p {
    margin: 0;
  }
  .status .hero {
    margin-block-end: 0.25em;
    font-size: 1.44em;
    line-height: 1.25;
    text-wrap: balance;
  }

  /* The precondition, then the two buttons: side by side where both fit on one line,
     else stacked, each the full width. */
  .how {
    margin-block-end: calc(var(--_space) * 0.5);
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
    max-inline-size: 36em;
    padding: 0;
    list-style: none;
  }
  .links li {
    flex: 1 1 auto;
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
  .links .link {
    inline-size: 100%;
    text-align: center;
  }
  .link:hover {
    text-decoration: underline;
  }
  /* WhatsApp's general privacy form: a plain link, labelled for what it is. */
  .link.whatsapp {
    display: inline;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_link);
    font-weight: 400;
    text-decoration: underline;
  }
  a:focus-visible,
  summary:focus-visible {
    outline: 3px solid var(--_link);
    outline-offset: 2px;
  }

  /* The topics: one, two or three columns (never four or five), so six leave no
     orphan. The wrapper is a query container: its width comes from its parent, whose
     width comes from the text above, so the host needs no containment. */
  .topics {
    container-type: inline-size;
  }
  .explainer {
    display: grid;
    gap: 0 calc(var(--_space) * 1.5);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, max(16em, (100% - 3em) / 3)), 1fr));
  }
  /* In one column (a phone), the secondary topics fold behind their headings, so the
     card stays within about two screens; in two or three, they show as the others. Each
     is written twice (src/content.ts): the disclosure for one column, its heading and
     list for more. The one not shown is display: none, out of the accessibility tree and
     the tab order: no disclosure is announced collapsed over text on screen. An engine
     without container queries folds them at every width, which is also true. */
  .fold {
    margin: 0;
  }
  .fold > summary > * {
    display: inline;
  }
  .unfolded {
    display: none;
  }
  @container (min-width: 33.5em) {
    .fold {
      display: none;
    }
    .unfolded {
      display: block;
    }
  }

  details {
    margin-block-end: var(--_space);
  }
  summary {
    max-inline-size: var(--_measure);
    padding-block: 0.625em;
    cursor: pointer;
    font-weight: 600;
  }
  details[open] > summary {
    margin-block-end: calc(var(--_space) * 0.5);
  }

  .footer {
    color: var(--_muted);
    font-size: 0.833em;
  }
  .footer p {
    margin: 0;
  }
  .footer a {
    display: inline-block;
    padding-block: 0.25em;
  }

  /* compact: the essentials in a small space */
  .base.compact {
    padding: var(--_space);
  }

  /* banner: a strip. The heading and status beside the precondition and buttons where
     both have at least 20em, else one under the other; "Read more" opens under the
     strip, at its full width, and leaves the buttons where they are. No container
     query: the flex items' bases are in the widget's own em. */
  .base.banner {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 calc(var(--_space) * 2);
    padding-block: var(--_space);
  }
  .banner .lead {
    flex: 3 1 22em;
    min-inline-size: 0;
  }
  .banner .act {
    flex: 1 1 20em;
    max-inline-size: 28em;
    padding-block: calc(var(--_space) * 0.5);
  }
  .banner .act > :last-child {
    margin-block-end: 0;
  }
  .banner .more,
  .banner .footer {
    flex: 1 1 100%;
  }
  .banner .more {
    margin-block-end: calc(var(--_space) * 0.5);
  }
  /* Full-bleed, a strip has no side borders or corners; in a column it is a box. The
     side borders are drawn as backgrounds whose width is 1px unless the strip is as
     wide as the viewport (less a scrollbar). */
  .base.banner {
    --_side: clamp(0px, (100vw - 100% - 1.5em) * 100, 1px);
    border-inline: 0;
    border-radius: 0;
    background:
      linear-gradient(var(--_border), var(--_border)) left / var(--_side) 100% no-repeat,
      linear-gradient(var(--_border), var(--_border)) right / var(--_side) 100% no-repeat,
      var(--_background);
  }

  /* Windows high contrast: system colours, and borders where colour carried the shape. */
  @media (forced-colors: active) {
    .base {
      border-color: CanvasText;
    }
    .status {
      border-inline-start-color: CanvasText;
    }
    .link {
      border-color: LinkText;
      color: LinkText;
    }
    a:focus-visible,
    summary:focus-visible {
      outline-color: Highlight;
    }
  }
`;

/** The rules every widget's shadow root adopts. */
export const styles = /* @__PURE__ */ stylesheet(CSS_TEXT);
