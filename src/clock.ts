/**
 * One timer for every widget on the page. Each widget says when its text next
 * changes; the clock sleeps until the earliest of those moments, wakes them all, and
 * sleeps again. With the page hidden it does not run at all; when the page shows
 * again every widget is refreshed at once, which also corrects a clock that jumped
 * while the computer slept.
 */

interface ClockSubscriber {
  /** Epoch ms of this widget's next visible change, or undefined for never. */
  nextChange(now: number): number | undefined;
  /** Called when that moment (or a wake-up) has come. */
  tick(now: number): void;
}

/**
 * The longest the clock sleeps, even when nothing is due: a system clock changed by
 * hand is noticed within the hour. setTimeout also cannot wait longer than ~24.8 days.
 */
const LONGEST_SLEEP = 60 * 60_000;
/** Wake a little after the due moment, so the rounded countdown has surely moved. */
const SLACK = 50;

const subscribers = new Set<ClockSubscriber>();
let timer: ReturnType<typeof setTimeout> | undefined;

export function subscribe(subscriber: ClockSubscriber): () => void {
  if (subscribers.size === 0) document.addEventListener('visibilitychange', onVisibilityChange);
  subscribers.add(subscriber);
  reschedule();
  return () => {
    subscribers.delete(subscriber);
    if (subscribers.size === 0) {
      document.removeEventListener('visibilitychange', onVisibilityChange);
      clearTimeout(timer);
      timer = undefined;
    } else {
      reschedule();
    }
  };
}

let planned = false;

/**
 * Plan the next wake-up; call when a subscriber's next change may have moved. Calls
 * in one task are folded into one plan: 200 widgets connecting set one timer, not 400.
 */
export function reschedule(): void {
  if (planned) return;
  planned = true;
  queueMicrotask(plan);
}

function plan(): void {
  planned = false;
  clearTimeout(timer);
  timer = undefined;
  if (subscribers.size === 0 || document.hidden) return;
  const now = Date.now();
  let due = Infinity;
  for (const subscriber of subscribers) {
    due = Math.min(due, subscriber.nextChange(now) ?? Infinity);
  }
  if (due === Infinity) return;
  timer = setTimeout(wake, Math.min(Math.max(due - now, 0) + SLACK, LONGEST_SLEEP));
}

function wake(): void {
  timer = undefined;
  const now = Date.now();
  for (const subscriber of subscribers) subscriber.tick(now);
  plan();
}

function onVisibilityChange(): void {
  if (document.hidden) plan();
  else wake();
}

/** For tests and the benchmark: how many widgets listen, and whether a timer is set. */
export function clockState(): {subscribers: number; timerSet: boolean} {
  return {subscribers: subscribers.size, timerSet: timer !== undefined};
}
