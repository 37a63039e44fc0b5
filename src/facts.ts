/**
 * The facts the widget rests on, each in one place. See `brief/content.md` for the
 * sources behind every claim; change a fact here and nowhere else.
 */

/** The day the content below was last checked against its sources. */
export const CONTENT_REVIEWED_ON = '2026-11-22';

/**
 * Start of 27 May 2025 in Central European Summer Time: the date consumer
 * organisations and data protection authorities advised people to object by.
 * No official hour was ever published; this matches most guidance.
 */
export const DEFAULT_DEADLINE = '2025-05-27T00:00:00+02:00';

export const PLATFORMS = ['facebook', 'instagram', 'whatsapp'] as const;
export type Platform = (typeof PLATFORMS)[number];

export const DEFAULT_PLATFORMS: readonly Platform[] = ['facebook', 'instagram'];

/**
 * The objection forms. Facebook and Instagram: the 2025 forms consumer organisations
 * linked. WhatsApp: its general data-rights form, which is NOT an AI-training opt-out
 * (WhatsApp has none); the widget labels it honestly.
 */
export const FORM_URLS: Readonly<Record<Platform, string>> = {
  facebook: 'https://www.facebook.com/help/contact/712876720715583',
  instagram: 'https://help.instagram.com/contact/767264225370182',
  whatsapp: 'https://www.whatsapp.com/contact/forms/382532939919295/',
};
