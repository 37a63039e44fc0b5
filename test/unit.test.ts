/** The pure modules: deadline maths, attribute parsing, locale matching, formatting. */
import {expect} from '@open-wc/testing';
import {lastDayOf, nextVisibleChange, phaseAt, timeLeft} from '../src/deadline.js';
import {
  ATTRIBUTES,
  flag,
  parseHeadingLevel,
  parseHttpsUrl,
  parseInstant,
  parseKeyword,
  parsePlatforms,
  propertyName,
  refusalMessage,
  type Attribute,
  type PropertiesOf,
} from '../src/attributes.js';
import {firstMatch, intlTag, matchLocale} from '../src/locale-match.js';
import {formatTimeLeft} from '../src/format.js';
import {inThisEngine} from './support/engines.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const deadline = Date.parse('2025-05-27T00:00:00+02:00');

describe('deadline maths', () => {
  it('is countdown before the deadline and passed from the deadline on', () => {
    expect(phaseAt(deadline - 1, deadline)).to.equal('countdown');
    expect(phaseAt(deadline, deadline)).to.equal('passed');
    expect(phaseAt(deadline + DAY, deadline)).to.equal('passed');
  });

  const cases: [string, number, object][] = [
    ['days and hours when far away', 12 * DAY + 5 * HOUR, {days: 12, hours: 5}],
    ['rounds the hours up, never down to zero', 12 * DAY + 4 * HOUR + 1, {days: 12, hours: 5}],
    ['carries 24 rounded hours into a day', 2 * DAY + 23 * HOUR + 30 * MINUTE, {days: 3, hours: 0}],
    ['hours and minutes at exactly two days', 2 * DAY, {hours: 48, minutes: 0}],
    ['hours and minutes in the last two days', 47 * HOUR + 59 * MINUTE, {hours: 47, minutes: 59}],
    ['one minute when seconds are left', 30_000, {hours: 0, minutes: 1}],
    ['nothing at the deadline', 0, {hours: 0, minutes: 0}],
  ];
  for (const [name, left, expected] of cases) {
    it(`time left: ${name}`, () => expect(timeLeft(deadline - left, deadline)).to.deep.equal(expected));
  }

  it('next change: the next hour boundary far away, the next minute near, none after', () => {
    expect(nextVisibleChange(deadline - 12 * DAY - 30 * MINUTE, deadline)).to.equal(deadline - 12 * DAY);
    expect(nextVisibleChange(deadline - 10 * MINUTE - 1, deadline)).to.equal(deadline - 10 * MINUTE);
    expect(nextVisibleChange(deadline - 30_000, deadline)).to.equal(deadline);
    expect(nextVisibleChange(deadline, deadline)).to.equal(undefined);
  });

  it('the countdown text changes exactly at each next change', () => {
    for (let now = deadline - 3 * DAY; now < deadline;) {
      const next = nextVisibleChange(now, deadline)!;
      expect(next).to.be.greaterThan(now);
      expect(timeLeft(next - 1, deadline)).to.deep.equal(timeLeft(now, deadline));
      expect(timeLeft(next, deadline)).not.to.deep.equal(timeLeft(now, deadline));
      now = next;
    }
  });
});

describe('the last day of a deadline', () => {
  const cases: [string, string | undefined][] = [
    ['2025-05-27T00:00:00+02:00', '2025-05-26'],
    ['2025-05-27T00:00+02:00', '2025-05-26'],
    ['2025-05-27T00:00:00.000Z', '2025-05-26'],
    ['2025-05-27t00:00:00z', '2025-05-26'],
    ['2024-03-01T00:00:00+01:00', '2024-02-29'],
    ['2025-01-01T00:00:00-12:00', '2024-12-31'],
    ['0099-01-01T00:00:00Z', '0098-12-31'],
    ['2025-05-27T00:00:01+02:00', undefined],
    ['2025-05-27T00:00:00.5+02:00', undefined],
    ['2025-05-26T12:00:00+01:00', undefined],
    ['2025-05-27T24:00:00+02:00', undefined],
  ];
  for (const [deadline, lastDay] of cases) {
    it(`${deadline}: ${lastDay ?? 'a moment, no last day'}`, () => {
      expect(lastDayOf(deadline)).to.equal(lastDay);
    });
  }
});

