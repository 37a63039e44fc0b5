/** Many instances and a long life: one timer, nothing left behind, moves, clock jumps. */
import {expect, html} from '@open-wc/testing';
import {clockState} from '../src/clock.js';
import type {MetaAiOptout} from '../src/meta-ai-optout.js';
import {defineElement, fixtureCleanup, HEADLINE, place, text, widgetReady} from './support/widget.js';
import {simulateVisibility} from './support/page.js';
import {until} from './support/wait.js';

before(defineElement);
afterEach(fixtureCleanup);

before(() => simulateVisibility('visible'));

/** Counts listeners added and removed on `target` while `body` runs. */
function countListeners(target: EventTarget) {
  // Kept to be restored, and called with .call(this).
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const add = target.addEventListener;
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const remove = target.removeEventListener;
  const live = new Map<string, number>();
  target.addEventListener = function (this: EventTarget, type: string, ...rest: unknown[]) {
    live.set(type, (live.get(type) ?? 0) + 1);
    return (add as (...a: unknown[]) => void).call(this, type, ...rest);
  };
  target.removeEventListener = function (this: EventTarget, type: string, ...rest: unknown[]) {
    live.set(type, (live.get(type) ?? 0) - 1);
    return (remove as (...a: unknown[]) => void).call(this, type, ...rest);
  };
  return {
    live,
    restore() {
      target.addEventListener = add;
      target.removeEventListener = remove;
    },
  };
}

describe('200 instances', () => {
  // Idle, 200 widgets render in under 1 s; with both cores busy and the rest of the
  // suite running, WebKit took up to 8.3 s: twice that, beyond mocha's default 10 s.
  it('share one timer and leave no timer or listener behind', async function () {
    this.timeout(20000);
    const onDocument = countListeners(document);
    const onWindow = countListeners(window);
    const timeouts: number[] = [];
    // Kept to be restored; a window method may be called without its window.
    // eslint-disable-next-line @typescript-eslint/unbound-method
    const realSetTimeout = window.setTimeout;
    window.setTimeout = ((fn: TimerHandler, ms?: number) => {
      const id = realSetTimeout(fn, ms);
      if (ms !== undefined && ms > 1000) timeouts.push(id); // the clock's, not Lit's microtasks
      return id;
    }) as typeof setTimeout;
    try {
      const deadline = new Date(Date.now() + 3 * 86_400_000).toISOString();
      const box = place(
        html`${Array.from({length: 200}, () => html`<meta-ai-optout lang="en" deadline=${deadline}></meta-ai-optout>`)}`,
      );
      const widgets = [...box.querySelectorAll<MetaAiOptout>('meta-ai-optout')];
      // One poll for all 200, not 200 polling loops, which were most of the work in WebKit.
      await until(
        () => widgets.every((el) => el.shadowRoot?.querySelector('[part~=base]')),
        'all 200 widgets to render',
        16000,
      );
      await Promise.all(widgets.map((el) => el.updateComplete));
      expect(clockState()).to.deep.equal({subscribers: 200, timerSet: true});
      expect(new Set(widgets.map((el) => el.phase))).to.deep.equal(new Set(['countdown']));
      box.remove();
      expect(clockState()).to.deep.equal({subscribers: 0, timerSet: false});
      for (const [type, count] of [...onDocument.live, ...onWindow.live]) expect(count, type).to.equal(0);
      // Connecting 200 widgets planned the clock once or twice, not 200 times.
      expect(timeouts.length).to.be.at.most(3);
    } finally {
      window.setTimeout = realSetTimeout;
      onDocument.restore();
      onWindow.restore();
    }
  });
});

describe('a long life', () => {
  it('keeps working when moved in the DOM', async () => {
    const deadline = new Date(Date.now() + 3 * 86_400_000).toISOString();
    const box = place(
      html`<div id="a"><meta-ai-optout lang="en" deadline=${deadline}></meta-ai-optout></div><div id="b" lang="de"></div>`,
    );
    const el = box.querySelector<MetaAiOptout>('meta-ai-optout')!;
    await widgetReady(el);
    el.removeAttribute('lang');
    box.querySelector('#b')!.append(el);
    await widgetReady(el, 'de');
    expect(el.shadowRoot!.querySelector('[part~=base]')!.getAttribute('lang')).to.equal('de');
    expect(clockState().subscribers).to.equal(1);
  });

  it('corrects a clock that jumped while the page was hidden', async () => {
    const deadline = new Date(Date.now() + 10 * 86_400_000).toISOString();
    const box = place(html`<meta-ai-optout lang="en" deadline=${deadline}></meta-ai-optout>`);
    const el = box.querySelector<MetaAiOptout>('meta-ai-optout')!;
    await widgetReady(el);
    expect(text(el, HEADLINE)).to.match(/^10 days/);
    const realNow = Date.now;
    simulateVisibility('hidden');
    Date.now = () => realNow() + 9 * 86_400_000 + 3_600_000; // the laptop slept for nine days
    try {
      simulateVisibility('visible');
      await el.updateComplete;
      expect(text(el, HEADLINE)).to.match(/^23 hours/);
    } finally {
      Date.now = realNow;
    }
  });
});
