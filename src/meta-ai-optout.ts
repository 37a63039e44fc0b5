import {html, type TemplateResult} from 'lit/html.js';
import {
  ATTRIBUTES,
  propertyName,
  refusalMessage,
  type Attribute,
  type AttributeName,
  type AttributeProperties,
  type InForce,
} from './attributes.js';
import {widget} from './content.js';
import {subscribe, reschedule} from './clock.js';
import {nextVisibleChange, phaseAt, type Phase} from './deadline.js';
import {MetaAiOptoutLinkClickEvent} from './events.js';
import {LocaleController} from './localization.js';
import {styles} from './meta-ai-optout.styles.js';
import {RenderingElement} from './rendering-element.js';
import {widgetView} from './view.js';

// The properties that read and write the attributes: typed from the table, made from
// it below the class (a class field would shadow the accessor). Merging an interface
// into the class is the one way to type accessors defined at run time.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unsafe-declaration-merging
export interface MetaAiOptout extends AttributeProperties {}

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
 * @csspart status - The countdown; after the advised date, that objecting still works and what it does.
 * @csspart links - The list of form links.
 * @csspart link - Each form link (also `link-facebook`, `link-instagram`, `link-whatsapp`).
 * @csspart explainer - The explanation below the links.
 * @csspart topic-heading - Each heading inside the explanation, one level below `heading`.
 * @csspart disclosure - The "good to know" section that opens and closes.
 * @csspart footer - The footer with the review date and the "more information" link.
 *
 * @cssprop [--meta-ai-optout-font-family=inherit] - The font; inherits the page's by default.
 * @cssprop [--meta-ai-optout-font-size=max(1em, 1lh)] - The base text size: the visitor's own default (1em), or the page's text where that is larger (1lh).
 * @cssprop [--meta-ai-optout-accent=#0b57d0] - Form buttons, links and the status bar (dark theme: #a8c7fa).
 * @cssprop [--meta-ai-optout-on-accent] - Text on the accent; black or white, whichever is readable.
 * @cssprop [--meta-ai-optout-background=#ffffff] - The widget's background (dark theme: #1f1f1f).
 * @cssprop [--meta-ai-optout-text=#1f1f1f] - Body text (dark theme: #e3e3e3).
 * @cssprop [--meta-ai-optout-muted=#4a4a4a] - Secondary text, such as the footer (dark theme: #c4c7c5).
 * @cssprop [--meta-ai-optout-border=#8e918f] - The widget's border.
 * @cssprop [--meta-ai-optout-radius=0.75em] - Corner radius.
 * @cssprop [--meta-ai-optout-spacing=1em] - The base spacing unit.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- see the interface above
export class MetaAiOptout extends RenderingElement {
  static readonly observedAttributes = [...Object.keys(ATTRIBUTES), 'lang'];

  /** The values in force: each attribute as read, or its fallback. */
  readonly #settings = Object.fromEntries(
    Object.entries(ATTRIBUTES).map(([attribute, {fallback}]) => [attribute, fallback]),
  ) as InForce;

  /** The real time at the last tick of the shared clock; set with setClock(). */
  #clockNow = Date.now();

  readonly #localeController = new LocaleController(this);
  #unsubscribe?: () => void;

  constructor() {
    super(styles);
  }

  /** The widget's time: frozen by `now`, else the shared clock's last tick. */
  get #now(): number {
    return this.#settings.now ?? this.#clockNow;
  }

  /** `countdown` before the deadline, `passed` from then on. Reflected as an attribute. */
  get phase(): Phase {
    return phaseAt(this.#now, this.#settings.deadline.at);
  }

  attributeChangedCallback(name: AttributeName | 'lang', old: string | null, value: string | null): void {
    if (value === old) return;
    if (name === 'lang') {
      this.#localeController.refresh();
      return;
    }
    const {parse, fallback, fallbackText}: Attribute<unknown> = ATTRIBUTES[name];
    let inForce = fallback;
    if (value !== null) {
      const parsed = parse(value);
      if (parsed.ok) inForce = parsed.value;
      else console.warn(refusalMessage(name, value, parsed.reason, fallbackText));
    }
    (this.#settings as Record<AttributeName, unknown>)[name] = inForce;
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
        this.#settings.now === undefined ? nextVisibleChange(now, this.#settings.deadline.at) : undefined,
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

  protected override willRender(): void {
    // Only on a change: a page's own MutationObserver should not hear every tick.
    if (this.getAttribute('phase') !== this.phase) this.setAttribute('phase', this.phase);
  }

  protected render(): TemplateResult | undefined {
    // Until the page's language has loaded, keep a prerendered snippet's widget, else
    // show the page's own fallback content rather than flash English at a Dutch reader.
    const shown = this.#localeController.shown;
    if (!shown) return this.prerendered ? undefined : html`<slot name="fallback"></slot>`;
    const view = widgetView(shown.tag, this.#settings, this.#now, (platform) =>
      this.dispatchEvent(new MetaAiOptoutLinkClickEvent(platform)),
    );
    return this.#localeController.render(shown.locale, () => widget(view));
  }
}

/** Each property and the attribute it reads and writes: `facebookHref`, `facebook-href`. */
const PROPERTIES = new Map(Object.keys(ATTRIBUTES).map((attribute) => [propertyName(attribute), attribute]));
for (const [property, attribute] of PROPERTIES) {
  const row = (ATTRIBUTES as Record<string, Attribute<unknown>>)[attribute];
  Object.defineProperty(MetaAiOptout.prototype, property, {
    get(this: MetaAiOptout) {
      return row.boolean ? this.hasAttribute(attribute) : this.getAttribute(attribute);
    },
    set(this: MetaAiOptout, value: unknown) {
      if (row.boolean) this.toggleAttribute(attribute, Boolean(value));
      else if (value == null) this.removeAttribute(attribute);
      // Any value is stringified, as a built-in element's reflecting property does.
      // eslint-disable-next-line @typescript-eslint/no-base-to-string
      else this.setAttribute(attribute, String(value));
    },
  });
}

declare global {
  interface HTMLElementTagNameMap {
    'meta-ai-optout': MetaAiOptout;
  }
}
