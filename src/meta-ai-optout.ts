import {html, nothing, type TemplateResult} from 'lit/html.js';
import {msg} from '@lit/localize';
import {
  parseHeadingLevel,
  parseHttpsUrl,
  parseInstant,
  parseKeyword,
  parsePlatforms,
  refusalMessage,
  type Parsed,
} from './attributes.js';
import {subscribe, reschedule} from './clock.js';
import {nextVisibleChange, phaseAt, timeLeft, type Phase} from './deadline.js';
import {MetaAiOptoutLinkClickEvent} from './events.js';
import {CONTENT_REVIEWED_ON, DEFAULT_DEADLINE, DEFAULT_PLATFORMS, FORM_URLS, type Platform} from './facts.js';
import {describeDeadline, formatCalendarDate, formatTimeLeft} from './format.js';
import {intlTag} from './locale-match.js';
import {LocaleController} from './localization.js';
import {styles} from './meta-ai-optout.styles.js';
import {RenderingElement} from './rendering-element.js';

const VARIANTS = ['card', 'compact', 'banner'] as const;
const THEMES = ['auto', 'light', 'dark'] as const;
export type Variant = (typeof VARIANTS)[number];
export type Theme = (typeof THEMES)[number];

interface Setting<T> {
  readonly parse: (value: string) => Parsed<T>;
  /** In force while the attribute is absent, or refused. */
  readonly fallback: T;
  /** The fallback as the warning names it. */
  readonly fallbackText: string;
}

const setting = <T>(parse: (value: string) => Parsed<T>, fallback: T, fallbackText: string): Setting<T> => ({
  parse,
  fallback,
  fallbackText,
});

/** Every attribute a page sets: how it is read, and what stands when it is absent or refused. */
const SETTINGS = {
  deadline: setting(parseInstant, Date.parse(DEFAULT_DEADLINE), DEFAULT_DEADLINE),
  platforms: setting(parsePlatforms, DEFAULT_PLATFORMS, `"${DEFAULT_PLATFORMS.join(' ')}"`),
  'facebook-href': setting(parseHttpsUrl, FORM_URLS.facebook, 'the official form'),
  'instagram-href': setting(parseHttpsUrl, FORM_URLS.instagram, 'the official form'),
  'whatsapp-href': setting(parseHttpsUrl, FORM_URLS.whatsapp, 'the official form'),
  'more-info-href': setting<string | undefined>(parseHttpsUrl, undefined, 'no link'),
  'heading-level': setting(parseHeadingLevel, 2, '2'),
  variant: setting<Variant>((value) => parseKeyword(value, VARIANTS), 'card', '"card"'),
  theme: setting<Theme>((value) => parseKeyword(value, THEMES), 'auto', '"auto"'),
  now: setting<number | undefined>(parseInstant, undefined, 'the real time'),
};
type Attribute = keyof typeof SETTINGS;
type Settings = {-readonly [A in Attribute]: (typeof SETTINGS)[A]['fallback']};

type Heading = (part: string, id: string, content: unknown) => TemplateResult;
// One template per level: lit-html cannot bind a tag name, and lit/static-html would
// cost more bytes than these six lines (they compress to almost nothing).
const HEADINGS: Heading[] = [
  (part, id, content) => html`<h1 part=${part} id=${id} class=${part}>${content}</h1>`,
  (part, id, content) => html`<h2 part=${part} id=${id} class=${part}>${content}</h2>`,
  (part, id, content) => html`<h3 part=${part} id=${id} class=${part}>${content}</h3>`,
  (part, id, content) => html`<h4 part=${part} id=${id} class=${part}>${content}</h4>`,
  (part, id, content) => html`<h5 part=${part} id=${id} class=${part}>${content}</h5>`,
  (part, id, content) => html`<h6 part=${part} id=${id} class=${part}>${content}</h6>`,
];

