/** The element in the browser: phases, attributes, links, events, time, accessibility. */
import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import {clockState} from '../src/clock.js';
import {ATTRIBUTES, LAYOUTS, VARIANTS, type Attribute, type AttributeName} from '../src/attributes.js';
import {DEFAULT_DEADLINE, FORM_URLS} from '../src/facts.js';
import type {MetaAiOptout} from '../src/meta-ai-optout.js';
import {expectAccessible} from './support/axe.js';
import {
  $,
  $$,
  defineElement,
  EXPLANATION_DISCLOSURE,
  fixtureCleanup,
  HEADLINE,
  mount,
  place,
  text,
  textOf,
  widgetReady,
} from './support/widget.js';
import {simulateVisibility} from './support/page.js';
import {captureWarnings} from './support/console.js';
import {until} from './support/wait.js';

before(defineElement);
afterEach(fixtureCleanup);

const BEFORE = '2025-05-14T19:00:00+02:00'; // 12 days, 5 hours before the default deadline
const AT = DEFAULT_DEADLINE;
const AFTER = '2026-11-22T12:00:00+01:00';

// Test tabs are hidden; the clock tests need a visible page.
before(() => simulateVisibility('visible'));

describe('phases', () => {
  it('counts down in days and hours before the deadline', async () => {
    const el = await mount(html`<meta-ai-optout lang="en" now=${BEFORE}></meta-ai-optout>`);
    expect(el.phase).to.equal('countdown');
    expect(el.getAttribute('phase')).to.equal('countdown');
    expect(text(el, HEADLINE)).to.equal('12 days, 5 hours left to object.');
    expect(text(el, '[part~=status]')).to.contain('It takes a few minutes.');
  });

  it('counts down in hours and minutes in the last two days', async () => {
    const el = await mount(html`<meta-ai-optout lang="en" now="2025-05-26T22:35:00+02:00"></meta-ai-optout>`);
    expect(text(el, HEADLINE)).to.equal('1 hour, 25 minutes left to object.');
  });

  it('has passed exactly at the deadline', async () => {
    const el = await mount(html`<meta-ai-optout lang="en" now=${AT}></meta-ai-optout>`);
    expect(el.phase).to.equal('passed');
    expect(el.getAttribute('phase')).to.equal('passed');
  });

  it('after the deadline leads with the action, then what it does (as Meta says) and cannot undo, the advised day last', async () => {
    const el = await mount(html`<meta-ai-optout lang="en" now=${AFTER}></meta-ai-optout>`);
    const lines = $$(el, '[part~=status] p').map(textOf);
    expect(lines).to.deep.equal([
      'You can still object. It takes a few minutes.',
      'Meta says it will then stop using your public posts to train its AI. What it has already used stays in its AI models.',
      'Meta has trained its AI on public posts since 27 May 2025. Consumer groups and data protection authorities advised objecting by: Monday, 26 May 2025',
    ]);
    expect($(el, '[part~=status] strong').textContent).to.equal('You can still object. It takes a few minutes.');
    expect(text(el)).not.to.match(/deadline|has passed|too late/i);
  });

  it('shows the last day inside <time datetime>', async () => {
    const el = await mount(html`<meta-ai-optout lang="en" now=${BEFORE}></meta-ai-optout>`);
    const time = $(el, '[part~=status] time');
    expect(time.getAttribute('datetime')).to.equal('2025-05-26');
    expect(time.textContent).to.match(/^Monday,? 26 May 2025$/);
  });

  it('flips to passed at the deadline without a reload', async () => {
    // The deadline is set once the widget is there: mounting may take seconds on a busy machine.
    const el = await mount(html`<meta-ai-optout lang="en"></meta-ai-optout>`);
    const deadline = new Date(Date.now() + 1500).toISOString();
    el.setAttribute('deadline', deadline);
    await el.updateComplete;
    expect(el.phase).to.equal('countdown');
    expect(text(el, HEADLINE)).to.equal('1 minute left to object.');
    // Background test tabs align timers to whole seconds: allow up to 5 s.
    await until(() => el.getAttribute('phase') === 'passed', 'the phase attribute to flip', 5000);
    expect(el.phase).to.equal('passed');
    expect(Date.now()).to.be.at.least(Date.parse(deadline));
  });

  it('the countdown is not a live region and never ticks in seconds', async () => {
    const el = await mount(html`<meta-ai-optout lang="en" now="2025-05-26T23:59:30+02:00"></meta-ai-optout>`);
    expect(el.shadowRoot!.querySelector('[aria-live], [role="timer"], [role="status"], [role="alert"]')).to.equal(null);
    expect(text(el, HEADLINE)).to.equal('1 minute left to object.');
  });
});

