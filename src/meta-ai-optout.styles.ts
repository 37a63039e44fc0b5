import {css} from 'lit';

/**
 * Shadow DOM keeps the host page's CSS out, except for inherited properties; `all:
 * initial` on the box resets those, and we take back only the font family (through
 * a custom property) so the widget reads as part of the page.
 */
export const styles = css`
  :host {
    display: block;
    contain: content;
  }
  :host([hidden]) {
    display: none;
  }

  .base {
    all: initial;
    display: block;
    box-sizing: border-box;
    max-width: 100%;
    padding: calc(var(--meta-ai-optout-spacing, 1rem) * 1.25);
    border: 1px solid var(--meta-ai-optout-border, #c4c7c5);
    border-radius: var(--meta-ai-optout-radius, 0.75rem);
    background: var(--meta-ai-optout-background, #ffffff);
    color: var(--meta-ai-optout-text, #1f1f1f);
    font-family: var(--meta-ai-optout-font-family, inherit);
    font-size: 1rem;
    line-height: 1.5;
    overflow-wrap: break-word;
    hyphens: auto;
  }
  .base * {
    box-sizing: border-box;
  }

  h1, h2, h3, h4, h5, h6 {
    margin: 0 0 calc(var(--meta-ai-optout-spacing, 1rem) * 0.5);
    line-height: 1.25;
  }
  .heading {
    font-size: 1.375rem;
  }
  .topic-heading {
    font-size: 1rem;
  }
  p, ul {
    margin: 0 0 var(--meta-ai-optout-spacing, 1rem);
  }
  ul {
    padding-inline-start: 1.25rem;
  }

  .status {
    margin-block-end: var(--meta-ai-optout-spacing, 1rem);
    padding-inline-start: calc(var(--meta-ai-optout-spacing, 1rem) * 0.75);
    border-inline-start: 0.25rem solid var(--meta-ai-optout-accent, #0b57d0);
  }
  .status p {
    margin: 0;
  }
  .status .left {
    font-size: 1.25rem;
  }

  .links {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--meta-ai-optout-spacing, 1rem) * 0.5);
    padding: 0;
    list-style: none;
  }
  .link {
    display: inline-block;
    min-height: 2.75rem;
    padding: 0.625rem 1rem;
    border-radius: calc(var(--meta-ai-optout-radius, 0.75rem) * 0.75);
    background: var(--meta-ai-optout-accent, #0b57d0);
    color: var(--meta-ai-optout-on-accent, #ffffff);
    font-weight: 600;
    text-decoration: none;
  }
  .link:hover {
    text-decoration: underline;
  }
  .link.whatsapp {
    background: transparent;
    color: var(--meta-ai-optout-accent, #0b57d0);
    border: 1px solid currentColor;
    font-weight: 400;
  }

  a {
    color: var(--meta-ai-optout-accent, #0b57d0);
  }
  a:focus-visible,
  summary:focus-visible {
    outline: 3px solid var(--meta-ai-optout-accent, #0b57d0);
    outline-offset: 2px;
  }

  .explainer {
    display: grid;
    gap: 0 calc(var(--meta-ai-optout-spacing, 1rem) * 1.5);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
  }

  summary {
    cursor: pointer;
    font-weight: 600;
    margin-block-end: calc(var(--meta-ai-optout-spacing, 1rem) * 0.5);
  }
  .myths {
    margin-block-end: var(--meta-ai-optout-spacing, 1rem);
  }

  .footer {
    color: var(--meta-ai-optout-muted, #4a4a4a);
    font-size: 0.875rem;
  }
  .footer p {
    margin: 0;
  }

  @media (forced-colors: active) {
    .base {
      border-color: CanvasText;
    }
    .link {
      border: 1px solid LinkText;
    }
    .status {
      border-inline-start-color: CanvasText;
    }
  }
`;
