/**
 * The snippet a page pastes: the element with its attributes, the widget already
 * rendered inside it as a declarative shadow root (painted with the page, before any
 * script, and shown without one), the host's message, fallback links for a CMS that
 * strips `<template>`, and one module script that upgrades it in place.
 *
 * One generator, two doors: rollup builds this file to dist/snippet.js, which the
 * command line (bin/meta-ai-optout.mjs) imports in Node and the configurator imports
 * in the browser, from the same folder. The widget is rendered from its own
 * templates (content.ts's widget(), with view.ts's widgetView()) by Lit's server
 * renderer, which runs in both; so both doors give the same snippet, synchronously,
 * without a DOM, a live element or a language chunk to wait for. It is not part of
 * the widget's entry: visitors never download it.
 *
 * Where it is pasted decides its form (`target`, see TARGETS): what a plain page keeps
 * whole, a CMS's filters rewrite or strip, so each form is written for what its
 * pipeline keeps, and leaves a readable page where that pipeline strips the rest.
 *
 * Nothing the caller passes reaches the snippet unchecked: attribute values go
 * through the widget's own parsers (a refused one is left out and reported), text
 * and attribute values are escaped, and the accent colour must look like a colour.
 */
import {configureReentrantLocalization} from '@lit/localize/init/reentrant.js';
import type {LocaleModule} from '@lit/localize';
import {collectResultSync} from '@lit-labs/ssr/lib/render-result.js';
import type {ElementRenderer} from '@lit-labs/ssr/lib/element-renderer.js';
import {renderValue} from '@lit-labs/ssr/lib/render-value.js';
import {
  ATTRIBUTES,
  HEADING_LEVELS,
  THEMES,
  VARIANTS,
  type Attribute,
  type AttributeName,
  type InForce,
  type Variant,
} from './attributes.js';
import {linkLabel, summary, widget} from './content.js';
import {firstMatch} from './locale-match.js';
import {MODULES} from './generated/locale-modules.js';
import {installLocale, SUPPORTED_LOCALES, type Locale} from './locales.js';
import {CSS_TEXT} from './meta-ai-optout.styles.js';
import {DEFAULT_PLATFORMS, FORM_URLS, PLATFORMS} from './facts.js';
import {RELEASE} from './release.js';
import {widgetView} from './view.js';

// Every language, bundled: a configurator offers them all.
const MESSAGES = Object.fromEntries(
  SUPPORTED_LOCALES.map((locale) => [locale, installLocale(locale, MODULES[locale]).templates]),
) as Record<Locale, LocaleModule['templates']>;

/** The options that are attributes, and the attribute each one is. */
const ATTRIBUTE_OPTIONS = {
  variant: 'variant',
  theme: 'theme',
  platforms: 'platforms',
  facebookHref: 'facebook-href',
  instagramHref: 'instagram-href',
  whatsappHref: 'whatsapp-href',
  moreInfoHref: 'more-info-href',
  headingLevel: 'heading-level',
  deadline: 'deadline',
  frozenAt: 'now',
} as const satisfies Partial<Record<keyof SnippetOptions, AttributeName>>;

// Every attribute of the table is an option: one added there and not here is a type
// error naming it ("… is not assignable to type '"hide-footer"'").
type WithoutOption = Exclude<AttributeName, (typeof ATTRIBUTE_OPTIONS)[keyof typeof ATTRIBUTE_OPTIONS]>;
const everyAttributeIsAnOption: [WithoutOption] extends [never] ? true : WithoutOption = true;
void everyAttributeIsAnOption;

/**
 * The values each setting takes, for tools that offer them as choices: the configurator
 * and the WordPress plugin, which validates a block's or a shortcode's values with them.
 */
export const CHOICES = {
  languages: SUPPORTED_LOCALES,
  variants: VARIANTS,
  /** Each layout as an editor reads it in the configurator and the plugin. */
  layouts: {
    card: 'Card: everything visible',
    compact: 'Compact: the explanation folds away',
    banner: 'Banner: like compact, for a full-width strip',
  } satisfies Record<Variant, string>,
  themes: THEMES,
  headingLevels: HEADING_LEVELS,
  platforms: PLATFORMS,
  defaultPlatforms: DEFAULT_PLATFORMS,
  formUrls: FORM_URLS,
  /** Each option that sets an attribute, and its value's type: the command line's flags. */
  attributeOptions: Object.fromEntries(
    Object.entries(ATTRIBUTE_OPTIONS).map(([option, attribute]) => [
      option,
      (ATTRIBUTES[attribute] as Attribute<unknown>).boolean ? 'boolean' : 'string',
    ]),
  ) as Record<keyof typeof ATTRIBUTE_OPTIONS, 'boolean' | 'string'>,
} as const;