describe('one shared clock', () => {
  it('one timer for many widgets, none when they leave', async () => {
    const deadline = new Date(Date.now() + 5 * 86_400_000).toISOString();
    const box = place(html`<div>
      ${[1, 2, 3, 4, 5].map(() => html`<meta-ai-optout lang="en" deadline=${deadline}></meta-ai-optout>`)}
    </div>`);
    await Promise.all([...box.querySelectorAll('meta-ai-optout')].map((el) => el.updateComplete));
    expect(clockState()).to.deep.equal({subscribers: 5, timerSet: true});
    box.remove();
    expect(clockState()).to.deep.equal({subscribers: 0, timerSet: false});
  });

  it('sleeps while the page is hidden and catches up when it shows again', async () => {
    const el = await mount(html`<meta-ai-optout lang="en"></meta-ai-optout>`);
    el.setAttribute('deadline', new Date(Date.now() + 1500).toISOString()); // once mounted, however long that took
    await el.updateComplete;
    simulateVisibility('hidden');
    try {
      expect(clockState()).to.deep.equal({subscribers: 1, timerSet: false});
      await new Promise((resolve) => setTimeout(resolve, 1600));
      await el.updateComplete;
      expect(el.phase).to.equal('countdown'); // nobody was looking
    } finally {
      simulateVisibility('visible');
    }
    await el.updateComplete;
    expect(el.phase).to.equal('passed');
    el.remove();
  });

  it('sets no timer when nothing will change', async () => {
    const el = await mount(html`<meta-ai-optout lang="en" now=${BEFORE}></meta-ai-optout>`);
    expect(clockState().timerSet).to.equal(false);
    el.remove();
  });
});

