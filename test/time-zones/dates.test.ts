/**
 * Runs once per time zone (see web-test-runner.config.mjs): the phase and the
 * countdown are exact time and the same everywhere; the dates follow the zone.
 */
import {expect, html} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import {describeDeadline} from '../../src/format.js';
import {mount, $, text} from '../helpers.js';

const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;

interface Case {
  deadline: string;
  expected: Record<string, {datetime: string; text: string}>;
}

const CASES: Case[] = [
  {
    // The default: midnight in Brussels, which is a midnight only in Amsterdam.
    deadline: '2025-05-27T00:00:00+02:00',
    expected: {
      'Europe/Amsterdam': {datetime: '2025-05-26', text: 'Monday, 26 May 2025'},
      'America/New_York': {datetime: '2025-05-26T22:00:00.000Z', text: 'Monday, 26 May 2025 at 18:00'},
      'Pacific/Kiritimati': {datetime: '2025-05-26T22:00:00.000Z', text: 'Tuesday, 27 May 2025 at 12:00'},
      'Pacific/Honolulu': {datetime: '2025-05-26T22:00:00.000Z', text: 'Monday, 26 May 2025 at 12:00'},
    },
  },
  {
    // Midnight in New York on the day after its clocks went forward (9 March 2025).
    deadline: '2025-03-10T00:00:00-04:00',
    expected: {
      'Europe/Amsterdam': {datetime: '2025-03-10T04:00:00.000Z', text: 'Monday, 10 March 2025 at 05:00'},
      'America/New_York': {datetime: '2025-03-09', text: 'Sunday, 9 March 2025'},
      'Pacific/Kiritimati': {datetime: '2025-03-10T04:00:00.000Z', text: 'Monday, 10 March 2025 at 18:00'},
      'Pacific/Honolulu': {datetime: '2025-03-10T04:00:00.000Z', text: 'Sunday, 9 March 2025 at 18:00'},
    },
  },
  {
    // Midnight in Amsterdam on the day its clocks went forward (30 March 2025).
    deadline: '2025-03-31T00:00:00+02:00',
    expected: {
      'Europe/Amsterdam': {datetime: '2025-03-30', text: 'Sunday, 30 March 2025'},
      'America/New_York': {datetime: '2025-03-30T22:00:00.000Z', text: 'Sunday, 30 March 2025 at 18:00'},
      'Pacific/Kiritimati': {datetime: '2025-03-30T22:00:00.000Z', text: 'Monday, 31 March 2025 at 12:00'},
      'Pacific/Honolulu': {datetime: '2025-03-30T22:00:00.000Z', text: 'Sunday, 30 March 2025 at 12:00'},
    },
  },
];

describe(`dates in ${zone}`, () => {
  it('runs in the zone its group asked for (the engine honours TZ)', async () => {
    const asked = (await executeServerCommand('time-zone-group')) as string;
    // Compared as this engine names the zone: Chromium still says Asia/Calcutta for Asia/Kolkata.
    expect(zone).to.equal(new Intl.DateTimeFormat('en', {timeZone: asked}).resolvedOptions().timeZone);
  });

  // The hand-written expectations cover four zones; the tests below cover them all.
  for (const {deadline, expected} of CASES.filter((c) => zone in c.expected)) {
    const want = expected[zone];

    it(`describes the deadline ${deadline} in the visitor's zone`, () => {
      const got = describeDeadline('en-GB', Date.parse(deadline));
      expect({datetime: got.datetime, text: got.text}).to.deep.equal(want);
    });

    it(`shows ${deadline} inside <time datetime> in the widget`, async () => {
      const now = new Date(Date.parse(deadline) - 5 * 86_400_000).toISOString();
      const el = await mount(html`<meta-ai-optout lang="en-GB" deadline=${deadline} now=${now}></meta-ai-optout>`);
      const time = $(el, '.status time');
      expect(time.getAttribute('datetime')).to.equal(want.datetime);
      expect(time.textContent).to.equal(want.text);
      expect(text(el, '.status')).to.contain('5 days left to object');
    });
  }

  it('counts exact hours, not calendar days, across a daylight-saving change', async () => {
    // 29 March 12:00 CET to 31 March 12:00 CEST is 47 hours, whatever the zone.
    const el = await mount(
      html`<meta-ai-optout lang="en" deadline="2025-03-31T12:00:00+02:00" now="2025-03-29T12:00:00+01:00"></meta-ai-optout>`,
    );
    expect(text(el, '.left')).to.equal('47 hours left to object.');
  });
});

/** YYYY-MM-DD of `instant` by Date's own local-time getters: a second opinion on Intl. */
const localDate = (instant: number) => {
  const d = new Date(instant);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

describe(`the deadline around its hour, in ${zone}`, () => {
  const deadline = Date.parse('2025-05-27T00:00:00+02:00');
  const iso = (ms: number) => new Date(ms).toISOString();
  const cases: [string, number, string, string | null][] = [
    ['an hour before', deadline - 60 * 60_000, 'countdown', '1 hour left to object.'],
    ['59 minutes before', deadline - 59 * 60_000, 'countdown', '59 minutes left to object.'],
    ['one second before', deadline - 1000, 'countdown', '1 minute left to object.'],
    ['at the deadline', deadline, 'passed', null],
    ['one second after', deadline + 1000, 'passed', null],
    ['an hour after', deadline + 60 * 60_000, 'passed', null],
  ];
  for (const [name, now, phase, left] of cases) {
    it(`${name}: ${phase}`, async () => {
      const el = await mount(html`<meta-ai-optout lang="en" now=${iso(now)}></meta-ai-optout>`);
      expect(el.phase).to.equal(phase);
      expect($(el, '.left')?.textContent ?? null).to.equal(left);
    });
  }
});

describe(`deadlines on daylight-saving days, in ${zone}`, () => {
  // Local midnight at the start of each day on which some zone changes its clocks.
  const DST_DAYS: [number, number, number][] = [
    [2025, 3, 9], // United States, forward
    [2025, 3, 30], // European Union, forward
    [2025, 4, 6], // Lord Howe and Chatham, back
    [2025, 9, 28], // Chatham, forward
    [2025, 10, 5], // Lord Howe, forward
    [2025, 10, 26], // European Union, back
    [2025, 11, 2], // United States, back
  ];
  for (const [year, month, day] of DST_DAYS) {
    const midnight = new Date(year, month - 1, day).getTime(); // local midnight (or the first hour after it)
    it(`${year}-${month}-${day}: the last day is the day before, in this zone`, async () => {
      const deadline = new Date(midnight).toISOString();
      const el = await mount(
        html`<meta-ai-optout lang="en" deadline=${deadline} now=${new Date(midnight - 3 * 86_400_000).toISOString()}></meta-ai-optout>`,
      );
      const time = $(el, '.status time');
      const isMidnight = new Date(midnight).getHours() === 0 && new Date(midnight).getMinutes() === 0;
      expect(time.getAttribute('datetime')).to.equal(
        isMidnight ? localDate(midnight - 1) : new Date(midnight).toISOString(),
      );
      expect(el.phase).to.equal('countdown');
    });
  }
});
