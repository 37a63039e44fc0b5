/**
 * The review gallery: every language on one page (each widget speaks its own), all
 * switched together between the two phases and the layouts. The state also lives in
 * the address, so a reviewer can share exactly what they saw.
 */
import {DEFAULT_DEADLINE, PLATFORMS, SUPPORTED_LOCALES, VARIANTS} from '../dist/meta-ai-optout.js';
import {ownName} from './language-names.js';

const DAY = 86_400_000;
/** "Before the deadline" shows the widget this many days ahead of it, as the demo does. */
const LEAD_DAYS = 12;
const PHASES = ['before', 'after'];

const list = document.getElementById('frames');
const status = document.getElementById('gallery-status');
const englishNames = new Intl.DisplayNames(['en'], {type: 'language'});
const dateFormat = new Intl.DateTimeFormat('en-GB', {dateStyle: 'full'});
/** "Today", fixed for the session: every frame shows the same instant. */
const today = Math.floor(Date.now() / 60_000) * 60_000;

const params = new URLSearchParams(location.search);
const state = {
  phase: PHASES.includes(params.get('phase')) ? params.get('phase') : 'before',
  variant: VARIANTS.includes(params.get('variant')) ? params.get('variant') : 'card',
};

function nowFor(phase) {
  const deadline = Date.parse(DEFAULT_DEADLINE);
  if (phase === 'before') return deadline - LEAD_DAYS * DAY;
  return today > deadline ? today : deadline + DAY;
}

function buildWidgets() {
  for (const locale of SUPPORTED_LOCALES) {
    const english = englishNames.of(locale) ?? locale;
    const item = document.createElement('li');
    item.className = 'frame-card';

    const heading = document.createElement('h2');
    heading.id = `locale-${locale}`;
    const code = document.createElement('code');
    code.textContent = locale;
    const own = document.createElement('span');
    own.lang = locale;
    own.textContent = ownName(locale);
    heading.append(code, ' ', own);
    if (own.textContent.toLowerCase() !== english.toLowerCase()) {
      const translation = document.createElement('span');
      translation.className = 'english-name';
      translation.textContent = english;
      heading.append(' ', translation);
    }

    const widget = document.createElement('meta-ai-optout');
    widget.lang = locale;
    widget.setAttribute('platforms', PLATFORMS.join(' '));
    widget.setAttribute('more-info-href', 'https://example.org/');

    item.append(heading, widget);
    list.append(item);
  }
}

function render() {
  const now = new Date(nowFor(state.phase)).toISOString();
  for (const widget of list.querySelectorAll('meta-ai-optout')) {
    widget.now = now;
    widget.variant = state.variant;
  }
  for (const button of document.querySelectorAll('[data-phase]')) {
    button.setAttribute('aria-pressed', String(button.dataset.phase === state.phase));
  }
  for (const button of document.querySelectorAll('[data-variant]')) {
    button.setAttribute('aria-pressed', String(button.dataset.variant === state.variant));
  }
  const when = dateFormat.format(nowFor(state.phase));
  status.textContent =
    state.phase === 'before'
      ? `Showing ${when}, ${LEAD_DAYS} days before the deadline, in the ${state.variant} layout.`
      : `Showing ${when}, after the deadline, in the ${state.variant} layout.`;
  history.replaceState(null, '', `?${new URLSearchParams(state)}`);
}

document.getElementById('toolbar').addEventListener('click', (event) => {
  const button = event.target.closest('button');
  if (!button) return;
  if (button.dataset.phase) state.phase = button.dataset.phase;
  if (button.dataset.variant) state.variant = button.dataset.variant;
  render();
});

document.getElementById('needs-js').hidden = true;
buildWidgets();
render();