describe('links', () => {
  it('links to the Facebook and Instagram forms by default, without a referrer', async () => {
    const el = await mount(html`<meta-ai-optout lang="en" now=${BEFORE}></meta-ai-optout>`);
    const links = $$<HTMLAnchorElement>(el, '[part~=link]');
    expect(links.map((a) => a.href)).to.deep.equal([FORM_URLS.facebook, FORM_URLS.instagram]);
    expect(links.map((a) => a.textContent.trim())).to.deep.equal(['Object on Facebook', 'Object on Instagram']);
    for (const a of $$<HTMLAnchorElement>(el, 'a')) {
      expect(a.rel).to.equal('noopener noreferrer');
      expect(a.referrerPolicy).to.equal('no-referrer');
      expect(a.target).to.equal(''); // same tab: nobody is surprised by a new one
    }
  });

  it('adds WhatsApp as a plain link after the buttons, with a label that says it is not an AI opt-out', async () => {
    const el = await mount(html`<meta-ai-optout lang="en" platforms="whatsapp facebook"></meta-ai-optout>`);
    // The list named "Objection forms" holds only objection forms.
    expect($$<HTMLAnchorElement>(el, '[part~=links] a').map((a) => a.href)).to.deep.equal([FORM_URLS.facebook]);
    const links = $$<HTMLAnchorElement>(el, '[part~=link]');
    expect(links.map((a) => a.href)).to.deep.equal([FORM_URLS.facebook, FORM_URLS.whatsapp]);
    expect(links[1].textContent).to.contain('not for AI training');
    expect(links[1].closest('li'), 'not a list item of the buttons').to.equal(null);
  });

  it('always explains WhatsApp, even without its link', async () => {
    const el = await mount(html`<meta-ai-optout lang="en"></meta-ai-optout>`);
    const whatsapp = text(el, '#whatsapp ul');
    expect(whatsapp).to.contain('does not cover messages you send to Meta AI');
    expect(whatsapp).to.contain('"Advanced chat privacy"');
    expect(whatsapp).to.contain('not a form about AI training');
    expect(whatsapp, 'no absolute claim that no form exists').not.to.match(/has no .*form/);
  });

  it('takes https overrides for every form and a more-information link', async () => {
    const el = await mount(html`<meta-ai-optout
      lang="en"
      platforms="facebook instagram whatsapp"
      facebook-href="https://example.org/fb"
      instagram-href="https://example.org/ig"
      whatsapp-href="https://example.org/wa"
      more-info-href="https://consumer.example/meta-ai"
    ></meta-ai-optout>`);
    expect($$<HTMLAnchorElement>(el, '[part~=link]').map((a) => a.href)).to.deep.equal([
      'https://example.org/fb',
      'https://example.org/ig',
      'https://example.org/wa',
    ]);
    const more = $<HTMLAnchorElement>(el, '[part~=footer] a');
    expect(more.href).to.equal('https://consumer.example/meta-ai');
    // Its text says where it leads, read alone in a links list (Lighthouse's link-text).
    expect(more.textContent.trim()).to.equal('More about your right to object');
  });

  it('has no "more information" link unless one is set', async () => {
    const el = await mount(html`<meta-ai-optout lang="en"></meta-ai-optout>`);
    expect($(el, '[part~=footer] a')).to.equal(null);
  });

  it('fires meta-ai-optout-link-click with the platform, bubbling out of the shadow root', async () => {
    const el = await mount(html`<meta-ai-optout lang="en" platforms="instagram whatsapp"></meta-ai-optout>`);
    // Keep the test page where it is.
    el.addEventListener('click', (event) => event.preventDefault());
    const heard = oneEvent(document, 'meta-ai-optout-link-click');
    $<HTMLAnchorElement>(el, '[part~=link-whatsapp]').click();
    const event = await heard;
    expect(event.detail).to.deep.equal({platform: 'whatsapp'});
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.target).to.equal(el);
  });
});