describe('attribute parsing', () => {
  it('accepts ISO 8601 instants with an offset', () => {
    expect(parseInstant('2025-05-27T00:00:00+02:00')).to.deep.equal({
      ok: true,
      value: Date.parse('2025-05-26T22:00:00Z'),
    });
    expect(parseInstant(' 2025-05-26T22:00Z ')).to.deep.equal({ok: true, value: Date.parse('2025-05-26T22:00:00Z')});
  });
  for (const bad of [
    '2025-05-27',
    'tomorrow',
    '27/05/2025',
    '2025-13-01T00:00:00Z',
    '2025-05-27T25:00:00Z',
    '',
    '<b>2025</b>',
  ]) {
    it(`refuses the instant ${JSON.stringify(bad)}`, () => expect(parseInstant(bad).ok).to.equal(false));
  }

  it('accepts https URLs and normalises them', () => {
    expect(parseHttpsUrl('https://example.org/a b')).to.deep.equal({ok: true, value: 'https://example.org/a%20b'});
  });
  for (const bad of [
    'http://example.org/',
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,<b>x</b>',
    '//example.org',
    '/relative',
    'https://user:pw@example.org/',
    'not a url',
  ]) {
    it(`refuses the URL ${JSON.stringify(bad)}`, () => expect(parseHttpsUrl(bad).ok).to.equal(false));
  }

  it('parses heading levels 1 to 6 only', () => {
    expect(parseHeadingLevel('3')).to.deep.equal({ok: true, value: 3});
    for (const bad of ['0', '7', '9', '2.5', 'h2', '']) expect(parseHeadingLevel(bad).ok, bad).to.equal(false);
  });

  it('parses platforms, case-insensitive, without duplicates', () => {
    expect(parsePlatforms(' Instagram  facebook instagram ')).to.deep.equal({
      ok: true,
      value: ['instagram', 'facebook'],
    });
    expect(parsePlatforms('facebook tiktok').ok).to.equal(false);
    expect(parsePlatforms('   ').ok).to.equal(false);
  });

  it('parses keywords', () => {
    expect(parseKeyword(' Compact', ['card', 'compact'] as const)).to.deep.equal({ok: true, value: 'compact'});
    expect(parseKeyword('huge', ['card', 'compact'] as const).ok).to.equal(false);
  });

  it('parses heading levels with spaces around them', () => {
    expect(parseHeadingLevel(' 6 ')).to.deep.equal({ok: true, value: 6});
    expect(parseHeadingLevel('1e0').ok).to.equal(false);
  });

  it('quotes and shortens the refused value in the warning', () => {
    const message = refusalMessage('deadline', `"\n${'x'.repeat(500)}`, 'bad', 'the default');
    expect(message).to.contain('deadline="\\"\\n');
    expect(message.length).to.be.lessThan(200);
  });
});

describe('the attribute table', () => {
  const rows = Object.entries(ATTRIBUTES) as [string, Attribute<unknown>][];

  for (const [name, {parse, fallback, written, keywords}] of rows) {
    if (written !== undefined) {
      it(`${name}: its default, as written, is a value its parser takes, and is its fallback`, () => {
        expect(parse(written)).to.deep.equal({ok: true, value: fallback});
        if (keywords) expect(keywords).to.include(written);
      });
    }
    for (const word of keywords ?? []) {
      it(`${name}: accepts its keyword ${JSON.stringify(word)}`, () => expect(parse(word).ok).to.equal(true));
    }
  }

  it('names each default in the warning as a page would write it, or in words', () => {
    expect(ATTRIBUTES['heading-level'].fallbackText).to.equal('"2"');
    expect(ATTRIBUTES.platforms.fallbackText).to.equal('"facebook instagram"');
    expect(ATTRIBUTES.variant.fallbackText).to.equal('"card"');
    expect(ATTRIBUTES.now.fallbackText).to.equal('the real time');
    expect(ATTRIBUTES['more-info-href'].fallbackText).to.equal('no link');
  });

  it('names each property after its attribute, in camelCase', () => {
    expect(['more-info-href', 'variant'].map(propertyName)).to.deep.equal(['moreInfoHref', 'variant']);
  });

  it('refuses a heading level outside its keywords', () => {
    for (const bad of ['0', '7']) expect(ATTRIBUTES['heading-level'].parse(bad).ok, bad).to.equal(false);
  });
});