/**
 * Explains Meta's AI training on public Facebook and Instagram posts, counts down to
 * the objection deadline (or says what objecting still does once it has passed), and
 * links to the official objection forms, in the visitor's language.
 *
 * @summary An explainer and links to object to Meta's AI training on your posts.
 * @tagname meta-ai-optout
 *
 * @slot - The host organisation's own message, shown under the introduction.
 * @slot fallback - Shown until the widget is ready, and by browsers without JavaScript: put plain links to the forms here.
 *
 * @fires {MetaAiOptoutLinkClickEvent} meta-ai-optout-link-click - A visitor followed a form link; `detail.platform` names it.
 *
 * @csspart base - The widget's box.
 * @csspart heading - The main heading.
 * @csspart status - The countdown, or the line saying the deadline has passed.
 * @csspart links - The list of form links.
 * @csspart link - Each form link (also `link-facebook`, `link-instagram`, `link-whatsapp`).
 * @csspart explainer - The explanation below the links.
 * @csspart disclosure - The "good to know" section that opens and closes.
 * @csspart footer - The footer with the review date and the "more information" link.
 *
 * @cssprop [--meta-ai-optout-font-family=inherit] - The font; inherits the page's by default.
 * @cssprop [--meta-ai-optout-font-size=medium] - The base text size; `medium` is the visitor's own default.
 * @cssprop [--meta-ai-optout-accent=#0b57d0] - Form buttons, links and the status bar (dark theme: #a8c7fa).
 * @cssprop [--meta-ai-optout-on-accent] - Text on the accent; black or white, whichever is readable.
 * @cssprop [--meta-ai-optout-background=#ffffff] - The widget's background (dark theme: #1f1f1f).
 * @cssprop [--meta-ai-optout-text=#1f1f1f] - Body text (dark theme: #e3e3e3).
 * @cssprop [--meta-ai-optout-muted=#4a4a4a] - Secondary text, such as the footer (dark theme: #c4c7c5).
 * @cssprop [--meta-ai-optout-border=#8e918f] - The widget's border.
 * @cssprop [--meta-ai-optout-radius=0.75em] - Corner radius.
 * @cssprop [--meta-ai-optout-spacing=1em] - The base spacing unit.
 */
export class MetaAiOptout extends RenderingElement {
  static readonly observedAttributes = [...Object.keys(SETTINGS), 'lang'];

  // The properties below read and write their attributes, as a built-in element's do
  // (the accessors are made after the class, from SETTINGS). Absent means null; a
  // value the widget refuses stays in the attribute, and the default is used.

  /**
   * The objection deadline: an ISO 8601 instant with an offset.
   * @attr deadline
   */
  declare deadline: string | null;

  /**
   * Space-separated form links to show: any of `facebook instagram whatsapp`.
   * @attr platforms
   */
  declare platforms: string | null;

  /**
   * Overrides the Facebook form URL (https only).
   * @attr facebook-href
   */
  declare facebookHref: string | null;

  /**
   * Overrides the Instagram form URL (https only).
   * @attr instagram-href
   */
  declare instagramHref: string | null;

  /**
   * Overrides the WhatsApp data-rights form URL (https only).
   * @attr whatsapp-href
   */
  declare whatsappHref: string | null;

  /**
   * The host's own article, or its data protection authority (https only).
   * @attr more-info-href
   */
  declare moreInfoHref: string | null;

  /**
   * Level of the main heading, 1 to 6; sub-headings take the next level.
   * @attr heading-level
   */
  declare headingLevel: string | null;

  /**
   * Layout: `card` (everything), `compact` or `banner` (the explanation behind a disclosure).
   * @attr variant
   */
  declare variant: string | null;

  /**
   * Colours: `auto` follows the visitor's light or dark preference.
   * @attr theme
   */
  declare theme: string | null;

  /**
   * Freezes the widget's clock at this ISO 8601 instant, for demos and screenshots.
   * @attr now
   */
  declare now: string | null;