describe('structure and content', () => {
  it('uses the heading level the page asks for, and the next one below', async () => {
    const el = await mount(html`<meta-ai-optout lang="en" heading-level="4"></meta-ai-optout>`);
    expect($(el, '[part~=heading]').tagName).to.equal('H4');
    expect(new Set($$(el, '[part~=topic-heading]').map((h) => h.tagName))).to.deep.equal(new Set(['H5']));
  });

  it('caps sub-headings at h6', async () => {
    const el = await mount(html`<meta-ai-optout lang="en" heading-level="6"></meta-ai-optout>`);
    expect($(el, '[part~=heading]').tagName).to.equal('H6');
    expect($(el, '[part~=topic-heading]').tagName).to.equal('H6');
  });

  it('explains claims 1 to 20 (docs/sources.md), with Meta promises said as Meta says them', async () => {
    const el = await mount(html`<meta-ai-optout lang="en"></meta-ai-optout>`);
    const all = text(el);
    for (const phrase of [
      'public posts, photos, videos',
      'name, username and profile picture',
      'public groups',
      'back to when you made your account',
      'Meta AI, the assistant',
      'Private messages',
      'under 18',
      'end-to-end encrypted',
      'if you do nothing',
      'cannot be taken out again',
      'one form for each app',
      'do not need to give a reason',
      'e-mail address is already filled in',
      'Meta says it accepts every objection and confirms it by e-mail',
      'linked in Accounts Centre',
      'Privacy Centre, then AI at Meta',
      'differ between app versions and languages',
      'general form for privacy requests',
      'and your chats with Meta AI too',
      'Anything that is not public',
      'posts about you, or photos of you, that other people share',
      'since 27 May 2025',
      'Consumer groups and data protection authorities advised objecting by',
    ]) {
      expect(all, phrase).to.contain(phrase);
    }
  });

  it('names the advisers only of the default day: a host’s own date is its own advice', async () => {
    const host = await mount(html`<meta-ai-optout lang="en" deadline="2026-03-01T00:00:00+01:00"></meta-ai-optout>`);
    expect(text(host, '.advised')).to.equal('Advised deadline to object: Saturday, 28 February 2026');
    const written = await mount(html`<meta-ai-optout lang="en" deadline=${DEFAULT_DEADLINE}></meta-ai-optout>`);
    expect(text(written, '.advised')).to.contain(
      'Consumer groups and data protection authorities advised objecting by',
    );
  });

  it('keeps the myths in a closed disclosure', async () => {
    const el = await mount(html`<meta-ai-optout lang="en"></meta-ai-optout>`);
    const details = $<HTMLDetailsElement>(el, '[part~=disclosure]');
    expect(details.open).to.equal(false);
    expect(details.textContent).to.contain('16 December 2025');
    expect(details.textContent).to.contain('Goodbye Meta AI');
  });

  it('shows the host message in the default slot and hides the fallback once ready', async () => {
    const el = await mount(html`<meta-ai-optout lang="en"
      ><p id="msg">Our view</p><p slot="fallback" id="fb">Fallback</p></meta-ai-optout
    >`);
    const slot = $<HTMLSlotElement>(el, 'slot:not([name])');
    expect(slot.assignedElements().map((e) => e.id)).to.deep.equal(['msg']);
    expect($(el, 'slot[name="fallback"]')).to.equal(null);
    expect(el.querySelector<HTMLElement>('#fb')!.offsetParent).to.equal(null);
  });

  it('states the content review date in the footer', async () => {
    const el = await mount(html`<meta-ai-optout lang="en"></meta-ai-optout>`);
    expect(text(el, '[part~=footer]')).to.contain('Information checked on 7 December 2026');
    expect($(el, '[part~=footer] time').getAttribute('datetime')).to.equal('2026-12-07');
  });
});

/** The attributes whose values are neither keywords nor presence: each needs a value to try. */
type FreeForm = {
  [A in AttributeName]: (typeof ATTRIBUTES)[A] extends {readonly keywords: readonly string[]} | {readonly boolean: true}
    ? never
    : A;
}[AttributeName];

describe('every attribute', () => {
  // A value other than the default for each free-form attribute; a new one fails the
  // typecheck here until it has one. Keyword attributes try their last keyword,
  // boolean ones their presence.
  const TRIED = {
    deadline: '2025-06-30T00:00:00+02:00',
    platforms: 'whatsapp',
    'facebook-href': 'https://example.org/facebook',
    'instagram-href': 'https://example.org/instagram',
    'whatsapp-href': 'https://example.org/whatsapp',
    'more-info-href': 'https://example.org/more',
    now: AFTER,
  } satisfies Record<FreeForm, string>;
  const tried = (name: string, row: Attribute<unknown>) =>
    row.boolean ? '' : (row.keywords?.at(-1) ?? (TRIED as Record<string, string>)[name]);

  /** What a reader gets: the shadow DOM without Lit's markers, and the base part's colours. */
  const rendering = (el: MetaAiOptout) => {
    const style = getComputedStyle($(el, '[part~=base]'));
    return [el.shadowRoot!.innerHTML.replace(/<!--[^]*?-->/g, ''), style.color, style.backgroundColor].join('\n');
  };

  for (const [name, row] of Object.entries(ATTRIBUTES) as [string, Attribute<unknown>][]) {
    it(`${name}: a value other than the default changes what the widget renders`, async () => {
      const el = await mount(
        html`<meta-ai-optout now=${BEFORE} platforms="facebook instagram whatsapp"></meta-ai-optout>`,
      );
      const before = rendering(el);
      el.setAttribute(name, tried(name, row));
      await el.updateComplete;
      const unchanged = rendering(el) === before;
      expect(unchanged, `${name}="${tried(name, row)}" renders as its absence: does the rendering read it?`).to.equal(
        false,
      );
    });
  }
});

