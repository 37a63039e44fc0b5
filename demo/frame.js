/**
 * One widget in one language, for the review gallery: frame.html?lang=nl&now=…&variant=…
 * A page holds one active locale, so each language needs a page (a frame) of its own.
 * The widget takes its language from <html lang>, as on a real site.
 */
import {PLATFORMS, SUPPORTED_LOCALES} from '../dist/meta-ai-optout.js';

const params = new URLSearchParams(location.search);
const lang = params.get('lang') ?? '';

if (!SUPPORTED_LOCALES.includes(lang)) {
  document.documentElement.lang = 'en';
  const message = document.createElement('p');
  message.textContent = `Unknown language ${JSON.stringify(lang)}. Use one of: ${SUPPORTED_LOCALES.join(', ')}.`;
  document.body.append(message);
} else {
  document.documentElement.lang = lang;
  document.title = `<meta-ai-optout> in ${lang}`;
  const widget = document.createElement('meta-ai-optout');
  widget.setAttribute('platforms', PLATFORMS.join(' '));
  widget.setAttribute('more-info-href', 'https://example.org/');
  for (const name of ['now', 'variant']) {
    const value = params.get(name);
    if (value) widget.setAttribute(name, value);
  }
  document.body.append(widget);
}

// Tell the gallery how tall we are, so it can size the frame and never show a scrollbar.
if (parent !== window) {
  new ResizeObserver(() => {
    // The body, not the document: a document is never shorter than its frame, so it could only grow.
    const height = document.body.getBoundingClientRect().height;
    parent.postMessage({type: 'meta-ai-optout-frame-height', height}, location.origin);
  }).observe(document.body);
}
