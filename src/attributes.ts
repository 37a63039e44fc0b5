/**
 * Attribute parsing, pure. Each parser takes what the page author typed and returns
 * either a value or the reason it was refused; the element then warns once and uses
 * the default. Nothing here throws, whatever the input.
 */
import {lastDayOf, type Deadline} from './deadline.js';
import {DEFAULT_DEADLINE, DEFAULT_PLATFORMS, FORM_URLS, PLATFORMS, type Platform} from './facts.js';

export const VARIANTS = ['card', 'compact', 'banner'] as const;
export const THEMES = ['auto', 'light', 'dark'] as const;
export type Variant = (typeof VARIANTS)[number];
export type Theme = (typeof THEMES)[number];

export type Parsed<T> = {readonly ok: true; readonly value: T} | {readonly ok: false; readonly reason: string};

const ok = <T>(value: T): Parsed<T> => ({ok: true, value});
const refuse = <T>(reason: string): Parsed<T> => ({ok: false, reason});

/**
 * An ISO 8601 instant with an explicit offset (or Z). A date without a time zone is
 * refused rather than guessed: "2025-05-27" means a different moment in every zone.
 */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/i;

export function parseInstant(value: string): Parsed<number> {
  const trimmed = value.trim();
  if (!ISO_INSTANT.test(trimmed)) {
    return refuse('expected an ISO 8601 date and time with an offset, such as 2025-05-27T00:00:00+02:00');
  }
  const instant = Date.parse(trimmed);
  return Number.isFinite(instant) ? ok(instant) : refuse('this date does not exist');
}

/** An instant, and its last day when it is a midnight in the offset it was written with. */
export function parseDeadline(value: string): Parsed<Deadline> {
  const parsed = parseInstant(value);
  return parsed.ok ? ok({at: parsed.value, lastDay: lastDayOf(value.trim())}) : parsed;
}

/** Only https: a form link must never become `javascript:`, `data:` or plain http. */
export function parseHttpsUrl(value: string): Parsed<string> {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return refuse('expected an absolute https:// URL');
  }
  if (url.protocol !== 'https:') return refuse('only https:// links are allowed');
  if (url.username || url.password) return refuse('a link must not carry a user name or password');
  return ok(url.href);
}

export function parseHeadingLevel(value: string): Parsed<number> {
  return /^\s*[1-6]\s*$/.test(value) ? ok(Number(value)) : refuse('expected a whole number from 1 to 6');
}

/** Space-separated platforms; unknown ones are refused, duplicates dropped. */
export function parsePlatforms(value: string): Parsed<Platform[]> {
  const words = value.toLowerCase().split(/\s+/).filter(Boolean);
  const unknown = words.filter((word) => !(PLATFORMS as readonly string[]).includes(word));
  if (unknown.length > 0 || words.length === 0) {
    return refuse(`expected one or more of: ${PLATFORMS.join(' ')}`);
  }
  return ok([...new Set(words as Platform[])]);
}

/** `value` when it is one of `allowed`, for enumerated attributes such as `theme`. */
export function parseKeyword<T extends string>(value: string, allowed: readonly T[]): Parsed<T> {
  const word = value.trim().toLowerCase();
  return (allowed as readonly string[]).includes(word)
    ? ok(word as T)
    : refuse(`expected one of: ${allowed.join(', ')}`);
}

/**
 * The warning for a refused value. The value is quoted with JSON.stringify and cut,
 * so control characters and a megabyte of junk stay readable in the console.
 */
export function refusalMessage(attribute: string, value: string, reason: string, fallback: string): string {
  const shown = value.length > 80 ? `${value.slice(0, 80)}…` : value;
  return `<meta-ai-optout>: ignored ${attribute}=${JSON.stringify(shown)}: ${reason}. Using ${fallback}.`;
}

export interface Setting<T> {
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
export const SETTINGS = {
  deadline: setting(
    parseDeadline,
    {at: Date.parse(DEFAULT_DEADLINE), lastDay: lastDayOf(DEFAULT_DEADLINE)},
    DEFAULT_DEADLINE,
  ),
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
export type Attribute = keyof typeof SETTINGS;
export type Settings = {-readonly [A in Attribute]: (typeof SETTINGS)[A]['fallback']};
