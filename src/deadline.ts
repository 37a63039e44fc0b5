/**
 * Deadline maths, pure: which phase we are in, how much time is left, and when the
 * visible countdown next changes. All times are epoch milliseconds; a countdown is a
 * span of exact time, the same in every time zone (only the dates shown depend on it).
 */

export type Phase = 'countdown' | 'passed';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Below this the countdown shows hours and minutes instead of days and hours. */
const FINE_GRAINED_BELOW = 2 * DAY;

/**
 * A deadline is an instant; when it was written as a midnight in its own offset
 * (the default, 2025-05-27T00:00:00+02:00, is one), it also names a last day, the
 * calendar date before that midnight. That date is the same for every visitor, in
 * every time zone: guidance everywhere said "by Monday 26 May", in Helsinki too.
 */
export interface Deadline {
  readonly at: number;
  /** YYYY-MM-DD of the last day, or undefined for a deadline at another hour. */
  readonly lastDay?: string;
}

const WRITTEN_MIDNIGHT = /^(\d{4})-(\d{2})-(\d{2})T00:00(:00(\.0+)?)?(Z|[+-]\d{2}:\d{2})$/i;

/** The last day of a deadline written as `iso`, when it is a midnight in its own offset. */
export function lastDayOf(iso: string): string | undefined {
  const midnight = WRITTEN_MIDNIGHT.exec(iso);
  if (!midnight) return undefined;
  const [, year, month, day] = midnight.map(Number);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day - 1); // unlike Date.UTC, exact for years below 100
  return date.toISOString().slice(0, 10);
}

export function phaseAt(now: number, deadline: number): Phase {
  return now < deadline ? 'countdown' : 'passed';
}

/** Time left, coarse: days and hours, or hours and minutes in the last two days. */
export type TimeLeft =
  {readonly days: number; readonly hours: number} | {readonly hours: number; readonly minutes: number};

/**
 * The smallest unit is rounded up, so the countdown never says "0 minutes" while
 * there is still time, and reaches zero exactly at the deadline.
 */
export function timeLeft(now: number, deadline: number): TimeLeft {
  const left = Math.max(deadline - now, 0);
  if (left > FINE_GRAINED_BELOW) {
    const hours = Math.ceil(left / HOUR);
    return {days: Math.floor(hours / 24), hours: hours % 24};
  }
  const minutes = Math.ceil(left / MINUTE);
  return {hours: Math.floor(minutes / 60), minutes: minutes % 60};
}

/**
 * When the countdown text next changes (or the phase flips), as epoch ms; undefined
 * once the deadline has passed, since nothing changes after that.
 */
export function nextVisibleChange(now: number, deadline: number): number | undefined {
  const left = deadline - now;
  if (left <= 0) return undefined;
  const step = left > FINE_GRAINED_BELOW ? HOUR : MINUTE;
  return deadline - (Math.ceil(left / step) - 1) * step;
}
