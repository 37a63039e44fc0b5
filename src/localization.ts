/**
 * Which language the widgets speak. msg() reads one active locale per page, so all
 * widgets on a page speak one language, chosen by a fixed rule:
 *
 *   the language of the first connected <meta-ai-optout> in document order.
 *
 * Each widget's own wish follows the DOM: its `lang`, the closest ancestor's `lang`,
 * `<html lang>`, then the browser's languages, then English. A widget whose wish
 * differs from the page's language warns once and shows the page's language.
 * Locale modules are fetched only when needed, one chunk per language.
 */
import type {LocaleModule} from '@lit/localize';
import {configureReentrantLocalization} from '@lit/localize/init/reentrant.js';
import {sourceLocale, targetLocales} from './generated/locale-codes.js';
import {registerHandFormatter, type HandFormatter} from './intl-words.js';
import {firstMatch, type LocaleMatch} from './locale-match.js';

type Locale = typeof sourceLocale | (typeof targetLocales)[number];

// One literal import() per locale: rollup splits only string literals into chunks,
// and `satisfies` makes tsc catch a locale without a loader. English is a chunk too
// (written from the source by scripts/source-messages.mjs): a Dutch page should not
// download English it never shows.
const loaders = {
  en: () => import('./generated/locales/en.js'),
  bg: () => import('./generated/locales/bg.js'),
  cs: () => import('./generated/locales/cs.js'),
  da: () => import('./generated/locales/da.js'),
  de: () => import('./generated/locales/de.js'),
  el: () => import('./generated/locales/el.js'),
  es: () => import('./generated/locales/es.js'),
  et: () => import('./generated/locales/et.js'),
  fi: () => import('./generated/locales/fi.js'),
  fr: () => import('./generated/locales/fr.js'),
  ga: () => import('./intl-words/ga.js'), // messages and date words, one chunk
  hr: () => import('./generated/locales/hr.js'),
  hu: () => import('./generated/locales/hu.js'),
  is: () => import('./intl-words/is.js'), // messages and date words, one chunk
  it: () => import('./generated/locales/it.js'),
  lt: () => import('./generated/locales/lt.js'),
  lv: () => import('./generated/locales/lv.js'),
  mt: () => import('./intl-words/mt.js'), // messages and date words, one chunk
  nb: () => import('./generated/locales/nb.js'),
  nl: () => import('./generated/locales/nl.js'),
  pl: () => import('./generated/locales/pl.js'),
  pt: () => import('./generated/locales/pt.js'),
  ro: () => import('./generated/locales/ro.js'),
  sk: () => import('./generated/locales/sk.js'),
  sl: () => import('./generated/locales/sl.js'),
  sv: () => import('./generated/locales/sv.js'),
} satisfies Record<Locale, unknown>;

export const SUPPORTED_LOCALES: readonly string[] = Object.keys(loaders);

/**
 * What @lit/localize calls the source locale is, for us, no locale at all: the English
 * written in the msg() calls is blanked in the production build, and every language,
 * English included, is loaded before a widget shows its text.
 */
const NO_LOCALE = 'und';
const loaded = new Map<string, LocaleModule>();
/** The loaded language msg() reads; the page's language once it has arrived. */
let activeLocale = NO_LOCALE;

// The "reentrant" configuration leaves loading to us: this module already tracks the
// page's language, and configureLocalization's own tracking and status events would
// add 0.3 KB to do the same again.
configureReentrantLocalization({
  sourceLocale: NO_LOCALE,
  targetLocales: [...SUPPORTED_LOCALES],
  getLocale: () => activeLocale,
  loadLocaleSync: (locale) => loaded.get(locale),
});

const SOURCE: LocaleMatch = {locale: sourceLocale, tag: sourceLocale};

/** The closest ancestor's `lang`, looking through shadow roots to their hosts. */
function inheritedLang(element: Element): string | undefined {
  let node: Node | null = element.parentNode;
  while (node) {
    if (node instanceof Element) {
      const holder = node.closest('[lang]');
      if (holder) return holder.getAttribute('lang') ?? undefined;
      node = node.getRootNode();
    }
    node = node instanceof ShadowRoot ? node.host : null;
  }
  return undefined;
}

/** Connected widgets, each with the locale it asks for. */
const widgets = new Map<LocaleController, LocaleMatch>();
/** The page's language by the rule above: what its first widget asks for. */
let pageLocale = NO_LOCALE;
/** The language widgets show: the page's, or English if the page's could not be loaded. */
let shownLocale = NO_LOCALE;