describe('bad attribute values', () => {
  const cases: [string, string, (el: MetaAiOptout) => void][] = [
    ['deadline', 'next tuesday', (el) => expect(text(el, HEADLINE)).to.equal('12 days, 5 hours left to object.')],
    ['deadline', '2025-05-27', (el) => expect(text(el, HEADLINE)).to.equal('12 days, 5 hours left to object.')],
    ['platforms', 'facebook tiktok', (el) => expect($$(el, '[part~=link]').length).to.equal(2)],
    ['platforms', '', (el) => expect($$(el, '[part~=link]').length).to.equal(2)],
    [
      'facebook-href',
      'javascript:alert(1)',
      (el) => expect($<HTMLAnchorElement>(el, '[part~=link-facebook]').href).to.equal(FORM_URLS.facebook),
    ],
    [
      'instagram-href',
      'http://example.org/',
      (el) => expect($<HTMLAnchorElement>(el, '[part~=link-instagram]').href).to.equal(FORM_URLS.instagram),
    ],
    [
      'whatsapp-href',
      'https://user:pw@example.org/',
      (el) => expect($<HTMLAnchorElement>(el, '[part~=link-whatsapp]').href).to.equal(FORM_URLS.whatsapp),
    ],
    [
      'more-info-href',
      'data:text/html,<script>alert(1)</script>',
      (el) => expect($(el, '[part~=footer] a')).to.equal(null),
    ],
    ['heading-level', '9', (el) => expect($(el, '[part~=heading]').tagName).to.equal('H2')],
    ['variant', 'huge', (el) => expect($(el, EXPLANATION_DISCLOSURE), 'card: the explanation in view').to.equal(null)],
    // The default, auto: the page's own colour scheme, not a forced light or dark.
    [
      'theme',
      'neon',
      (el) =>
        expect(getComputedStyle($(el, '[part~=base]')).colorScheme).to.equal(
          getComputedStyle(document.documentElement).colorScheme,
        ),
    ],
    ['now', 'yesterday', (el) => expect(el.phase, 'the real time, after the deadline').to.equal('passed')],
    ['lang', 'klingon', (el) => expect(text(el, '[part~=heading]')).to.contain('your right to object')],
  ];

  it('has a case for every attribute (a boolean one has no bad value)', () => {
    const rows = Object.entries(ATTRIBUTES) as [string, Attribute<unknown>][];
    const refusable = rows.filter(([, row]) => !row.boolean).map(([name]) => name);
    expect(new Set(cases.map(([attribute]) => attribute))).to.include.all.keys([...refusable, 'lang']);
  });

  for (const [attribute, value, check] of cases) {
    it(`${attribute}=${JSON.stringify(value)}: one warning naming it, and the default`, async () => {
      const capture = captureWarnings();
      try {
        // Every link shown, so that a refused link is seen to fall back.
        const el = await fixture<MetaAiOptout>(
          html`<meta-ai-optout now=${BEFORE} platforms="facebook instagram whatsapp"></meta-ai-optout>`,
        );
        el.setAttribute(attribute, value);
        await widgetReady(el);
        check(el);
        const mine = capture.warnings.filter((w) => w.includes(`${attribute}=`));
        expect(mine, capture.warnings.join('\n')).to.have.length(1);
        expect(mine[0]).to.contain(JSON.stringify(value));
        const named = (ATTRIBUTES as Record<string, Attribute<unknown>>)[attribute]?.fallbackText;
        if (named) expect(mine[0]).to.have.string(`. Using ${named}.`);
      } finally {
        capture.restore();
      }
    });
  }

  it('never renders markup from a value', async () => {
    const capture = captureWarnings();
    try {
      const el = await mount(html`<meta-ai-optout
        lang="en"
        deadline="&lt;img src=x onerror=alert(1)&gt;"
        more-info-href="https://example.org/&quot;&gt;&lt;img src=x&gt;"
        platforms="&lt;b&gt;facebook&lt;/b&gt;"
      ></meta-ai-optout>`);
      expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
      expect($<HTMLAnchorElement>(el, '[part~=footer] a').href).to.equal('https://example.org/%22%3E%3Cimg%20src=x%3E');
    } finally {
      capture.restore();
    }
  });

  for (const variant of VARIANTS) {
    const {readMore} = LAYOUTS[variant];
    it(`${variant}: the explanation ${readMore ? 'behind "Read more"' : 'in view'}, its name a class of the box`, async () => {
      const el = await mount(html`<meta-ai-optout lang="en" variant=${variant}></meta-ai-optout>`);
      expect($(el, EXPLANATION_DISCLOSURE) !== null).to.equal(readMore);
      expect($(el, '[part~=base]').classList.contains(variant)).to.equal(true);
    });
  }

  it('reads a keyword in any case, with spaces around it', async () => {
    const el = await mount(html`<meta-ai-optout lang="en" variant=" COMPACT " theme="Dark"></meta-ai-optout>`);
    expect(text(el, EXPLANATION_DISCLOSURE)).to.contain('Meta trains its AI on the public posts');
    expect(getComputedStyle($(el, '[part~=base]')).colorScheme).to.equal('dark');
    expect(el.variant, 'the attribute is left as the page wrote it').to.equal(' COMPACT ');
  });

  it('has a property for each attribute, which reads and writes it', async () => {
    const el = await mount(html`<meta-ai-optout lang="en" now=${BEFORE}></meta-ai-optout>`);
    expect(el.moreInfoHref).to.equal(null);
    el.moreInfoHref = 'https://example.org/';
    el.headingLevel = '3';
    el.now = AFTER;
    expect(el.getAttribute('more-info-href')).to.equal('https://example.org/');
    await el.updateComplete;
    expect($(el, '[part~=heading]').tagName).to.equal('H3');
    expect($<HTMLAnchorElement>(el, '[part~=footer] a').href).to.equal('https://example.org/');
    expect(el.phase).to.equal('passed');
    el.moreInfoHref = null;
    await el.updateComplete;
    expect(el.hasAttribute('more-info-href')).to.equal(false);
    expect($(el, '[part~=footer] a')).to.equal(null);
  });

  it('takes over a property set before the element was defined', async () => {
    const name = 'meta-ai-optout-late';
    const early = document.createElement(name) as MetaAiOptout;
    early.setAttribute('lang', 'en');
    (early as unknown as Record<string, string>).now = AFTER;
    document.body.append(early);
    try {
      const {MetaAiOptout: Element} = await import('../src/meta-ai-optout.js');
      customElements.define(name, class extends Element {});
      await widgetReady(early);
      expect(early.getAttribute('now')).to.equal(AFTER);
      expect(early.phase).to.equal('passed');
    } finally {
      early.remove();
    }
  });

  it('writes its phase attribute only when the phase changes', async () => {
    const el = await mount(html`<meta-ai-optout lang="en" now=${BEFORE}></meta-ai-optout>`);
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((batch) => records.push(...batch));
    observer.observe(el, {attributes: true});
    el.requestUpdate();
    await el.updateComplete;
    el.setAttribute('now', AFTER);
    await el.updateComplete;
    observer.disconnect();
    expect(records.map((r) => r.attributeName)).to.deep.equal(['now', 'phase']);
    expect(el.getAttribute('phase')).to.equal('passed');
  });

  it('re-renders when attributes change at run time', async () => {
    const el = await mount(html`<meta-ai-optout lang="en" now=${BEFORE}></meta-ai-optout>`);
    el.setAttribute('now', AFTER);
    el.setAttribute('platforms', 'instagram');
    await el.updateComplete;
    expect(el.phase).to.equal('passed');
    expect($$(el, '[part~=link]').length).to.equal(1);
  });
});