/** msg() reads this module's language, as localization.ts's does for each widget. */
let renderingLocale = 'und';
configureReentrantLocalization({
  sourceLocale: 'und',
  targetLocales: [...SUPPORTED_LOCALES],
  getLocale: () => renderingLocale,
  loadLocaleSync: (locale) => ({templates: MESSAGES[locale as Locale]}),
});

/**
 * Where the snippet will be pasted, and what its form does there. The forms differ in
 * what a pipeline keeps: `page` carries the widget prerendered with its rules inline;
 * `wordpress` the same with its rules linked and its text written so WordPress's
 * filters find nothing to rewrite; `drupal` and `tinymce` no prerender (their editors
 * empty or unwrap a `<template>`), only the element and a readable fallback;
 * `sanitised` only that readable text, since no script survives there.
 */
export const TARGETS = {
  page: {
    where: 'a plain page or a theme file',
    reader: 'the whole widget from the first paint, with or without JavaScript',
  },
  wordpress: {
    where: "WordPress: a Custom HTML block, or the classic editor's Text tab",
    reader:
      'the whole widget from the first paint, for administrators and editors; where WordPress strips it (authors, contributors, site admins of a network), its text and links as a readable section',
  },
  drupal: {
    where: 'Drupal and other CKEditor 5 sites: Source editing in a text format',
    reader:
      'a sentence and the form links, which the script turns into the widget where the format keeps it (Full HTML)',
  },
  tinymce: {
    where: 'TinyMCE: its source code view',
    reader: 'a sentence and the form links, which the script turns into the widget where the editor keeps it',
  },
  sanitised: {
    where: 'anything that strips scripts: a comment box, a sanitised text format, a newsletter',
    reader: 'a sentence and the form links, nothing else',
  },
} as const;
export type Target = keyof typeof TARGETS;

export interface SnippetOptions {
  /** Where the snippet will be pasted (TARGETS); `page` by default. */
  readonly target?: Target;
  /** The widget's language, one of CHOICES.languages (a regional tag such as `nl-BE` is kept for dates). */
  readonly lang: string;
  /** The folder the widget's files are served from, ending in `/`: `https://cdn…/dist/`, `/dist/`. */
  readonly base: string;
  /** The attributes, as a page would write them; absent or empty means the widget's default. */
  readonly variant?: string;
  readonly theme?: string;
  readonly platforms?: string;
  readonly facebookHref?: string;
  readonly instagramHref?: string;
  readonly whatsappHref?: string;
  readonly moreInfoHref?: string;
  readonly headingLevel?: string | number;
  readonly deadline?: string;
  /** The host's own message, plain text: shown under the widget's introduction. */
  readonly message?: string;
  /** Pin this build: `integrity` and `crossorigin="anonymous"` on the script. */
  readonly pinned?: boolean;
  /** A CSS colour for `--meta-ai-optout-accent`. */
  readonly accent?: string;
  /**
   * For a site with a strict Content-Security-Policy: no `style` attribute (the
   * accent comes back as `accentRule`, for the site's stylesheet).
   */
  readonly strictCsp?: boolean;
  /**
   * Where the prerender's rules come from: `inline`, a `<style>` in the shadow root
   * (painted with it; a strict CSP needs `styleSrc` in its `style-src`), or `link`, the
   * stylesheet file beside the script (`style-src 'self'` or the files' origin).
   */
  readonly stylesheet?: 'inline' | 'link';
  /** The moment the prerender shows (a countdown's time left), epoch ms; now by default. */
  readonly now?: number;
  /**
   * Freezes the widget's clock at this ISO 8601 instant (its `now` attribute), for
   * screenshots: visitors then never see the real time. The prerender shows it too.
   */
  readonly frozenAt?: string;
}