/** True only when A and B are the same type (not merely assignable either way). */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

describe('a boolean attribute (the table can hold one; the widget has none yet)', () => {
  const table = {'hide-footer': flag(), variant: ATTRIBUTES.variant};

  it('types its property as a boolean, and every other as the string written', () => {
    // Checked by the typecheck: a boolean row that made a `string | null` property fails it.
    const typed: Equal<PropertiesOf<typeof table>, {hideFooter: boolean; variant: string | null}> = true;
    expect(typed).to.equal(true);
  });

  it('is true while present, whatever its value, and false while absent', () => {
    const {parse, fallback} = table['hide-footer'];
    for (const value of ['', 'hide-footer', 'false'])
      expect(parse(value), value).to.deep.equal({ok: true, value: true});
    expect(fallback).to.equal(false);
  });
});

describe('locale matching', () => {
  const supported = ['en', 'de', 'fr', 'nl', 'nb', 'pt'];
  const cases: [string, string | undefined, string | undefined][] = [
    ['nl', 'nl', 'nl'],
    ['nl-BE', 'nl', 'nl-BE'],
    ['de-AT', 'de', 'de-AT'],
    ['pt-BR', 'pt', 'pt-BR'],
    ['en-GB', 'en', 'en-GB'],
    ['FR-be', 'fr', 'fr-BE'],
    ['no', 'nb', 'no'],
    ['nn-NO', 'nb', 'nn-NO'],
    ['ja', undefined, undefined],
    ['en_US', undefined, undefined],
    ['', undefined, undefined],
  ];
  for (const [input, locale, tag] of cases) {
    it(`${JSON.stringify(input)} → ${locale ?? 'no match'}`, () => {
      const match = matchLocale(input, supported);
      expect(match?.locale).to.equal(locale);
      expect(match?.tag).to.equal(tag);
    });
  }

  it('formats bare English the European way, and keeps any region', () => {
    expect([intlTag('en'), intlTag('en-US'), intlTag('en-IE'), intlTag('de')]).to.deep.equal([
      'en-GB',
      'en-US',
      'en-IE',
      'de',
    ]);
  });

  it('takes the first candidate that matches', () => {
    expect(firstMatch([null, 'ja', 'de-CH', 'fr'], supported)).to.deep.equal({locale: 'de', tag: 'de-CH'});
    expect(firstMatch(['ja', 'zh'], supported)).to.equal(undefined);
  });
});

describe('time left, formatted by Intl', () => {
  const cases: [string, object, string][] = [
    ['en', {days: 12, hours: 5}, '12 days, 5 hours'],
    ['en', {days: 1, hours: 0}, '1 day'],
    ['nl', {days: 12, hours: 5}, '12 dagen en 5 uur'],
    ['de', {days: 12, hours: 1}, '12 Tage, 1 Stunde'],
    ['fr', {hours: 3, minutes: 1}, '3 heures et 1 minute'],
    ['pl', {days: 2, hours: 5}, '2 dni i 5 godzin'],
  ];
  for (const [locale, left, expected] of cases) {
    // Intl uses no-break spaces in some locales; compare the words.
    it(`${locale}: ${expected}`, () =>
      expect(formatTimeLeft(locale, left as never).replace(/\s/g, ' ')).to.equal(inThisEngine(locale, expected)));
  }
});
