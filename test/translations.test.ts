/**
 * Every language, complete and correct: the XLIFF files against the source and the
 * config, each language rendered, its GDPR Article 21 term present, plurals, units
 * and dates from Intl (or, for the languages with word lists, from those, in every engine).
 */
import {expect, html} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import {targetLocales} from '../src/generated/locale-codes.js';
import {SUPPORTED_LOCALES} from '../src/locales.js';
import {formatTimeLeft} from '../src/format.js';
import {handFormatter} from '../src/intl-words/hand-formatter.js';
import {words as maltese} from '../src/intl-words/mt-words.js';
import {$, defineElement, fixtureCleanup, HEADLINE, mount, text} from './support/widget.js';

before(defineElement);
afterEach(fixtureCleanup);

const BEFORE = '2025-05-14T19:00:00+02:00'; // 12 days, 5 hours before the default deadline
const AFTER = '2026-11-22T12:00:00+01:00';
// Brand names may stay as they are, and Dutch says "Deadline:" too.
const ENGLISH_ONLY_TARGETS = new Set(['WhatsApp', 'Deadline:']);

interface Unit {
  id: string;
  source: string;
  target: string | undefined;
  placeholders: string[];
  targetPlaceholders: string[];
}

const fetchText = async (path: string) => (await fetch(path)).text();

async function readXliff(locale: string): Promise<Unit[]> {
  const doc = new DOMParser().parseFromString(await fetchText(`/locales/${locale}.xlf`), 'application/xml');
  expect(doc.querySelector('parsererror'), `${locale}.xlf is well-formed`).to.equal(null);
  const placeholders = (el: Element | null) =>
    [...(el?.querySelectorAll('x') ?? [])].map((x) => `${x.getAttribute('id')}=${x.getAttribute('equiv-text')}`).sort();
  return [...doc.querySelectorAll('trans-unit')].map((unit) => {
    const source = unit.querySelector('source')!;
    const target = unit.querySelector('target');
    return {
      id: unit.getAttribute('id')!,
      source: source.textContent.trim(),
      target: target?.textContent?.trim(),
      placeholders: placeholders(source),
      targetPlaceholders: placeholders(target),
    };
  });
}

/** Everything wrong with one locale's XLIFF, as readable lines; empty when complete. */
export function xliffProblems(locale: string, units: Unit[]): string[] {
  const problems: string[] = [];
  for (const unit of units) {
    if (!unit.target) problems.push(`${locale} ${unit.id}: no target`);
    else if (unit.target === unit.source && !ENGLISH_ONLY_TARGETS.has(unit.source)) {
      problems.push(`${locale} ${unit.id}: target is the English source`);
    }
    if (unit.target && unit.targetPlaceholders.join() !== unit.placeholders.join()) {
      problems.push(
        `${locale} ${unit.id}: placeholders ${unit.targetPlaceholders.join()} instead of ${unit.placeholders.join()}`,
      );
    }
  }
  return problems;
}

const TARGETS = SUPPORTED_LOCALES.filter((locale) => locale !== 'en');

describe('translation files', () => {
  it(`lit-localize.json, the XLIFF files and the loaders name the same ${targetLocales.length} languages, plus English`, async () => {
    const config = JSON.parse(await fetchText('/lit-localize.json')) as {sourceLocale: string; targetLocales: string[]};
    const files = (JSON.parse(await fetchText('/__xliff-files.json')) as string[])
      .filter((name) => name.endsWith('.xlf'))
      .map((name) => name.replace('.xlf', ''));
    const sorted = (list: readonly string[]) => [...list].sort();
    // The list the widget is built from (npm run localize writes it from the config)
    // names some language, and every list here names the same ones.
    expect(targetLocales.length).to.be.greaterThan(0);
    expect(sorted(config.targetLocales)).to.deep.equal(sorted(targetLocales));
    expect(sorted(files)).to.deep.equal(sorted(config.targetLocales));
    expect(sorted(TARGETS)).to.deep.equal(sorted(config.targetLocales));
  });

  it('the checker finds a missing target, an untranslated one and a lost placeholder', () => {
    const units: Unit[] = [
      {id: 'a', source: 'Hello', target: undefined, placeholders: [], targetPlaceholders: []},
      {id: 'b', source: 'Hello', target: 'Hello', placeholders: [], targetPlaceholders: []},
      {id: 'c', source: 'Hi x', target: 'Hoi', placeholders: ['0=${x}'], targetPlaceholders: []},
      {id: 'd', source: 'WhatsApp', target: 'WhatsApp', placeholders: [], targetPlaceholders: []},
    ];
    expect(xliffProblems('xx', units)).to.deep.equal([
      'xx a: no target',
      'xx b: target is the English source',
      'xx c: placeholders  instead of 0=${x}',
    ]);
  });

  it('the English chunk carries every message, as written in the source', async () => {
    const templates: Record<string, unknown> = (await import('../src/generated/locales/en.js')).templates;
    const units = await readXliff('nl'); // any file: all carry every source message
    expect(Object.keys(templates).sort()).to.deep.equal(units.map((u) => u.id).sort());
    for (const unit of units.filter((u) => u.placeholders.length === 0)) {
      expect(templates[unit.id], unit.id).to.equal(unit.source);
    }
  });

  it('a translation of an older English sentence is stale', async () => {
    const xliff = (source: string, note: string) =>
      `<trans-unit id="a">\n  <source>${source}</source>\n  <target>Hallo</target>\n  <note from="translated-source">${note}</note>\n</trans-unit>`;
    const current = await fetchText('/locales/nl.xlf');
    const [, source, note] = /<source>([^<]*)<\/source>[^]*?<note from="translated-source">([^<]*)</.exec(current)!;
    expect(await executeServerCommand('stale-translations', {xliff: xliff(source, note)})).to.deep.equal([]);
    expect(await executeServerCommand('stale-translations', {xliff: xliff(`${source}!`, note)})).to.deep.equal(['a']);
  });

  for (const locale of TARGETS) {
    it(`${locale}.xlf: every target translates the current English (scripts/translations.mjs)`, async () => {
      expect(await executeServerCommand('stale-translations', {locale})).to.deep.equal([]);
    });

    it(`${locale}.xlf: every message translated, placeholders intact`, async () => {
      const units = await readXliff(locale);
      const english = await readXliff('nl'); // any file: all carry every source message
      expect(units.map((u) => u.id).sort()).to.deep.equal(english.map((u) => u.id).sort());
      expect(xliffProblems(locale, units)).to.deep.equal([]);
    });
  }
});

