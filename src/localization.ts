/**
 * Which language each widget speaks. Its wish follows the DOM: its `lang`, the closest
 * ancestor's `lang`, `<html lang>`, then the browser's languages, then English. Widgets
 * in several languages can share a page (a Belgian site: one Dutch, one French). Each
 * language's chunk is fetched once, when the first widget asks for it, and shared.
 */
import type {LocaleModule} from '@lit/localize';
import {configureReentrantLocalization} from '@lit/localize/init/reentrant.js';
import {sourceLocale} from './generated/locale-codes.js';
import {installLocale, LOADERS, SUPPORTED_LOCALES, type Locale} from './locales.js';
import {firstMatch, type LocaleMatch} from './locale-match.js';

/**
 * What @lit/localize calls the source locale is, for us, no locale at all: the English
 * written in the msg() calls is blanked in the production build, and every language,
 * English included, is loaded before a widget shows its text.
 */
const NO_LOCALE = 'und';
const loaded = new Map<string, LocaleModule>();
/** Each language asked for, once: its chunk's load, settled with whether it arrived. */
const loading = new Map<string, Promise<boolean>>();
const failed = new Set<string>();
/** The language of the widget rendering right now: msg() reads it at every call. */
let renderingLocale = NO_LOCALE;

// The "reentrant" configuration asks for the locale at every msg() call, so each
// widget renders in its own language (LocaleController.render sets it), and leaves
// loading to us, with no page-wide state or events to carry.
configureReentrantLocalization({
  sourceLocale: NO_LOCALE,
  targetLocales: [...SUPPORTED_LOCALES],
  getLocale: () => renderingLocale,
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

/**
 * Loads `locale`'s chunk once for every widget that asks for it; settles true when it
 * arrived. A chunk that fails warns once; the widgets asking for it then show English,
 * or, when English fails too, their fallback content.
 */
function load(locale: string): Promise<boolean> {
  let promise = loading.get(locale);
  if (!promise) {
    promise = LOADERS[locale as Locale]().then(
      (module) => {
        loaded.set(locale, installLocale(locale as Locale, module));
        return true;
      },
      () => {
        const english = locale === sourceLocale ? 'the fallback content' : 'English';
        console.warn(`<meta-ai-optout>: could not load the "${locale}" translation; showing ${english}.`);
        failed.add(locale);
        return false;
      },
    );
    loading.set(locale, promise);
    // Never rejects: a chunk that fails to load settles false.
    void promise.then(() => renderAll((controller) => controller.wants(locale)));
  }
  return promise;
}

/**
 * Re-renders the widgets that `which` picks, a few per task: a page with a hundred
 * widgets would otherwise render them all in one long task and not answer input.
 */
async function renderAll(which: (controller: LocaleController) => boolean): Promise<void> {
  const pending = [...widgets.keys()].filter(which);
  while (pending.length > 0) {
    for (const controller of pending.splice(0, 10)) controller.host.requestUpdate();
    if (pending.length > 0) await new Promise((resolve) => setTimeout(resolve));
  }
}

// A `lang` anywhere in the document may change the locale a widget asks for.
const langObserver = new MutationObserver(() => {
  for (const controller of widgets.keys()) controller.refresh();
});

/** Keeps one widget's language in step with the DOM, and renders its text in it. */
export class LocaleController {
  #warnedFor?: string;

  constructor(readonly host: HTMLElement & {requestUpdate(): void}) {}

  connected(): void {
    // Listen only while a widget is on the page, so the last one leaves nothing behind.
    if (widgets.size === 0) {
      langObserver.observe(document.documentElement, {attributes: true, attributeFilter: ['lang'], subtree: true});
    }
    widgets.set(this, SOURCE);
    this.refresh(true);
  }

  disconnected(): void {
    widgets.delete(this);
    if (widgets.size === 0) langObserver.disconnect();
  }

  /**
   * Re-read the language this widget asks for, from its place in the DOM: its own
   * `lang`, else the closest one around it, the page's, the browser's, then English.
   */
  refresh(force = false): void {
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
    if (force || before?.tag !== match.tag) {
      void load(match.locale).then((arrived) => arrived || load(sourceLocale));
      this.host.requestUpdate();
    }
  }

  /** True when this widget asks for `locale`, or for a language that failed (English stands in). */
  wants(locale: string): boolean {
    const wish = widgets.get(this)?.locale ?? sourceLocale;
    return wish === locale || (locale === sourceLocale && failed.has(wish));
  }

  /**
   * The locale this widget shows and the tag to format with: the language it asks for
   * (with its full tag, de-AT, for Intl) once loaded, else English if that language
   * failed; undefined until one has arrived, while the widget shows its fallback.
   */
  get shown(): LocaleMatch | undefined {
    const wish = widgets.get(this) ?? SOURCE;
    if (loaded.has(wish.locale)) return wish;
    return failed.has(wish.locale) && loaded.has(sourceLocale) ? SOURCE : undefined;
  }

  /** `template()` with msg() reading this widget's language. */
  render<T>(locale: string, template: () => T): T {
    renderingLocale = locale;
    try {
      return template();
    } finally {
      renderingLocale = NO_LOCALE;
    }
  }
}
