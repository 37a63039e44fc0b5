/**
 * Every language the widget speaks, and what one brings: shared by the widget
 * (localization.ts, which loads a language when a widget asks for it) and the snippet
 * generator (snippet.ts, which bundles them all). Both lists of modules are written
 * from lit-localize.json by `npm run localize`, so adding a language there is enough.
 */
import type {LocaleModule} from '@lit/localize';
// In this order, the entry's modules sit as before and it compresses 55 B smaller.
import {registerHandFormatter, type HandFormatter} from './intl-words.js';
import {knownDates} from './format.js';
import {LOADERS} from './generated/locale-loaders.js';

export {LOADERS};

export type Locale = keyof typeof LOADERS;

/** English first, then the translations, as lit-localize.json lists them. */
export const SUPPORTED_LOCALES = Object.keys(LOADERS) as readonly Locale[];

/** A language's module: its messages, and a hand formatter or the dates the build formatted. */
type LanguageModule = LocaleModule & {formatter?: HandFormatter; knownDates?: typeof knownDates};

/**
 * Installs what `locale`'s module brings besides its messages, a hand formatter
 * (src/intl-words/) or the dates the build formatted (scripts/known-dates.mjs), so the
 * live widget and the prerendered snippet say the same; returns the module.
 */
export function installLocale(locale: Locale, module: LanguageModule): LocaleModule {
  if (module.formatter) registerHandFormatter(locale, module.formatter);
  Object.assign(knownDates, module.knownDates);
  return module;
}
