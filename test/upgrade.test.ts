/**
 * A widget already in the page before the script defines it (the usual case for a
 * CMS snippet), and a locale change after that (lit/lit#3264).
 */
import {expect} from '@open-wc/testing';
import {$, widgetReady} from './support/widget.js';

describe('upgrade', () => {
  it('upgrades an element that was in the page first, and follows later changes', async () => {
    document.body.insertAdjacentHTML(
      'beforeend',
      '<meta-ai-optout lang="de"><p slot="fallback">Links</p></meta-ai-optout>',
    );
    const el = document.querySelector('meta-ai-optout')!;
    expect(customElements.get('meta-ai-optout')).to.equal(undefined);
    await import('../src/index.js');
    await widgetReady(el);
    expect($(el, '[part~=base]').getAttribute('lang')).to.equal('de');
    const german = $(el, '[part~=heading]').textContent;
    el.setAttribute('lang', 'fr');
    await widgetReady(el, 'fr');
    expect($(el, '[part~=base]').getAttribute('lang')).to.equal('fr');
    expect($(el, '[part~=heading]').textContent).not.to.equal(german);
  });

  it('a second copy of the script does not throw', async () => {
    // A different URL is a different module instance, like a snippet pasted twice
    // with two version strings.
    // Widened to string so that tsc does not look for a module named with a query.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
    await import('../src/index.js?copy=2' as string);
    expect(customElements.get('meta-ai-optout')).to.exist;
  });
});