describe('docs/sources.md', () => {
  it('every message rests on a claim, and every message it names exists', async () => {
    const sources = await fetchText('/docs/sources.md');
    const named = new Set([...sources.matchAll(/`([a-z][\w]*\.[\w.]+|intro|heading)`/g)].map((m) => m[1]));
    const ids = (await readXliff('nl')).map((u) => u.id);
    expect(
      ids.filter((id) => !named.has(id)),
      'messages resting on no claim',
    ).to.deep.equal([]);
    expect(
      [...named].filter((id) => !ids.includes(id)),
      'named, but no such message',
    ).to.deep.equal([]);
  });
});

describe('every language rendered', () => {
  let glossary: Record<string, {stem: string; article21Title: string}>;
  before(async () => {
    glossary = (JSON.parse(await fetchText('/locales/glossary.json')) as {terms: typeof glossary}).terms;
  });

  it('the glossary covers every target language', () => {
    expect(Object.keys(glossary).sort()).to.deep.equal([...TARGETS].sort());
  });

  for (const locale of TARGETS) {
    it(`${locale}: its own words, its GDPR term, no English left`, async () => {
      const el = await mount(
        html`<meta-ai-optout lang=${locale} now=${BEFORE} platforms="facebook instagram whatsapp"></meta-ai-optout>`,
      );
      expect($(el, '[part~=base]').getAttribute('lang')).to.equal(locale);
      const all = text(el).toLowerCase();
      const {stem} = glossary[locale];
      expect(
        text(el, '[part~=heading]').toLowerCase() + text(el, HEADLINE).toLowerCase(),
        'heading or countdown',
      ).to.contain(stem);
      expect(text(el, '#how').toLowerCase(), 'how to object').to.contain(stem);
      for (const english of [
        'left to object',
        'what meta uses',
        'good to know',
        'information checked',
        'log in first',
      ]) {
        expect(all).not.to.contain(english);
      }
      expect(text(el, '[part~=disclosure]')).not.to.contain('Only the form counts');
    });
  }
});

describe('plurals and units from Intl', () => {
  const DurationFormat = (
    Intl as unknown as {DurationFormat: new (l: string, o: object) => {format(d: object): string}}
  ).DurationFormat;
  const intlLocales = ['pl', 'cs', 'sl', 'lt'].filter((l) => Intl.DateTimeFormat.supportedLocalesOf([l]).length);
  const counts = [1, 2, 3, 5, 11, 21, 22, 101];

  for (const locale of intlLocales) {
    it(`${locale}: days, hours and minutes read as Intl writes them`, () => {
      const intl = new DurationFormat(locale, {style: 'long'});
      for (const n of counts) {
        expect(formatTimeLeft(locale, {days: n, hours: 0})).to.equal(intl.format({days: n}));
        expect(formatTimeLeft(locale, {hours: n, minutes: 0})).to.equal(intl.format({hours: n}));
        expect(formatTimeLeft(locale, {hours: 0, minutes: n})).to.equal(intl.format({minutes: n}));
      }
    });
  }

  it('the plural-heavy languages with Intl data are all there', () => {
    expect(intlLocales).to.deep.equal(['pl', 'cs', 'sl', 'lt']);
  });
});