  /** The values in force: each attribute as read, or its fallback. */
  readonly #settings = Object.fromEntries(
    Object.entries(SETTINGS).map(([attribute, {fallback}]) => [attribute, fallback]),
  ) as Settings;

  /** The real time at the last tick of the shared clock; set with setClock(). */
  #clockNow = Date.now();

  readonly #localeController = new LocaleController(this);
  #unsubscribe?: () => void;
  #warnedOverrule?: string;

  constructor() {
    super(styles);
  }

  /** The widget's time: frozen by `now`, else the shared clock's last tick. */
  get #now(): number {
    return this.#settings.now ?? this.#clockNow;
  }

  /** `countdown` before the deadline, `passed` from then on. Reflected as an attribute. */
  get phase(): Phase {
    return phaseAt(this.#now, this.#settings.deadline);
  }

  attributeChangedCallback(name: Attribute | 'lang', old: string | null, value: string | null): void {
    if (value === old) return;
    if (name === 'lang') {
      this.#localeController.langChanged();
      return;
    }
    const {parse, fallback, fallbackText} = SETTINGS[name] as Setting<unknown>;
    let inForce = fallback;
    if (value !== null) {
      const parsed = parse(value);
      if (parsed.ok) inForce = parsed.value;
      else console.warn(refusalMessage(name, value, parsed.reason, fallbackText));
    }
    (this.#settings as Record<Attribute, unknown>)[name] = inForce;
    if (name === 'deadline' || name === 'now') reschedule();
    this.requestUpdate();
  }

  override connectedCallback(): void {
    // A property set on the element before this script defined it hides our accessor:
    // take it over, as an attribute.
    const own = this as unknown as Record<string, unknown>;
    for (const property of PROPERTIES.keys()) {
      // Not Object.hasOwn: Chrome 85-92 have everything else the widget needs.
      if (Object.prototype.hasOwnProperty.call(this, property)) {
        const value = own[property];
        delete own[property];
        own[property] = value;
      }
    }
    super.connectedCallback();
    this.#localeController.connected();
    this.#setClock(Date.now());
    this.#unsubscribe = subscribe({
      nextChange: (now) =>
        this.#settings.now === undefined ? nextVisibleChange(now, this.#settings.deadline) : undefined,
      tick: (now) => this.#setClock(now),
    });
  }

  #setClock(now: number): void {
    this.#clockNow = now;
    this.requestUpdate();
  }

  disconnectedCallback(): void {
    this.#localeController.disconnected();
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  #warnIfOverruled(): void {
    const overruled = this.#localeController.overruled;
    const overruledKey = overruled && `${overruled.wanted}>${overruled.shown}`;
    if (overruled && this.#warnedOverrule !== overruledKey) {
      console.warn(
        `<meta-ai-optout>: this widget asks for "${overruled.wanted}", but a page shows all widgets in one language, that of its first widget: "${overruled.shown}".`,
      );
    }
    this.#warnedOverrule = overruledKey;
  }

  protected render(): TemplateResult {
    this.#warnIfOverruled();
    // Only on a change: a page's own MutationObserver should not hear every tick.
    const {phase} = this;
    if (this.getAttribute('phase') !== phase) this.setAttribute('phase', phase);
    // Until the page's language has loaded, show the page's own fallback content
    // rather than flash English at a Dutch reader.
    if (!this.#localeController.ready) return html`<slot name="fallback"></slot>`;
    const {tag} = this.#localeController.shown;
    const formatTag = intlTag(tag);
    const {variant, theme, 'heading-level': level, 'more-info-href': moreInfoUrl} = this.#settings;
    const card = variant === 'card';
    const intro = html`<p class="intro">
      ${msg(
        'Meta trains its AI on the public posts of adults on Facebook and Instagram in the EU and EEA. It does not ask first: if you do nothing, your posts are used. Once posts have trained an AI model, they cannot be taken out again.',
        {
          id: 'intro',
          desc: 'Introduction under the status line: what happens and why objecting matters.',
        },
      )}
    </p>`;
    const hint = html`<p class="how">
      ${msg('Log in first. You do not need to give a reason, and your e-mail address is already filled in.', {
        id: 'links.hint',
        desc: 'Short hint under the form links.',
      })}
    </p>`;
    const explainer = this.#renderExplainer(Math.min(level + 1, 6));
    const checkedOn = this.#time(CONTENT_REVIEWED_ON, formatCalendarDate(formatTag, CONTENT_REVIEWED_ON));
    return html`
      <section part="base" class="base ${variant} ${theme}" lang=${tag} aria-labelledby="heading">
        ${this.#heading(level, 'heading', msg('Meta AI and your posts: your right to object', {id: 'heading', desc: 'Main heading of the widget.'}))}
        ${this.#renderStatus(formatTag)}
        ${card ? intro : nothing}
        <slot></slot>
        <ul part="links" class="links" aria-label=${msg('Objection forms', {id: 'links.label', desc: 'Accessible name of the list of form links (read by screen readers).'})}>
          ${this.#settings.platforms.map((platform) => this.#renderLink(platform))}
        </ul>
        ${
          card
            ? html`${hint}${explainer}`
            : html`<details part="disclosure" class="more">
              <summary>${msg('Read more: what Meta uses and how to object', {id: 'more.toggle', desc: 'Summary of the section that opens to show the full explanation (compact and banner layouts).'})}</summary>
              ${intro}${hint}${explainer}
            </details>`
        }
        <footer part="footer" class="footer">
          <p>
            ${msg(html`Information checked on ${checkedOn}`, {
              id: 'footer.checked',
              desc: 'Footer: the date the information was last checked against its sources. No full stop: some date formats end in one.',
            })}
          </p>
          ${
            moreInfoUrl
              ? html`<p>
                <a href=${moreInfoUrl} rel="noopener noreferrer" referrerpolicy="no-referrer"
                  >${msg('More information', {id: 'footer.moreInfo', desc: "Footer link to the host site's own article or its data protection authority."})}</a
                >
              </p>`
              : nothing
          }
        </footer>
      </section>
    `;
  }

  #heading(level: number, part: string, content: unknown, id = part) {
    return HEADINGS[level - 1](part, id, content);
  }

  #time(datetime: string, text: string) {
    return html`<time datetime=${datetime}>${text}</time>`;
  }

  #renderStatus(tag: string) {
    const deadline = describeDeadline(tag, this.#settings.deadline);
    const when = this.#time(deadline.datetime, deadline.text);
    if (this.phase === 'passed') {
      return html`<div part="status" class="status passed">
        <p><strong>${msg(html`The deadline of ${when} has passed.`, {id: 'status.passed', desc: 'Status after the deadline. The placeholder is the last day (or the deadline date and time).'})}</strong></p>
        <p>
          ${msg(
            'You can still object. Meta then stops using your public posts to train its AI from that moment on. What it has already used stays in its AI models.',
            {
              id: 'status.passed.still',
              desc: 'Status after the deadline: what objecting still does.',
            },
          )}
        </p>
      </div>`;
    }
    const left = formatTimeLeft(tag, timeLeft(this.#now, this.#settings.deadline));
    return html`<div part="status" class="status countdown">
      <p><strong class="left">${msg(html`${left} left to object.`, {id: 'status.left', desc: 'Countdown before the deadline. The placeholder is a duration from Intl, such as "12 days, 5 hours".'})}</strong></p>
      <p>
        ${
          deadline.kind === 'last-day'
            ? msg(html`Last day: ${when}`, {
                id: 'status.lastDay',
                desc: 'The last day to object, a long date. No full stop: some date formats end in one.',
              })
            : msg(html`Deadline: ${when}`, {
                id: 'status.deadline',
                desc: 'The deadline as a date and time, used when it does not fall at midnight for the visitor. No full stop.',
              })
        }
      </p>
      <p>${msg('It takes about two minutes.', {id: 'status.twoMinutes', desc: 'Countdown status: how long objecting takes.'})}</p>
    </div>`;
  }

  #renderLink(platform: Platform) {
    const labels: Record<Platform, string> = {
      facebook: msg('Object on Facebook', {id: 'link.facebook', desc: 'Link to the Facebook objection form.'}),
      instagram: msg('Object on Instagram', {id: 'link.instagram', desc: 'Link to the Instagram objection form.'}),
      whatsapp: msg('WhatsApp privacy request form (not for AI training)', {
        id: 'link.whatsapp',
        desc: "Link to WhatsApp's general data-rights form. It is NOT an AI-training opt-out; the label must say so.",
      }),
    };
    return html`<li>
      <a
        part="link link-${platform}"
        class="link ${platform}"
        href=${this.#settings[`${platform}-href`]}
        rel="noopener noreferrer"
        referrerpolicy="no-referrer"
        @click=${() => this.dispatchEvent(new MetaAiOptoutLinkClickEvent(platform))}
        >${labels[platform]}</a
      >
    </li>`;
  }

  #renderExplainer(level: number) {
    return html`<div part="explainer" class="explainer">${this.#renderTopics(level)}</div>
      ${this.#renderMyths()}`;
  }

  #renderTopics(level: number) {
    const section = (id: string, title: string, items: string[]) => html`<section class="topic" aria-labelledby=${id}>
      ${this.#heading(level, 'topic-heading', title, id)}
      <ul>
        ${items.map((item) => html`<li>${item}</li>`)}
      </ul>
    </section>`;
    return [
      section('uses', msg('What Meta uses', {id: 'uses.title', desc: 'Explainer heading.'}), [
        msg('Your public posts, photos, videos, captions and comments, also public reels and stories', {
          id: 'uses.posts',
          desc: 'Explainer list item under "What Meta uses".',
        }),
        msg('Your name, username and profile picture', {
          id: 'uses.profile',
          desc: 'Explainer list item under "What Meta uses".',
        }),
        msg('What you do in public groups and on public pages', {
          id: 'uses.groups',
          desc: 'Explainer list item under "What Meta uses".',
        }),
        msg('Old public posts too, back to when you made your account', {
          id: 'uses.old',
          desc: 'Explainer list item under "What Meta uses".',
        }),
        msg('What you ask or tell Meta AI, the assistant in the apps', {
          id: 'uses.assistant',
          desc: 'Explainer list item under "What Meta uses".',
        }),
      ]),
      section('not-used', msg('What Meta says it does not use', {id: 'notUsed.title', desc: 'Explainer heading.'}), [
        msg('Private messages with friends and family, unless someone in the chat shares them with Meta AI', {
          id: 'notUsed.messages',
          desc: 'Explainer list item under "What Meta says it does not use".',
        }),
        msg('Accounts of people under 18', {
          id: 'notUsed.minors',
          desc: 'Explainer list item under "What Meta says it does not use".',
        }),
        msg('WhatsApp chats: they are end-to-end encrypted, so Meta cannot read them', {
          id: 'notUsed.whatsapp',
          desc: 'Explainer list item under "What Meta says it does not use".',
        }),
      ]),
      section('how', msg('How to object', {id: 'how.title', desc: 'Explainer heading.'}), [
        msg('There is one form for each app. You must be logged in.', {
          id: 'how.perApp',
          desc: 'Explainer list item under "How to object".',
        }),
        msg('Meta accepts every objection and confirms it by e-mail.', {
          id: 'how.confirm',
          desc: 'Explainer list item under "How to object".',
        }),
        msg(
          'Are your Facebook and Instagram accounts linked in Accounts Centre? Then one objection covers both. Separate accounts each need their own.',
          {
            id: 'how.linked',
            desc: 'Explainer list item under "How to object". "Accounts Centre" is the name of the Meta settings page; use its name in the apps in your language.',
          },
        ),
      ]),
      section(
        'no-form',
        msg('The link does not open the form?', {
          id: 'noForm.title',
          desc: 'Explainer heading: help when a form link fails.',
        }),
        [
          msg(
            'In the app, go to Settings, then Privacy Centre, then AI at Meta. Or go to Settings, then Privacy Policy, and follow the link about your right to object.',
            {
              id: 'noForm.path',
              desc: 'Explainer: where to find the form in the app. Menu names as they appear in the apps in your language, if known.',
            },
          ),
          msg('The names of these menus differ between app versions and languages.', {
            id: 'noForm.labels',
            desc: 'Explainer: a warning that menu labels vary.',
          }),
        ],
      ),
      section('whatsapp', msg('WhatsApp', {id: 'whatsapp.title', desc: 'Explainer heading. Brand name.'}), [
        msg(
          'WhatsApp has no separate form to object to AI training. The WhatsApp form that is shared online is its general form for privacy requests.',
          {
            id: 'whatsapp.noForm',
            desc: 'Explainer: WhatsApp has no AI opt-out form.',
          },
        ),
        msg('Tip: do not share personal information with Meta AI.', {
          id: 'whatsapp.tip',
          desc: 'Explainer: advice about Meta AI in WhatsApp.',
        }),
      ]),
      section('after', msg('After you object', {id: 'after.title', desc: 'Explainer heading.'}), [
        msg('From then on, Meta stops using your public posts to train its AI.', {
          id: 'after.stops',
          desc: 'Explainer: what objecting does.',
        }),
        msg('Meta says this also applies to your chats with Meta AI.', {
          id: 'after.chats',
          desc: "Explainer: Meta's own claim, which others dispute; keep it as Meta's claim.",
        }),
        msg('What was already used stays in the AI models.', {
          id: 'after.kept',
          desc: 'Explainer: objecting does not undo past training.',
        }),
      ]),
    ];
  }

  #renderMyths() {
    return html`<details part="disclosure" class="myths">
      <summary>${msg('Good to know', {id: 'myths.title', desc: 'Summary of a section that opens and closes, about common myths.'})}</summary>
      <ul>
        <li>
          ${msg(
            'The claim that Meta reads your private messages from 16 December 2025 is false. That update is about using your chats with Meta AI to personalise ads and content. It reportedly did not start in the EU.',
            {
              id: 'myths.dms',
              desc: 'Myth: a December 2025 rumour about private messages.',
            },
          )}
        </li>
        <li>
          ${msg('Posting a "Goodbye Meta AI" message has no effect. Only the form counts.', {
            id: 'myths.goodbye',
            desc: 'Myth: a viral status post. Keep "Goodbye Meta AI" as it circulated in your language, if known.',
          })}
        </li>
      </ul>
    </details>`;
  }
}

/** Each property and the attribute it reads and writes: `facebookHref`, `facebook-href`. */
const PROPERTIES = new Map(
  Object.keys(SETTINGS).map((attribute) => [
    attribute.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase()),
    attribute,
  ]),
);
for (const [property, attribute] of PROPERTIES) {
  Object.defineProperty(MetaAiOptout.prototype, property, {
    get(this: MetaAiOptout) {
      return this.getAttribute(attribute);
    },
    set(this: MetaAiOptout, value: unknown) {
      if (value == null) this.removeAttribute(attribute);
      else this.setAttribute(attribute, String(value));
    },
  });
}

declare global {
  interface HTMLElementTagNameMap {
    'meta-ai-optout': MetaAiOptout;
  }
}
