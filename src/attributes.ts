/**
 * The attributes a page sets, in one table, and the pure parsers that read them. The
 * element, its typings (src/react.ts too), custom-elements.json and the tests all read
 * this table; add an attribute, a variant or a theme here and nowhere else but where
 * it is used (its rendering, its styles, the README).
 *
 * Each parser takes what the page author typed and returns either a value or the
 * reason it was refused; the element then warns once and uses the default. Nothing
 * here throws, whatever the input.
 */
import {lastDayOf, type Deadline} from './deadline.js';
import {DEFAULT_DEADLINE, DEFAULT_PLATFORMS, FORM_URLS, PLATFORMS, type Platform} from './facts.js';

/**
 * The layouts, the default first, and what the template (content.ts) does differently
 * for each: whether the explanation folds behind "Read more". A layout's rules are
 * `.base.<layout>` in meta-ai-optout.styles.ts (scripts/build.test.mjs fails for one
 * without them), and its description for editors is in snippet.ts's CHOICES, typed by
 * this table: a layout left out there does not compile.
 */
export const LAYOUTS = {
  card: {readMore: false},
  compact: {readMore: true},
  banner: {readMore: true},
} as const satisfies Record<string, {readonly readMore: boolean}>;
export type Variant = keyof typeof LAYOUTS;
export const VARIANTS = Object.keys(LAYOUTS) as readonly Variant[];
export const THEMES = ['auto', 'light', 'dark'] as const;
export const HEADING_LEVELS = ['1', '2', '3', '4', '5', '6'] as const;
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
  const word = value.trim();
  return (HEADING_LEVELS as readonly string[]).includes(word)
    ? ok(Number(word))
    : refuse(`expected a whole number from ${HEADING_LEVELS[0]} to ${HEADING_LEVELS[HEADING_LEVELS.length - 1]}`);
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

/** One attribute: how it is read, and what stands while it is absent or refused. */
export interface Attribute<T> {
  readonly parse: (value: string) => Parsed<T>;
  /** In force while the attribute is absent, or refused. */
  readonly fallback: T;
  /** The fallback as the warning names it. */
  readonly fallbackText: string;
  /** The fallback as a page would write it, where it can be written: the manifest's default. */
  readonly written?: string;
  /** Every value a page may write, where they are few: the manifest's and React's types. */
  readonly keywords?: readonly string[];
  /** A boolean attribute, as HTML's are: present (any value, even none) is true. */
  readonly boolean?: true;
}

/**
 * An attribute whose default is a value a page could write, read by the attribute's
 * own parser (test/unit.test.ts checks that each one parses), so the default is
 * written once and the warning quotes it as a page would write it.
 */
const written = <T>(parse: (value: string) => Parsed<T>, text: string): Attribute<T> => ({
  parse,
  fallback: (parse(text) as {value: T}).value,
  fallbackText: JSON.stringify(text),
  written: text,
});

/** An enumerated attribute, such as `theme`. */
const keyword = <const K extends string>(keywords: readonly K[], fallback: NoInfer<K>) => ({
  ...written((value) => parseKeyword(value, keywords), fallback),
  keywords,
});

/**
 * A boolean attribute, such as a `hide-footer` would be: true while present, whatever
 * its value, false while absent. Its property is a boolean too (`el.hideFooter = true`).
 */
export const flag = (): Attribute<boolean> & {readonly boolean: true} => ({
  parse: () => ok(true),
  fallback: false,
  fallbackText: 'absent (false)',
  boolean: true,
});

/** An attribute whose absence means "none": no link, the real time. */
const absent = <T>(parse: (value: string) => Parsed<T>, fallbackText: string): Attribute<T | undefined> => ({
  parse,
  fallback: undefined,
  fallbackText,
});

/**
 * Every attribute a page sets. Its JSDoc is the attribute's description in
 * custom-elements.json (custom-elements-manifest.config.mjs reads it); its property
 * is its name in camelCase (`facebook-href`, `facebookHref`), as built-in elements do.
 */
export const ATTRIBUTES = {
  /** The objection deadline: an ISO 8601 instant with an offset. */
  deadline: written(parseDeadline, DEFAULT_DEADLINE),
  /** Space-separated form links to show: any of `facebook instagram whatsapp`. */
  platforms: written(parsePlatforms, DEFAULT_PLATFORMS.join(' ')),
  /** Overrides the Facebook form URL (https only). */
  'facebook-href': written(parseHttpsUrl, FORM_URLS.facebook),
  /** Overrides the Instagram form URL (https only). */
  'instagram-href': written(parseHttpsUrl, FORM_URLS.instagram),
  /** Overrides the WhatsApp data-rights form URL (https only). */
  'whatsapp-href': written(parseHttpsUrl, FORM_URLS.whatsapp),
  /** The host's own article, or its data protection authority (https only). */
  'more-info-href': absent(parseHttpsUrl, 'no link'),
  /** Level of the main heading, 1 to 6; sub-headings take the next level. */
  'heading-level': {...written(parseHeadingLevel, '2'), keywords: HEADING_LEVELS},
  /** Layout: `card` (everything), `compact` or `banner` (the explanation behind a disclosure). */
  variant: keyword(VARIANTS, 'card'),
  /** Colours: `auto` follows the page's colour scheme (dark only where the page supports it). */
  theme: keyword(THEMES, 'auto'),
  /** Freezes the widget's clock at this ISO 8601 instant, for demos and screenshots. */
  now: absent(parseInstant, 'the real time'),
} satisfies Record<string, Attribute<unknown>>;

export type AttributeName = keyof typeof ATTRIBUTES;

/** The value each attribute holds in force: as read, or its fallback. */
export type InForce = {-readonly [A in AttributeName]: (typeof ATTRIBUTES)[A]['fallback']};

/** What a page may write in attribute `A`: one of its keywords, any string, or (boolean) whether it is there. */
export type WrittenValue<A extends AttributeName> = WrittenIn<(typeof ATTRIBUTES)[A]>;
type WrittenIn<Row> = Row extends {readonly boolean: true}
  ? boolean
  : Row extends {readonly keywords: readonly (infer K extends string)[]}
    ? K
    : string;

/** `facebook-href` → `facebookHref`. */
export type PropertyName<A extends string> = A extends `${infer Head}-${infer Tail}`
  ? `${Head}${Capitalize<PropertyName<Tail>>}`
  : A;

export const propertyName = <A extends string>(attribute: A): PropertyName<A> =>
  attribute.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase()) as PropertyName<A>;

/**
 * The properties of a table's attributes: each reads and writes its attribute, as a
 * built-in element's do. Absent reads as null; a value the widget refuses stays as
 * written; a boolean attribute's property is whether it is there.
 */
export type PropertiesOf<Table> = {
  [A in keyof Table & string as PropertyName<A>]: Table[A] extends {readonly boolean: true} ? boolean : string | null;
};

/** The element's properties, one per row of ATTRIBUTES. */
export type AttributeProperties = PropertiesOf<typeof ATTRIBUTES>;
