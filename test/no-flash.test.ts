/**
 * A fresh page whose language is not English: the widget must show its fallback
 * until the Dutch chunk has loaded, never English first. Its own file, so no other
 * test has loaded Dutch yet.
 */
import {expect} from '@open-wc/testing';
import {$, defineElement, fixtureCleanup, widgetReady} from './support/widget.js';

before(defineElement);
afterEach(fixtureCleanup);

describe('no English flash', () => {
  it('shows the fallback until Dutch is ready, then Dutch', async () => {
    document.documentElement.lang = 'nl';
    const el = document.createElement('meta-ai-optout');
    el.innerHTML = '<p slot="fallback" id="fb">Bezwaar maken: <a href="https://example.org/">formulier</a></p>';
    const seen: string[] = [];
    document.body.append(el);
    await el.updateComplete;
    // Record every render until ready: none may be English.
    const observer = new MutationObserver(() => seen.push(el.shadowRoot!.textContent ?? ''));
    observer.observe(el.shadowRoot!, {subtree: true, childList: true, characterData: true});
    expect(el.shadowRoot!.querySelector('slot[name="fallback"]')).to.exist;
    expect(el.shadowRoot!.querySelector('[part~=base]')).to.equal(null);
    await widgetReady(el);
    observer.disconnect();
    expect($(el, '[part~=base]').getAttribute('lang')).to.equal('nl');
    for (const snapshot of seen) expect(snapshot).not.to.contain('your right to object');
    el.remove();
  });
});
