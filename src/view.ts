/**
 * What the widget shows for a set of settings at a moment, in a language: the one
 * function both the element and the snippet generator (src/snippet.ts) turn into a
 * template, so a prerendered snippet and the live widget cannot disagree.
 */
import {ATTRIBUTES, type InForce} from './attributes.js';
import type {StatusView, WidgetView} from './content.js';
import {phaseAt, timeLeft} from './deadline.js';
import {CONTENT_REVIEWED_ON, type Platform} from './facts.js';
import {describeDeadline, formatCalendarDate, formatTimeLeft} from './format.js';
import {intlTag} from './locale-match.js';

/** `tag` is the language shown (its full tag, de-AT); `now` the widget's time, epoch ms. */
export function widgetView(
  tag: string,
  settings: Omit<InForce, 'now'>,
  now: number,
  onLinkClick: (platform: Platform) => void,
): WidgetView {
  const formatTag = intlTag(tag);
  const phase = phaseAt(now, settings.deadline.at);
  const deadline = describeDeadline(formatTag, settings.deadline);
  const status: StatusView =
    phase === 'passed'
      ? {phase, deadline, advised: settings.deadline.at === ATTRIBUTES.deadline.fallback.at}
      : {phase, deadline, left: formatTimeLeft(formatTag, timeLeft(now, settings.deadline.at))};
  return {
    lang: tag,
    variant: settings.variant,
    theme: settings.theme,
    headingLevel: settings['heading-level'],
    status,
    links: settings.platforms.map((platform) => ({platform, href: settings[`${platform}-href`]})),
    moreInfoHref: settings['more-info-href'],
    checkedOn: {
      kind: 'last-day',
      datetime: CONTENT_REVIEWED_ON,
      text: formatCalendarDate(formatTag, CONTENT_REVIEWED_ON),
    },
    onLinkClick,
  };
}