export interface Refusal {
  /** The option, as named in SnippetOptions: `moreInfoHref`. */
  readonly option: string;
  readonly value: string;
  readonly reason: string;
}

export interface Snippet {
  /** The HTML to paste, or undefined when `lang` or `base` was refused. */
  readonly html: string | undefined;
  /** Each value left out, and why: for the configurator to show as an error. */
  readonly refusals: readonly Refusal[];
  /** With `strictCsp` and an accent: the rule for the site's own stylesheet. */
  readonly accentRule?: string;
  /** What the snippet's styles need in a CSP's `style-src` (undefined when the build did not record it). */
  readonly styleSrc?: string;
}

/** Escapes text for an HTML text node or a double-quoted attribute value. */
function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A colour without anything that could end the declaration: hex, a name, or a colour function. */
const COLOUR = /^(#[0-9a-f]{3,8}|[a-z]+|(rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\([\w\s.,%/+-]*\))$/i;

/** A folder URL: https, or a path on the page's own origin; never `javascript:`. */
function parseBase(value: string): {ok: true; value: string} | {ok: false; reason: string} {
  const trimmed = value.trim();
  if (!trimmed.endsWith('/')) return {ok: false, reason: 'expected the URL of a folder, ending in /'};
  let url: URL;
  try {
    url = new URL(trimmed, 'https://page.invalid/');
  } catch {
    return {ok: false, reason: 'expected a URL'};
  }
  if (url.protocol !== 'https:' && !/^https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?\//.test(trimmed)) {
    return {ok: false, reason: 'expected an https:// URL or a path on your own site'};
  }
  if (url.username || url.password) return {ok: false, reason: 'a URL must not carry a user name or password'};
  if (/["'<>\s]/.test(trimmed)) return {ok: false, reason: 'a URL must not contain quotes, spaces or angle brackets'};
  return {ok: true, value: trimmed};
}

/**
 * Reads each attribute option through the widget's own parser: the values the
 * widget would use (defaults for absent or refused ones), the attributes worth
 * writing (those that differ from the default), and the refusals.
 */
function readAttributes(options: SnippetOptions) {
  const settings = Object.fromEntries(
    Object.entries(ATTRIBUTES).map(([attribute, {fallback}]) => [attribute, fallback]),
  ) as InForce;
  const attributes: [string, string][] = [];
  const refusals: Refusal[] = [];
  for (const [option, attribute] of Object.entries(ATTRIBUTE_OPTIONS)) {
    // Absent, empty or false is left out: a boolean attribute's option says whether to write it.
    const raw: unknown = options[option as keyof typeof ATTRIBUTE_OPTIONS];
    if (raw === '' || (typeof raw !== 'string' && typeof raw !== 'number' && raw !== true)) continue;
    const value = String(raw);
    const row: Attribute<unknown> = ATTRIBUTES[attribute];
    const parsed = row.parse(value);
    if (!parsed.ok) {
      refusals.push({option, value, reason: parsed.reason});
      continue;
    }
    (settings as Record<AttributeName, unknown>)[attribute] = parsed.value;
    // Written as the widget understood it (a normalised URL, a lower-case keyword), a
    // boolean as present. (Deadline and now are written as typed: their parsed values
    // are a Deadline and a number.)
    const asText = (v: unknown) => [v].flat().map(String).join(' ');
    if (row.boolean) attributes.push([attribute, '']);
    else {
      const written = attribute === 'deadline' || attribute === 'now' ? value.trim() : asText(parsed.value);
      if (written !== asText(row.fallback)) attributes.push([attribute, written]);
    }
  }
  return {settings, attributes, refusals};
}

/** Lit's server renderer, without its hydration markers: the widget renders afresh on upgrade. */
function renderToString(template: unknown): string {
  const info = {
    elementRenderers: [],
    customElementInstanceStack: [],
    // The template is a shadow root's: its <slot>s need a host to belong to, and
    // this one, <meta-ai-optout>, has no server-side instance.
    customElementHostStack: [{element: undefined} as unknown as ElementRenderer],
    eventTargetStack: [],
    slotStack: [],
    deferHydration: false,
  };
  // Comments and <?> are its part markers; text and attribute values are escaped,
  // so none of them can contain "<".
  return collectResultSync(renderValue(template, info, false)).replace(/<!--[^]*?-->|<\?>/g, '');
}

/**
 * HTML that WordPress's text filters leave as it is. wptexturize rewrites quotes,
 * dashes, dots and `1x2` in text outside the few elements it skips (compared by letter
 * case, so no tag name can hide from it); convert_smilies turns `:)`, `;-)` and `8)`
 * into images. Every character they look for is written, in text only, as a character
 * reference: they leave references alone, and the HTML parser reads the same text. An
 * end tag is written without spaces (`</a >` is text to TinyMCE), and there are no
 * newlines, which wpautop would make `<br>`s. (wpautop's paragraphs around block tags
 * are left to the stylesheet: meta-ai-optout.css hides the empty ones it adds.)
 */
/** A run of white space with a line break renders as one space, in every element the widget has. */
const oneLine = (html: string) => html.replace(/\s*\n\s*/g, ' ');

const TEXT_OUTSIDE_TAGS = /(<[^>]*>)|&(?:#\d+|#x[\da-f]+|\w+);|[-'"`]|\.(?=\.)|(?<=\.)\.|[:;(](?=\S)|(?<=\d)x(?=\d)/gi;
function beyondWordPressFilters(html: string): string {
  return oneLine(html)
    .replace(/<\/(\w+)\s+>/g, '</$1>')
    .replace(TEXT_OUTSIDE_TAGS, (match: string, tag?: string) =>
      tag || match.startsWith('&') ? match : `&#${match.charCodeAt(0)};`,
    );
}

/** Where content.ts's topics() writes a folded topic's wide copy. */
const WIDE_COPY = '<div class="unfolded">';

/**
 * `shadow` with each folded topic's wide copy hidden by a style attribute (the
 * `wordpress` form's). It fails loudly rather than let a change to content.ts's markup
 * show every folded topic twice where kses strips the stylesheet.
 */
function withWideCopiesHidden(shadow: string): string {
  if (!shadow.includes(WIDE_COPY))
    throw new Error(`snippet.ts: the widget has no ${WIDE_COPY}; see topics() in content.ts`);
  return shadow.replaceAll(WIDE_COPY, '<div class="unfolded" style="height:0;overflow:hidden">');
}

/** `template()` with msg() reading `locale`. */
function inLocale<T>(locale: string, template: () => T): T {
  renderingLocale = locale;
  try {
    return template();
  } finally {
    renderingLocale = 'und';
  }
}

const attribute = ([name, value]: [string, string]) => ` ${name}="${escapeHtml(value)}"`;

/** The link out, as it must leave: no opener, no referrer (also where a sanitizer drops one of the two). */
const formLink = (href: string, label: string) =>
  `<a href="${escapeHtml(href)}" rel="noopener noreferrer" referrerpolicy="no-referrer">${escapeHtml(label)}</a>`;

/** The recommended snippet for `options`; see SnippetOptions and Snippet. */
export function createSnippet(options: SnippetOptions): Snippet {
  const {settings, attributes, refusals} = readAttributes(options);
  const match = firstMatch([options.lang], SUPPORTED_LOCALES);
  if (!match) {
    refusals.unshift({
      option: 'lang',
      value: String(options.lang),
      reason: `expected one of: ${SUPPORTED_LOCALES.join(', ')}`,
    });
  }
  const base = parseBase(String(options.base ?? ''));
  if (!base.ok) refusals.unshift({option: 'base', value: String(options.base), reason: base.reason});
  const target = options.target ?? 'page';
  if (!Object.hasOwn(TARGETS, target)) {
    refusals.unshift({
      option: 'target',
      value: String(target),
      reason: `expected one of: ${Object.keys(TARGETS).join(', ')}`,
    });
  }
  let accent: string | undefined;
  if (options.accent) {
    if (COLOUR.test(options.accent.trim())) accent = options.accent.trim();
    else refusals.push({option: 'accent', value: options.accent, reason: 'expected a CSS colour, such as #e2001a'});
  }
  // WordPress's filters rewrite the text of an inline <style>, and kses shows it as text
  // where it strips the tag: there the rules come as the file.
  const stylesheet = target === 'wordpress' ? 'link' : (options.stylesheet ?? 'inline');
  const styleSrc = stylesheet === 'inline' ? RELEASE.inlineStyle && `'${RELEASE.inlineStyle}'` : "'self'";
  const accentRule = options.strictCsp && accent ? `meta-ai-optout { --meta-ai-optout-accent: ${accent}; }` : undefined;
  if (!match || !base.ok || !Object.hasOwn(TARGETS, target)) return {html: undefined, refusals, accentRule, styleSrc};

  const folder = base.value;
  const {locale, tag} = match;
  const now = settings.now ?? options.now ?? Date.now();
  const view = widgetView(tag, settings, now, () => {});
  const {shadow, readable, fallback} = inLocale(locale, () => ({
    shadow: renderToString(widget(view)),
    readable: renderToString(summary(view)),
    fallback: settings.platforms
      .map((platform) => formLink(settings[`${platform}-href`], linkLabel(platform)))
      .join(' · '),
  }));
  const message = options.message?.replace(/\s+/g, ' ').trim();
  // Where only text and links survive: the widget in a sentence, the links, the message.
  const readablePage = `<p lang="${escapeHtml(tag)}">${readable}<br>${fallback}</p>${message ? `<p>${escapeHtml(message)}</p>` : ''}`;
  if (target === 'sanitised') return {html: readablePage, refusals, accentRule, styleSrc};

  const styles =
    stylesheet === 'inline'
      ? `<style>${CSS_TEXT}</style>`
      : `<link rel="stylesheet" href="${escapeHtml(folder)}meta-ai-optout.css"${
          options.pinned && RELEASE.stylesheet ? ` integrity="${RELEASE.stylesheet}" crossorigin="anonymous"` : ''
        }>`;

  const host: [string, string][] = [['lang', tag], ...attributes];
  if (accent && !options.strictCsp) host.push(['style', `--meta-ai-optout-accent: ${accent}`]);
  if (options.pinned && !RELEASE.entry) {
    refusals.push({option: 'pinned', value: 'true', reason: 'this build recorded no integrity hash'});
  }
  const pin = options.pinned && RELEASE.entry ? ` integrity="${RELEASE.entry}" crossorigin="anonymous"` : '';
  const script = [
    `<script type="module" src="${escapeHtml(folder)}meta-ai-optout.js"${pin}></script>`,
    `<link rel="modulepreload" href="${escapeHtml(folder)}locales/${locale}.js">`,
  ].join('');
  const open = `<meta-ai-optout${host.map(attribute).join('')}>`;
  // What stays in the light DOM is inline, so wpautop at most wraps it in one <p>.
  const slotted = message ? `<span>${escapeHtml(message)}</span>` : '';
  const forms: Record<Exclude<Target, 'sanitised'>, () => string> = {
    // Shown as the widget from the first paint; the fallback links are for browsers
    // without declarative shadow DOM.
    page: () =>
      `${script}${open}<template shadowrootmode="open">${styles}${oneLine(shadow)}</template><span slot="fallback">${fallback}${message ? '<br>' : ''}</span>${slotted}</meta-ai-optout>`,
    // No fallback links: every WordPress filter that strips the <template> keeps its
    // text, links included, so a second set would show twice. For the same reason the
    // wide copy of each folded topic (content.ts) is hidden by a style attribute kses
    // keeps (it drops `display`, not `height` and `overflow`) where it strips the
    // stylesheet; the stylesheet file shows it again where the topics stand side by
    // side (rollup.config.mjs), and a strict CSP ignores the attribute.
    wordpress: () =>
      beyondWordPressFilters(
        `${script}${open}<template shadowrootmode="open">${styles}${withWideCopiesHidden(shadow)}</template>${slotted}</meta-ai-optout>`,
      ),
    // CKEditor 5 keeps a <template> but empties it, which would hide the fallback too.
    // Inline only: a <p> or <div> inside the element would let wpautop's own <p>
    // close the element early, and its text would then show beside the widget.
    drupal: () =>
      `${script}${open}<span slot="fallback">${readable}<br>${fallback}${message ? '<br>' : ''}</span>${slotted}</meta-ai-optout>`,
    tinymce: () => forms.drupal(),
  };
  return {html: forms[target](), refusals, accentRule, styleSrc};
}
