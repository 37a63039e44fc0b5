/**
 * Runs once per time zone (see web-test-runner.config.mjs): the phase and the
 * countdown are exact time and the same everywhere; the dates follow the zone.
 */
import {expect, html} from '@open-wc/testing';
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
  for (const {deadline, expected} of CASES) {
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
      html`<meta-ai-optout lang="en" deadline="2025-03-31T12:00:00+02:00" now="2025-03-29T12:00:00+01:00"></meta-ai-optout>`
    );
    expect(text(el, '.left')).to.equal('47 hours left to object.');
  });
});