describe('accessibility', () => {
  interface AxNode {
    role: string;
    name: string;
    expanded?: boolean;
    focusable: boolean;
  }
  /** Chromium's accessibility tree of the page (one widget in it), or undefined elsewhere. */
  const axTree = async () => {
    const nodes = await executeServerCommand<AxNode[] | false, undefined>('accessibility-tree');
    return nodes === false ? undefined : nodes;
  };
  const TOPICS = ['What Meta says it does not use', 'How to object', 'The link does not open the form?', 'WhatsApp'];

  // Where the topics are side by side, no disclosure is announced "collapsed" over text
  // on screen, and none is a tab stop that does nothing; in one column, the folded
  // topics are disclosures that open. Every variant, with "Read more" open, since the
  // same explanation sits inside it. Chromium only: the one engine whose tree a test
  // can read (the DOM half runs everywhere).
  for (const variant of VARIANTS) {
    for (const [width, folded] of [
      [900, false],
      [320, true],
    ] as const) {
      it(`${variant} at ${width} px: the disclosures a reader hears are the ones on screen, in one region`, async function () {
        const el = await mount(
          html`<meta-ai-optout lang="en" variant=${variant} now=${AFTER} platforms="facebook instagram whatsapp"
            style="width: ${width}px"></meta-ai-optout>`,
        );
        const readMore = el.shadowRoot!.querySelector<HTMLDetailsElement>('details.more');
        if (readMore) readMore.open = true;
        await el.updateComplete;
        const summaries = $$(el, 'summary').filter((s) => s.checkVisibility());
        const expected = [
          ...(readMore ? ['Read more'] : []),
          ...(folded ? [...TOPICS, 'After you object'] : []),
          'Good to know',
        ];
        expect(summaries.map((s) => textOf(s).replace(/:.*/, ''))).to.deep.equal(expected);
        for (const topic of [...TOPICS, 'After you object']) {
          // Each topic's heading once on screen, as a heading or as its disclosure's summary.
          const shown = $$(el, '[part~=topic-heading]').filter((h) => h.checkVisibility() && textOf(h) === topic);
          expect(shown, topic).to.have.length(1);
          expect(!!shown[0].closest('summary'), topic).to.equal(folded);
        }
        const tree = await axTree();
        if (!tree) return this.skip();
        const named = (name: string) =>
          tree.filter(
            (n) => !/^(StaticText|InlineTextBox)$/.test(n.role) && (n.name === name || n.name.startsWith(`${name}:`)),
          );
        const text = (t: string) => tree.some((n) => n.role === 'StaticText' && n.name === t);
        expect(tree.filter((n) => n.role === 'region').map((n) => n.name)).to.deep.equal([
          'Meta AI and your posts: your right to object',
        ]);
        const disclosures = tree.filter((n) => n.role === 'DisclosureTriangle');
        expect(disclosures.map((n) => n.name.replace(/:.*/, ''))).to.deep.equal(expected);
        expect(disclosures.every((n) => n.focusable)).to.equal(true);
        for (const topic of [...TOPICS, 'After you object']) {
          const heard = named(topic);
          if (folded)
            expect(
              heard.map((n) => n.role),
              topic,
            ).to.include('DisclosureTriangle');
          else
            expect(
              heard.map((n) => n.role),
              topic,
            ).to.deep.equal(['heading']);
        }
        // Open or shown, the topic's text is there to be read; collapsed, it is not.
        const item = 'There is one form for each app. You must be logged in.';
        expect(text(item), item).to.equal(!folded);
      });
    }
  }

  for (const now of [BEFORE, AFTER]) {
    it(`axe finds no violation (${now})`, async () => {
      const el =
        await mount(html`<meta-ai-optout lang="en" now=${now} platforms="facebook instagram whatsapp" more-info-href="https://example.org/"
        ><p>Host message</p></meta-ai-optout
      >`);
      await expectAccessible(el);
    });
  }
});