/** The page's language, by the rule above, and a request to load it if needed. */
function choosePageLocale(): void {
  let first: LocaleController | undefined;
  for (const controller of widgets.keys()) {
    if (!first || first.host.compareDocumentPosition(controller.host) & Node.DOCUMENT_POSITION_PRECEDING) {
      first = controller;
    }
  }
  const wanted = first ? widgets.get(first)!.locale : pageLocale;
  if (wanted === pageLocale) return;
  pageLocale = wanted;
  show(wanted);
}

/**
 * Loads `locale` for every widget; English when it cannot, the fallback content when
 * neither can. Widgets show their fallback content while it loads.
 */
function show(locale: string): void {
  shownLocale = locale;
  renderAll();
  loaders[locale as Locale]().then(
    (module: LocaleModule & {formatter?: HandFormatter}) => {
      if (module.formatter) registerHandFormatter(locale, module.formatter);
      loaded.set(locale, module);
      if (shownLocale !== locale) return; // another language was chosen meanwhile
      activeLocale = locale;
      renderAll();
    },
    () => {
      if (shownLocale !== locale) return;
      const tryEnglish = locale !== sourceLocale;
      console.warn(
        `<meta-ai-optout>: could not load the "${locale}" translation; showing ${tryEnglish ? 'English' : 'the fallback content'}.`,
      );
      if (tryEnglish) show(sourceLocale);
    },
  );
}

/**
 * Re-renders every widget, a few per task: a page with a hundred widgets would
 * otherwise render them all in one long task and not answer input meanwhile.
 */
async function renderAll(): Promise<void> {
  const pending = [...widgets.keys()];
  while (pending.length > 0) {
    for (const controller of pending.splice(0, 10)) controller.host.requestUpdate();
    if (pending.length > 0) await new Promise((resolve) => setTimeout(resolve));
  }
}

// A `lang` anywhere in the document may change the locale a widget asks for.
const langObserver = new MutationObserver(() => {
  for (const controller of widgets.keys()) controller.refresh();
  choosePageLocale();
});

/** Keeps one widget's language in step with the DOM and the page. */
export class LocaleController {
  #warnedFor?: string;

  constructor(readonly host: HTMLElement & {requestUpdate(): void}) {}

  connected(): void {
    // Listen only while a widget is on the page, so the last one leaves nothing behind.
    if (widgets.size === 0) {
      langObserver.observe(document.documentElement, {attributes: true, attributeFilter: ['lang'], subtree: true});
    }
    widgets.set(this, SOURCE);
    this.refresh();
    choosePageLocale();
  }

  disconnected(): void {
    widgets.delete(this);
    if (widgets.size === 0) {
      langObserver.disconnect();
    }
    choosePageLocale();
  }

  /**
   * Re-read the language this widget asks for, from its place in the DOM: its own
   * `lang`, else the closest one around it, the page's, the browser's, then English.
   */
  refresh(): void {
    if (!widgets.has(this)) return;
    const own = this.host.getAttribute('lang');
    const ownMatch = own ? firstMatch([own], SUPPORTED_LOCALES) : undefined;
    const match =
      ownMatch ??
      firstMatch(
        [inheritedLang(this.host), document.documentElement.lang, ...navigator.languages],
        SUPPORTED_LOCALES,
      ) ??
      SOURCE;
    if (own && !ownMatch && this.#warnedFor !== own) {
      this.#warnedFor = own;
      console.warn(
        `<meta-ai-optout>: ignored lang=${JSON.stringify(own)}: not a language this widget speaks (${SUPPORTED_LOCALES.join(', ')}). Using ${match.locale}.`,
      );
    }
    const before = widgets.get(this);
    widgets.set(this, match);
    if (before?.tag !== match.tag) this.host.requestUpdate();
  }

  /** Re-read the DOM and re-choose the page language. */
  langChanged(): void {
    this.refresh();
    choosePageLocale();
  }

  /** True once the language to show is loaded: until then the widget shows its fallback. */
  get ready(): boolean {
    return activeLocale === shownLocale;
  }

  /**
   * The locale to show and the tag to format with: the widget's own full tag (de-AT)
   * when it speaks the language shown, else the language shown.
   */
  get shown(): LocaleMatch {
    const wish = widgets.get(this) ?? SOURCE;
    return wish.locale === shownLocale ? wish : {locale: shownLocale, tag: shownLocale};
  }

  /** The language this widget asked for, when the page shows another one. */
  get overruled(): {wanted: string; shown: string} | undefined {
    const wish = widgets.get(this);
    return wish && wish.locale !== pageLocale ? {wanted: wish.locale, shown: pageLocale} : undefined;
  }
}