describe('languages with word lists (ga, mt, is), in every engine', () => {
  // Chromium lacks their date data and writes English; Firefox and WebKit claim it but
  // write "12 d u 5 h" and "5 u.": the word lists are used whatever Intl claims.
  it('Intl knows their plurals, which the word lists follow', () => {
    for (const locale of ['ga', 'mt', 'is']) {
      expect(Intl.PluralRules.supportedLocalesOf([locale]), locale).to.deep.equal([locale]);
    }
  });

  const ENGLISH_WORDS =
    /\b(days?|hours?|minutes?|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
  const cases: [string, string, string, string][] = [
    ['ga', '12 lá agus 5 huaire an chloig', 'Dé Luain 26 Bealtaine 2025', '7 Nollaig 2026'],
    ['mt', '12-il jum u 5 sigħat', "It-Tnejn, 26 ta' Mejju 2025", "7 ta' Diċembru 2026"],
    ['is', '12 dagar og 5 klukkustundir', 'mánudagur 26. maí 2025', '7. desember 2026'],
  ];
  for (const [locale, countdown, lastDay, checked] of cases) {
    it(`${locale}: countdown, last day and review date in ${locale}, no English word`, async () => {
      const el = await mount(html`<meta-ai-optout lang=${locale} now=${BEFORE}></meta-ai-optout>`);
      expect(text(el, HEADLINE)).to.contain(countdown);
      expect(text(el, '[part~=status] time')).to.equal(lastDay);
      expect(text(el, '[part~=footer] time')).to.equal(checked);
      expect(text(el)).not.to.match(ENGLISH_WORDS);
      const passed = await mount(html`<meta-ai-optout lang=${locale} now=${AFTER}></meta-ai-optout>`);
      expect(text(passed)).not.to.match(ENGLISH_WORDS);
    });
  }

  it('ga: the hour noun follows Intl.PluralRules categories', async () => {
    const el = await mount(html`<meta-ai-optout lang="ga" now="2025-05-26T21:00:00+02:00"></meta-ai-optout>`);
    expect(text(el, HEADLINE)).to.contain('3 huaire an chloig'); // "few"
    el.now = '2025-05-26T17:00:00+02:00';
    await el.updateComplete;
    expect(text(el, HEADLINE)).to.contain('7 n-uaire an chloig'); // "many"
  });

  it('mt: 11-19 (and 111-119) take -il before the noun, the rest do not', () => {
    const mt = handFormatter(maltese);
    const cases: [number, string, string, string][] = [
      [1, '1 jum', '1 siegħa', '1 minuta'], // "one"
      [2, '2 ijiem', '2 sigħat', '2 minuti'], // "two"
      [10, '10 ijiem', '10 sigħat', '10 minuti'], // "few"
      [11, '11-il jum', '11-il siegħa', '11-il minuta'], // "many"
      [12, '12-il jum', '12-il siegħa', '12-il minuta'],
      [19, '19-il jum', '19-il siegħa', '19-il minuta'],
      [20, '20 jum', '20 siegħa', '20 minuta'], // "other"
      [101, '101 jum', '101 siegħa', '101 minuta'],
      [111, '111-il jum', '111-il siegħa', '111-il minuta'],
    ];
    for (const [n, days, hours, minutes] of cases) {
      expect(mt.timeLeft('mt', {days: n, hours: 0}), `${n} days`).to.equal(days);
      expect(mt.timeLeft('mt', {hours: n, minutes: 0}), `${n} hours`).to.equal(hours);
      expect(mt.timeLeft('mt', {hours: 0, minutes: n}), `${n} minutes`).to.equal(minutes);
    }
    expect(mt.timeLeft('mt', {days: 15, hours: 12})).to.equal('15-il jum u 12-il siegħa');
  });
});

describe('long words', () => {
  for (const locale of ['de', 'fi', 'hu', 'is', 'el', 'lt']) {
    it(`${locale} wraps inside 320 CSS pixels without overflowing`, async () => {
      const el = await mount(
        html`<meta-ai-optout lang=${locale} now=${BEFORE} platforms="facebook instagram whatsapp" style="width: 320px"></meta-ai-optout>`,
      );
      const details = el.shadowRoot!.querySelectorAll('details');
      details.forEach((d) => (d.open = true));
      const base = $(el, '[part~=base]');
      expect(base.scrollWidth, 'the box').to.be.at.most(base.clientWidth);
      for (const node of base.querySelectorAll<HTMLElement>('*')) {
        expect(node.getBoundingClientRect().right, node.textContent.slice(0, 40)).to.be.at.most(
          base.getBoundingClientRect().right + 0.5,
        );
      }
    });
  }
});
