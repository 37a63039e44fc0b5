/**
 * theme="auto" follows the page's colour scheme, not the visitor's system alone: a
 * dark-mode visitor on a light-only article gets a light widget (no black box in a
 * white page); on a page that supports dark, the widget turns dark with it.
 */
import {expect, html} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import {engine} from './support/engines.js';
import {closePages, openPage, widgetIn} from './support/page.js';
import {$, defineElement, fixtureCleanup, mount} from './support/widget.js';

before(defineElement);
afterEach(fixtureCleanup);
after(closePages);

const LIGHT = 'rgb(255, 255, 255)';
const DARK = 'rgb(31, 31, 31)';
const background = (el: HTMLElement) => getComputedStyle($(el, '[part~=base]')).backgroundColor;

/** The widget with `theme`, in a block whose color-scheme is `scheme` (color-scheme inherits, as from a page's :root). */
async function inPage(scheme: string, theme = 'auto') {
  const el = await mount(html`<meta-ai-optout lang="en" theme=${theme}></meta-ai-optout>`);
  el.parentElement!.style.colorScheme = scheme;
  return el;
}

describe('theme="auto" and the page’s colour scheme', () => {
  // Whatever the visitor prefers: a page that declares one scheme gets it.
  it('is light on a page that declares light, dark on a page that declares dark', async () => {
    expect(background(await inPage('light'))).to.equal(LIGHT);
    expect(background(await inPage('dark'))).to.equal(DARK);
  });

  it('theme="light" and theme="dark" overrule the page', async () => {
    expect(background(await inPage('dark', 'light'))).to.equal(LIGHT);
    expect(background(await inPage('light', 'dark'))).to.equal(DARK);
  });

  // The preference is emulated over Chromium's own protocol; neither Firefox's BiDi nor
  // WebKit's WebDriver can set it, so there only the tests above run.
  if (engine !== 'Chromium') return;
  describe('a visitor whose system is dark', () => {
    before(async () => {
      expect(await executeServerCommand('prefers-color-scheme', {scheme: 'dark'}), 'emulated').to.be.true;
    });
    after(() => executeServerCommand('prefers-color-scheme', {scheme: 'light'}));

    it('gets a light widget on a light-only page, a dark one on a light-and-dark page', async () => {
      expect(matchMedia('(prefers-color-scheme: dark)').matches, 'emulated').to.be.true;
      expect(background(await inPage('normal')), 'page without color-scheme').to.equal(LIGHT);
      expect(background(await inPage('light'))).to.equal(LIGHT);
      expect(background(await inPage('light dark'))).to.equal(DARK);
    });

    it('follows <meta name="color-scheme"> in a real page', async () => {
      const light = await widgetIn(await openPage('/test/fixtures/color-scheme.html?light'));
      expect(background(light)).to.equal(LIGHT);
      const lightDark = await widgetIn(await openPage('/test/fixtures/color-scheme.html?light%20dark'));
      expect(background(lightDark)).to.equal(DARK);
    });
  });
});
