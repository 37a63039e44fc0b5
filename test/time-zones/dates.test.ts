/**
 * Runs once per time zone (see web-test-runner.config.mjs): the phase and the
 * countdown are exact time and the same everywhere; the dates follow the zone.
 */
import {expect, html} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import {parseDeadline} from '../../src/attributes.js';
import {DEFAULT_DEADLINE} from '../../src/facts.js';
import {describeDeadline} from '../../src/format.js';
import {$, defineElement, fixtureCleanup, HEADLINE, mount, text} from '../support/widget.js';

before(defineElement);
afterEach(fixtureCleanup);

const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;

const parsed = (deadline: string) => {
  const result = parseDeadline(deadline);
  if (!result.ok) throw new Error(result.reason);
  return result.value;
};

/** Offsets from UTC in minutes, per zone, on 26 May 2025 (summer time in the north). */
const MAY_OFFSET: Record<string, number> = {
  'Pacific/Honolulu': -600,
  'America/New_York': -240,
  'America/Sao_Paulo': -180,
  UTC: 0,
  'Atlantic/Reykjavik': 0,
  'Europe/Lisbon': 60,
  'Europe/Dublin': 60,
  'Europe/London': 60,
  'Europe/Brussels': 120,
  'Europe/Amsterdam': 120,
  'Europe/Helsinki': 180,
  'Europe/Athens': 180,
  'Asia/Kolkata': 330,
  'Asia/Calcutta': 330, // ICU's name for it
  'Asia/Kathmandu': 345,
  'Asia/Katmandu': 345, // ICU's name for it
  'Australia/Lord_Howe': 630,
  'Pacific/Chatham': 765,
  'Pacific/Kiritimati': 840,
};

describe(`dates in ${zone}`, () => {
  it('this zone is one the tests know', () => {
    expect(MAY_OFFSET, zone).to.have.property(zone);
    expect(-new Date('2025-05-26T12:00:00Z').getTimezoneOffset()).to.equal(MAY_OFFSET[zone]);
  });

  it('runs in the zone its group asked for (the engine honours TZ)', async () => {
    const asked = await executeServerCommand<string, undefined>('time-zone-group');
    // Compared as this engine names the zone: Chromium still says Asia/Calcutta for Asia/Kolkata.
    expect(zone).to.equal(new Intl.DateTimeFormat('en', {timeZone: asked}).resolvedOptions().timeZone);
  });

  // A midnight in the offset it is written with names a last day: the same calendar
  // date for every visitor (guidance everywhere said "by Monday 26 May").
  const LAST_DAYS: [string, string, RegExp][] = [
    ['2025-05-27T00:00:00+02:00', '2025-05-26', /^Monday,? 26 May 2025$/],
    ['2025-03-10T00:00:00-04:00', '2025-03-09', /^Sunday,? 9 March 2025$/],
    ['2025-03-31T00:00+02:00', '2025-03-30', /^Sunday,? 30 March 2025$/],
    ['2025-06-01T00:00:00.000Z', '2025-05-31', /^Saturday,? 31 May 2025$/],
    ['2025-01-01T00:00:00+14:00', '2024-12-31', /^Tuesday,? 31 December 2024$/],
  ];
  for (const [deadline, date, words] of LAST_DAYS) {
    it(`${deadline} has the last day ${date}, without a time`, () => {
      const got = describeDeadline('en-GB', parsed(deadline));
      expect(got.kind).to.equal('last-day');
      expect(got.datetime).to.equal(date);
      expect(got.text).to.match(words);
    });
  }

  it('the default deadline, before and after: the same last day, no hour', async () => {
    const before = await mount(html`<meta-ai-optout lang="en-GB" now="2025-05-20T12:00:00Z"></meta-ai-optout>`);
    expect($(before, '[part~=status] time').getAttribute('datetime')).to.equal('2025-05-26');
    expect(text(before, '[part~=status]')).to.match(/Last day: Monday,? 26 May 2025/);
    expect(text(before, '[part~=status]')).not.to.match(/\d:\d\d/);
    const after = await mount(html`<meta-ai-optout lang="en-GB" now="2026-12-02T09:00:00Z"></meta-ai-optout>`);
    expect($(after, '[part~=status] time').getAttribute('datetime')).to.equal('2025-05-26');
    expect(text(after, '[part~=status] p:has(time)')).to.match(/advised objecting by: Monday,? 26 May 2025$/);
  });

  it('a deadline at another hour is a moment: date and time in this zone, with the zone named', async () => {
    const deadline = '2025-05-26T12:00:00+01:00'; // 11:00 UTC
    const wallClock = new Date(Date.parse(deadline) + MAY_OFFSET[zone] * 60_000); // read as UTC
    const hhmm = wallClock.toISOString().slice(11, 16);
    const got = describeDeadline('en-GB', parsed(deadline));
    expect(got.kind).to.equal('moment');
    expect(got.datetime).to.equal('2025-05-26T11:00:00.000Z');
    expect(got.text).to.match(new RegExp(`^\\w+day,? ${wallClock.getUTCDate()} May 2025,? (at )?${hhmm} \\S+$`));
    expect(got.text.split(' ').at(-1), 'a zone name').to.match(/^([A-Z]{3,5}|GMT([+-]\d{1,2}(:\d\d)?)?|UTC)$/);

    const before = await mount(
      html`<meta-ai-optout lang="en-GB" deadline=${deadline} now="2025-05-20T12:00:00Z"></meta-ai-optout>`,
    );
    expect(text(before, '[part~=status]')).to.contain(`Deadline: ${got.text}`);
    const after = await mount(
      html`<meta-ai-optout lang="en-GB" deadline=${deadline} now="2025-05-27T12:00:00Z"></meta-ai-optout>`,
    );
    expect(text(after, '[part~=status] p:has(time)')).to.equal(`Advised deadline to object: ${got.text}`);
  });

  it('counts exact hours, not calendar days, across a daylight-saving change', async () => {
    // 29 March 12:00 CET to 31 March 12:00 CEST is 47 hours, whatever the zone.
    const el = await mount(
      html`<meta-ai-optout lang="en" deadline="2025-03-31T12:00:00+02:00" now="2025-03-29T12:00:00+01:00"></meta-ai-optout>`,
    );
    expect(text(el, HEADLINE)).to.equal('47 hours left to object.');
  });
});

describe(`the deadline around its hour, in ${zone}`, () => {
  const deadline = Date.parse(DEFAULT_DEADLINE); // the widgets below keep the default
  const iso = (ms: number) => new Date(ms).toISOString();
  const STILL = 'You can still object. It takes a few minutes.';
  const cases: [string, number, string, string][] = [
    ['an hour before', deadline - 60 * 60_000, 'countdown', '1 hour left to object.'],
    ['59 minutes before', deadline - 59 * 60_000, 'countdown', '59 minutes left to object.'],
    ['one second before', deadline - 1000, 'countdown', '1 minute left to object.'],
    ['at the deadline', deadline, 'passed', STILL],
    ['one second after', deadline + 1000, 'passed', STILL],
    ['an hour after', deadline + 60 * 60_000, 'passed', STILL],
  ];
  for (const [name, now, phase, headline] of cases) {
    it(`${name}: ${phase}`, async () => {
      const el = await mount(html`<meta-ai-optout lang="en" now=${iso(now)}></meta-ai-optout>`);
      expect(el.phase).to.equal(phase);
      expect(text(el, HEADLINE)).to.equal(headline);
    });
  }
});
