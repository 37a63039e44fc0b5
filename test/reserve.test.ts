/**
 * The room the snippet reserves (RESERVED_HEIGHT) is never taller than the widget, in
 * any language, layout, phase and width: an overshoot would leave a gap under the
 * widget for good. The benchmark measures what it saves (layout shift).
 */
import {expect, html} from '@open-wc/testing';
import {SUPPORTED_LOCALES} from '../src/localization.js';
import {RESERVED_HEIGHT} from '../src/meta-ai-optout.styles.js';
import {VARIANTS, type Variant} from '../src/attributes.js';
import {defineElement, fixtureCleanup, mount} from './support/widget.js';

before(defineElement);
afterEach(fixtureCleanup);

const WIDTHS = [320, 375, 414, 600, 800, 1024, 1280, 1920, 2560];
const BEFORE_DEADLINE = '2025-05-20T10:00:00+02:00';

/**
 * The reservation's height in a viewport `width` px wide, as on a page where the widget
 * fills the viewport (the widest it can be, so the least room it needs). The viewport
 * is tall enough that the card's "at most one screen" does not bind, unless told.
 */
async function reservedAt(variant: Variant, width: number, height = 5000): Promise<number> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: ${height}px; border: 0`;
  frame.srcdoc = `<div style="min-height: ${RESERVED_HEIGHT[variant]}"></div>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  document.body.append(frame);
  await loaded;
  const room = frame.contentDocument!.querySelector('div')!.getBoundingClientRect().height;
  frame.remove();
  return room;
}

describe('the reserved room (RESERVED_HEIGHT)', () => {
  const reserved = new Map<string, number>();
  before(async () => {
    for (const variant of VARIANTS) {
      for (const width of WIDTHS) reserved.set(`${variant}@${width}`, await reservedAt(variant, width));
    }
  });

  it('is real room: a card reserves more on a phone than on a wide screen, at most one screen', async () => {
    // A phone folds the secondary topics, so its card is only somewhat taller than a desktop's.
    expect(reserved.get('card@375')).to.be.greaterThan(reserved.get('card@1280')! + 50);
    expect(await reservedAt('card', 375, 700)).to.equal(700);
    for (const variant of VARIANTS) expect(reserved.get(`${variant}@2560`)).to.be.greaterThan(150);
  });

  // One test per language (each renders 6 states at 9 widths), so each stays far
  // inside mocha's timeout on a slow or busy machine.
  for (const locale of SUPPORTED_LOCALES) {
    it(`is never taller than the widget in ${locale}, in every layout, phase and width`, async () => {
      const box = document.createElement('div');
      document.body.append(box);
      const overshoots: string[] = [];
      try {
        const el = await mount(html`<meta-ai-optout lang=${locale}></meta-ai-optout>`);
        box.append(el);
        for (const variant of VARIANTS) {
          for (const now of [BEFORE_DEADLINE, null]) {
            el.variant = variant;
            if (now) el.setAttribute('now', now);
            else el.removeAttribute('now');
            await el.updateComplete;
            for (const width of WIDTHS) {
              box.style.width = `${width}px`;
              const height = el.getBoundingClientRect().height;
              const room = reserved.get(`${variant}@${width}`)!;
              if (room > height) overshoots.push(`${locale} ${variant} ${el.phase} ${width}px: ${room} > ${height}`);
            }
          }
        }
      } finally {
        box.remove();
      }
      expect(overshoots).to.deep.equal([]);
    });
  }

  it('is what the README snippet reserves', async () => {
    const readme = await (await fetch('/README.md')).text();
    expect(readme).to.contain(`style="display: block; min-height: ${RESERVED_HEIGHT.card}"`);
  });
});
