/**
 * The facts the widget rests on, each in one place; change a fact here and nowhere
 * else. docs/sources.md lists every claim the widget's text makes, with its sources
 * and confidence, and the messages that rest on it.
 */

/** The day the content below was last checked against its sources. */
export const CONTENT_REVIEWED_ON = '2026-12-07';

/**
 * The start of 27 May 2025 in Central European Summer Time: a midnight in its own
 * offset, so the widget shows it as a last day, Monday 26 May 2025, the same for every
 * visitor. Consumer organisations and data protection authorities advised people to
 * object by that day; it was advice, not a legal cut-off (the form never closed), and
 * no official hour or time zone was ever published.
 */
export const DEFAULT_DEADLINE = '2025-05-27T00:00:00+02:00';

export const PLATFORMS = ['facebook', 'instagram', 'whatsapp'] as const;
export type Platform = (typeof PLATFORMS)[number];

export const DEFAULT_PLATFORMS: readonly Platform[] = ['facebook', 'instagram'];

/**
 * The objection forms. Facebook and Instagram: the 2025 forms consumer organisations
 * linked (Meta's apps embed other official ones; docs/sources.md lists them). WhatsApp:
 * its general form for privacy requests, which is NOT an AI-training opt-out; the
 * widget labels it honestly.
 */
export const FORM_URLS: Readonly<Record<Platform, string>> = {
  facebook: 'https://www.facebook.com/help/contact/712876720715583',
  instagram: 'https://help.instagram.com/contact/767264225370182',
  whatsapp: 'https://www.whatsapp.com/contact/forms/382532939919295/',
};
