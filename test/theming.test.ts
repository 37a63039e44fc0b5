/**
 * Variants and theming: every variant reflows from 320 to 1440 px, both themes and any
 * brand accent keep text readable (WCAG AA contrast, measured on the rendered colours).
 */
import {expect, html} from '@open-wc/testing';
import {styles} from '../src/meta-ai-optout.styles.js';
import {THEMES, VARIANTS} from '../src/attributes.js';
import {$, $$, BODY_TEXT, defineElement, EXPLANATION_DISCLOSURE, fixtureCleanup, mount} from './support/widget.js';

before(defineElement);
afterEach(fixtureCleanup);

/** A rendered colour as sRGB bytes: paint it on a canvas and read the pixel back. */
const canvas = document.createElement('canvas').getContext('2d', {willReadFrequently: true})!;
function rgb(color: string): [number, number, number] {
  canvas.clearRect(0, 0, 1, 1);
  canvas.fillStyle = color;
  canvas.fillRect(0, 0, 1, 1);
  const [r, g, b] = canvas.getImageData(0, 0, 1, 1).data;
  return [r, g, b];
}

/** WCAG 2 contrast ratio of two colours. */
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, b] = rgb(color).map((v) => {
      const c = v / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const ACCENTS = [
  '#ffe600',
  '#fff8dc',
  '#00ffff',
  '#1a0033',
  '#000000',
  '#e2001a',
  '#0b57d0',
  '#7f7f7f',
  'hsl(140 60% 45%)',
];

describe('readable colours', () => {
  // `auto` is one of the others, by the visitor's preference.
  for (const theme of THEMES.filter((t) => t !== 'auto')) {
    for (const accent of ACCENTS) {
      it(`${theme} theme, accent ${accent}: buttons and links at least 4.5:1`, async () => {
        const el =
          await mount(html`<meta-ai-optout lang="en" theme=${theme} platforms="facebook whatsapp" more-info-href="https://example.org/"
          style="--meta-ai-optout-accent: ${accent}"></meta-ai-optout>`);
        const background = getComputedStyle($(el, '[part~=base]')).backgroundColor;
        const button = getComputedStyle($(el, '[part~=link-facebook]'));
        expect(contrast(button.color, button.backgroundColor), 'button text on accent').to.be.at.least(4.5);
        for (const link of [$(el, '[part~=link-whatsapp]'), $(el, '[part~=footer] a')]) {
          expect(contrast(getComputedStyle(link).color, background), link.textContent).to.be.at.least(4.5);
        }
        expect(contrast(getComputedStyle($(el, BODY_TEXT)).color, background), 'body text').to.be.at.least(4.5);
        expect(contrast(getComputedStyle($(el, '[part~=footer] p')).color, background), 'muted text').to.be.at.least(
          4.5,
        );
      });
    }
  }

  it('theme="dark" is dark and theme="light" is light, whatever the page', async () => {
    const dark = await mount(html`<meta-ai-optout lang="en" theme="dark"></meta-ai-optout>`);
    const light = await mount(html`<meta-ai-optout lang="en" theme="light"></meta-ai-optout>`);
    expect(getComputedStyle($(dark, '[part~=base]')).backgroundColor).to.equal('rgb(31, 31, 31)');
    expect(getComputedStyle($(light, '[part~=base]')).backgroundColor).to.equal('rgb(255, 255, 255)');
  });

  it('a page can set every colour token', async () => {
    const el = await mount(
      html`<meta-ai-optout lang="en" style="--meta-ai-optout-background: rgb(1, 2, 3); --meta-ai-optout-text: rgb(250, 250, 250); --meta-ai-optout-on-accent: rgb(9, 9, 9)"></meta-ai-optout>`,
    );
    expect(getComputedStyle($(el, '[part~=base]')).backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle($(el, BODY_TEXT)).color).to.equal('rgb(250, 250, 250)');
    expect(getComputedStyle($(el, '[part~=link-facebook]')).color).to.equal('rgb(9, 9, 9)');
  });
});

describe('colours on an engine without light-dark() and relative colours', () => {
  // The widget's own stylesheet with both made unknown, as an older engine parses it:
  // light-dark() renamed, and "from" (relative colours) no longer a keyword.
  // Also each alone: an engine with light-dark() but no relative colours (Firefox
  // 120-127, Safari 17.5) must not get a dark theme with the plain blue links on it.
  const degraded = (unknown: 'both' | 'light-dark' | 'relative' = 'both') => {
    let css = [...styles.cssRules].map((rule) => rule.cssText).join('\n');
    if (unknown !== 'relative') css = css.replaceAll('light-dark(', 'x-light-dark(');
    if (unknown !== 'light-dark') css = css.replace(/\(from /g, '(x-from ');
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    return sheet;
  };

  it('the copy really has neither', () => {
    const css = [...degraded().cssRules].map((rule) => rule.cssText).join('\n');
    expect(css).not.to.match(/[^-]light-dark\(|\(from /);
    expect(css).to.contain('x-light-dark(');
  });

  for (const unknown of ['both', 'light-dark', 'relative'] as const)
    for (const theme of THEMES) {
      for (const accent of [undefined, '#ffe600', '#1a0033']) {
        it(`${unknown} unknown, theme ${theme}, accent ${accent ?? 'default'}: the light theme, buttons at least 4.5:1, links visible`, async () => {
          const el = await mount(
            html`<meta-ai-optout lang="en" theme=${theme} platforms="facebook whatsapp" more-info-href="https://example.org/"
            style=${accent ? `--meta-ai-optout-accent: ${accent}` : ''}></meta-ai-optout>`,
          );
          el.shadowRoot!.adoptedStyleSheets = [degraded(unknown)];
          const base = getComputedStyle($(el, '[part~=base]'));
          expect(base.backgroundColor, 'light background').to.equal('rgb(255, 255, 255)');
          expect(base.color, 'dark text').to.equal('rgb(31, 31, 31)');
          for (const button of $$(el, '[part~=link]:not([part~=link-whatsapp])')) {
            const css = getComputedStyle(button);
            expect(contrast(css.color, css.backgroundColor), button.textContent).to.be.at.least(4.5);
          }
          for (const link of [$(el, '[part~=link-whatsapp]'), $(el, '[part~=footer] a')]) {
            const color = getComputedStyle(link).color;
            expect(contrast(color, base.backgroundColor), link.textContent).to.be.at.least(4.5);
          }
        });
      }
    }
});

describe('variants', () => {
  it('every layout but the card keeps the essentials visible and the explanation closed', async () => {
    for (const variant of VARIANTS.filter((v) => v !== 'card')) {
      const el = await mount(html`<meta-ai-optout lang="en" variant=${variant}></meta-ai-optout>`);
      const more = $<HTMLDetailsElement>(el, EXPLANATION_DISCLOSURE);
      expect(more.open, variant).to.equal(false);
      expect(more.querySelector('[part~=explainer]'), variant).to.exist;
      expect($(el, '[part~=status]').closest('details'), variant).to.equal(null);
      expect(
        $$(el, '[part~=link]').every((a) => !a.closest('details')),
        variant,
      ).to.equal(true);
    }
  });

  it('card shows everything, with no disclosure but the myths', async () => {
    const el = await mount(html`<meta-ai-optout lang="en"></meta-ai-optout>`);
    expect($(el, EXPLANATION_DISCLOSURE)).to.equal(null);
    expect($(el, '[part~=explainer]').closest('details')).to.equal(null);
  });

  it('banner puts the status beside the links on wide screens and stacks them on phones', async () => {
    const el = await mount(html`<meta-ai-optout lang="en" variant="banner" style="width: 1200px"></meta-ai-optout>`);
    const status = $(el, '[part~=status]').getBoundingClientRect();
    const links = $(el, '[part~=links]').getBoundingClientRect();
    expect(links.left).to.be.greaterThan(status.right);
    expect(links.top).to.be.lessThan(status.bottom);
    el.style.width = '360px'; // reading the layout below applies it (and the container query)
    expect($(el, '[part~=links]').getBoundingClientRect().top).to.be.at.least(
      $(el, '[part~=status]').getBoundingClientRect().bottom,
    );
  });

  for (const variant of VARIANTS) {
    for (const width of [320, 375, 768, 1024, 1440]) {
      it(`${variant} reflows at ${width} px without overflow`, async () => {
        const el = await mount(
          html`<meta-ai-optout lang="fi" variant=${variant} platforms="facebook instagram whatsapp" more-info-href="https://example.org/" style="width: ${width}px"></meta-ai-optout>`,
        );
        el.shadowRoot!.querySelectorAll('details').forEach((d) => (d.open = true));
        const base = $(el, '[part~=base]');
        expect(base.scrollWidth).to.be.at.most(base.clientWidth);
        expect(el.getBoundingClientRect().width).to.equal(width);
      });
    }
  }
});
