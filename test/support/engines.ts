/**
 * Which engine a test runs in, and the places where engines write different words
 * that are both correct. A test accepts such a difference only when it is listed here
 * with its engine and its reason: nothing else is loosened.
 */
export type Engine = 'Chromium' | 'Firefox' | 'WebKit';

export const engine: Engine = navigator.userAgent.includes('Firefox/')
  ? 'Firefox'
  : navigator.userAgent.includes('Chrome/')
    ? 'Chromium'
    : 'WebKit';

interface Difference {
  readonly engine: Engine;
  readonly locale: string;
  /** What the other engines write, as the tests expect it. */
  readonly expected: string;
  /** What this engine writes instead. */
  readonly instead: string;
  readonly why: string;
}

export const ENGINE_DIFFERENCES: readonly Difference[] = [
  {
    engine: 'WebKit',
    locale: 'pl',
    expected: '2 dni i 5 godzin',
    instead: '2 doby i 5 godzin',
    why: 'WebKitGTK formats with the system ICU 72, whose CLDR writes a day of a duration as "doba" (a 24-hour day, correct Polish); the newer CLDR of Chromium and Firefox writes "dzień".',
  },
];

/** `expected`, or the listed difference this engine writes instead. */
export function inThisEngine(locale: string, expected: string): string {
  const difference = ENGINE_DIFFERENCES.find(
    (d) => d.engine === engine && d.locale === locale && d.expected === expected,
  );
  return difference ? difference.instead : expected;
}
