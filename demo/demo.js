/**
 * The snippet builder. The form is the single source of truth: every change reads
 * the whole form into a state, then writes that state to the preview (attributes
 * only, as a host page would) and to the snippet text. The facts (form links,
 * deadline, languages) and the checks of a date or a link come from the bundle
 * itself, never from this file, so the demo and the widget cannot disagree.
 */
import {
  FORM_URLS,
  DEFAULT_DEADLINE,
  PLATFORMS,
  DEFAULT_PLATFORMS,
  SUPPORTED_LOCALES,
  parseHttpsUrl,
  parseInstant,
  firstMatch,
} from '../dist/meta-ai-optout.js';
import {CHOICES, createSnippet, TARGETS} from '../dist/snippet.js';
import {ownName} from './language-names.js';

/**
 * The folder of the widget's files, as this page loads them: ../dist/ in the
 * repository, the page's own folder in a release (scripts/release.mjs rewrites the
 * path). The snippet points there unless the editor names another address.
 */
const OWN_FILES = new URL('../dist/', import.meta.url).href;

const DAY = 86_400_000;
/** "Before the deadline" previews this many days ahead of it. */
const LEAD_DAYS = 12;
const ACCENT_PROPERTY = '--meta-ai-optout-accent';

/** The widget's defaults: an attribute with its default value is left out of the snippet. */
const DEFAULTS = {variant: CHOICES.variants[0], theme: CHOICES.themes[0], 'heading-level': '2'};

/** Every attribute the builder manages on the preview, in the order the snippet lists them. */
const MANAGED = [
  'lang',
  'variant',
  'theme',
  'platforms',
  'deadline',
  'heading-level',
  ...PLATFORMS.map((platform) => `${platform}-href`),
  'more-info-href',
  'now',
];

const $ = (id) => document.getElementById(id);
const form = $('controls');
/** The preview on a light page, and its twin on a dark-mode page. */
const previews = [...document.querySelectorAll('.stage meta-ai-optout')];
const [preview] = previews;
const code = $('snippet');
const copyStatus = $('copy-status');

/** "Today", fixed for the session so the snippet does not change under the editor's hands. */
const sessionNow = Math.floor(Date.now() / 60_000) * 60_000;

const dateFormat = new Intl.DateTimeFormat('en-GB', {dateStyle: 'full'});
const dateTimeFormat = new Intl.DateTimeFormat('en-GB', {dateStyle: 'full', timeStyle: 'short'});

// ---------------------------------------------------------------- pure helpers

/** An instant as the widget accepts it, to the second. */
const isoInstant = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** Any CSS colour (rgb, oklch, color(), …) as sRGB bytes, by painting it over white. */
const paint = document.createElement('canvas').getContext('2d', {willReadFrequently: true});
function toRgb(color) {
  paint.fillStyle = '#ffffff';
  paint.fillRect(0, 0, 1, 1);
  paint.fillStyle = color;
  paint.fillRect(0, 0, 1, 1);
  return [...paint.getImageData(0, 0, 1, 1).data.slice(0, 3)];
}

/** WCAG 2 contrast ratio of two sRGB colours. */
function contrast(a, b) {
  const luminance = (rgb) => {
    const [r, g, b] = rgb.map((byte) => {
      const c = byte / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/**
 * The folder the editor typed, as the generator takes it: this page's own files when
 * empty, and ending in / (an editor may paste the script's URL or leave the slash off).
 * The generator itself refuses what is not https:// or a path on the site.
 */
function folderOf(value) {
  if (!value) return OWN_FILES;
  return value.replace(/[^/]*\.js$/, '').replace(/([^/])$/, '$1/');
}

/** The supported language closest to the browser's, for a friendly first choice. */
function browserLocale() {
  return firstMatch(navigator.languages ?? [], SUPPORTED_LOCALES)?.locale ?? SUPPORTED_LOCALES[0];
}

// ---------------------------------------------------------------- state

/** The deadline the preview dates are computed from: the typed one when valid. */
function deadlineInstant(state) {
  const parsed = parseInstant(state.deadline);
  return parsed.ok ? parsed.value : Date.parse(DEFAULT_DEADLINE);
}

/** The frozen instant for the chosen preview date, or null for the real time. */
function previewNow(state) {
  const deadline = deadlineInstant(state);
  if (state.phase === 'before') return deadline - LEAD_DAYS * DAY;
  // "After" is today; with a deadline still ahead, the day after it.
  if (state.phase === 'after') return sessionNow > deadline ? sessionNow : deadline + DAY;
  return null;
}

function readState() {
  const data = new FormData(form);
  return {
    target: data.get('target'),
    lang: data.get('lang'),
    variant: data.get('variant'),
    theme: data.get('theme'),
    platforms: PLATFORMS.filter((platform) => $(`platform-${platform}`).checked),
    phase: data.get('phase'),
    freeze: $('freeze').checked,
    deadline: $('deadline').value.trim(),
    headingLevel: data.get('heading-level'),
    hrefs: Object.fromEntries([...PLATFORMS, 'more-info'].map((name) => [name, $(`${name}-href`).value.trim()])),
    accent: $('accent-on').checked ? $('accent').value.toLowerCase() : null,
    // Plain text, one paragraph: the snippet escapes it and folds its line breaks.
    message: $('message').value.replace(/\s+/g, ' ').trim(),
    base: $('base').value.trim(),
    pinned: $('pinned').checked,
    strictCsp: $('strict-csp').checked,
  };
}

/**
 * The preview's attributes for a state, defaults left out, as [name, value] pairs; the
 * snippet's come from the generator (snippetOptions), which carries `now` only when frozen.
 */
function attributesFor(state) {
  const attributes = [['lang', state.lang]];
  if (state.variant !== DEFAULTS.variant) attributes.push(['variant', state.variant]);
  if (state.theme !== DEFAULTS.theme) attributes.push(['theme', state.theme]);
  const platforms = state.platforms.join(' ');
  const defaultPlatforms = PLATFORMS.filter((platform) => DEFAULT_PLATFORMS.includes(platform)).join(' ');
  if (platforms !== defaultPlatforms) attributes.push(['platforms', platforms]);
  // A value the widget would refuse is never written: the editor sees the error instead.
  if (state.deadline && state.deadline !== DEFAULT_DEADLINE && parseInstant(state.deadline).ok)
    attributes.push(['deadline', state.deadline]);
  if (state.headingLevel !== DEFAULTS['heading-level']) attributes.push(['heading-level', state.headingLevel]);
  for (const name of [...PLATFORMS, 'more-info']) {
    if (state.hrefs[name] && parseHttpsUrl(state.hrefs[name]).ok) attributes.push([`${name}-href`, state.hrefs[name]]);
  }
  const now = previewNow(state);
  if (now !== null) attributes.push(['now', isoInstant(now)]);
  return attributes;
}

// ---------------------------------------------------------------- the snippet

/** The form field each of createSnippet's options comes from, for its refusals. */
// The deadline and the links are checked as typed (updateMessages), with the widget's own parsers.
const FIELD_OF_OPTION = {base: 'base', pinned: 'pinned'};

/** The snippet generator's options for a state (src/snippet.ts): the form as the editor filled it. */
function snippetOptions(state) {
  const now = previewNow(state);
  return {
    target: state.target,
    lang: state.lang,
    base: folderOf(state.base),
    variant: state.variant,
    theme: state.theme,
    platforms: state.platforms.join(' '),
    facebookHref: state.hrefs.facebook,
    instagramHref: state.hrefs.instagram,
    whatsappHref: state.hrefs.whatsapp,
    moreInfoHref: state.hrefs['more-info'],
    headingLevel: state.headingLevel,
    deadline: state.deadline === DEFAULT_DEADLINE ? '' : state.deadline,
    frozenAt: state.freeze && now !== null ? isoInstant(now) : '',
    message: state.message,
    pinned: state.pinned,
    accent: state.accent ?? '',
    strictCsp: state.strictCsp,
    // A strict style-src 'self' allows the stylesheet file beside the script.
    stylesheet: state.strictCsp ? 'link' : 'inline',
  };
}

// ---------------------------------------------------------------- the preview

/** The preview's fallback: what the snippet carries, built as DOM. */
function lightDomFor(state) {
  const nodes = [];
  if (state.message) {
    const message = document.createElement('span');
    message.textContent = state.message;
    nodes.push(message);
  }
  return nodes;
}

function updatePreview(state) {
  const wanted = new Map(attributesFor(state));
  for (const widget of previews) {
    for (const name of MANAGED) {
      if (wanted.has(name)) {
        if (widget.getAttribute(name) !== wanted.get(name)) widget.setAttribute(name, wanted.get(name));
      } else if (widget.hasAttribute(name)) {
        // Without the attribute the widget falls back to its default by itself.
        widget.removeAttribute(name);
      }
    }
    // Through the CSSOM, which a strict style-src allows (a style attribute would not be).
    if (state.accent) {
      if (widget.style.getPropertyValue(ACCENT_PROPERTY) !== state.accent)
        widget.style.setProperty(ACCENT_PROPERTY, state.accent);
    } else if (widget.hasAttribute('style')) {
      // Even a no-op CSSOM change leaves style="" behind: touch it only when needed.
      widget.style.removeProperty(ACCENT_PROPERTY);
      if (!widget.style.length) widget.removeAttribute('style');
    }
    widget.replaceChildren(...lightDomFor(state));
  }
}

// ---------------------------------------------------------------- messages beside the controls

function showError(id, message) {
  const error = $(`${id}-error`);
  const input = $(id);
  error.textContent = message ?? '';
  error.hidden = !message;
  if (message) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
}

function updateMessages(state) {
  // The widget's own parsers: the message gives exactly the reason the widget would refuse it for.
  const deadline = state.deadline ? parseInstant(state.deadline) : null;
  showError(
    'deadline',
    deadline && !deadline.ok
      ? `Not accepted: ${deadline.reason}. Left out of the snippet: the widget uses the advised date.`
      : null,
  );
  for (const name of [...PLATFORMS, 'more-info']) {
    const value = state.hrefs[name];
    const parsed = value ? parseHttpsUrl(value) : null;
    const fallback = name === 'more-info' ? 'shows no such link' : 'uses the official form';
    showError(
      `${name}-href`,
      parsed && !parsed.ok ? `Not accepted: ${parsed.reason}. Left out of the snippet: the widget ${fallback}.` : null,
    );
  }

  $('phase-before-date').textContent = `(${dateFormat.format(previewNow({...state, phase: 'before'}))})`;
  $('phase-after-date').textContent = `(${dateFormat.format(previewNow({...state, phase: 'after'}))})`;
  const now = previewNow(state);
  $('freeze').disabled = now === null;
  $('preview-date').textContent =
    now === null
      ? 'Showing the real time, as your visitors see it today.'
      : `Showing the widget as on ${dateTimeFormat.format(now)}. ${
          state.freeze
            ? 'The snippet freezes this date: your visitors will see it too.'
            : 'Your visitors see the real time.'
        }`;

  $('accent').disabled = !state.accent;
}

/** The generator's refusals beside the fields they came from; a field it did not refuse is cleared. */
function showRefusals(refusals) {
  for (const [option, field] of Object.entries(FIELD_OF_OPTION)) {
    const refusal = refusals.find((r) => r.option === option);
    showError(field, refusal ? `Not accepted: ${refusal.reason}. Left out of the snippet.` : null);
  }
}

const ACCENT_HINT = 'The buttons and the links take this colour.';
let measuring = 0;

/**
 * The contrast the preview really shows with the chosen accent: button text on the
 * button, and a link on the widget's background. Measured rather than predicted, as
 * the widget adapts its colours (theme, text on the accent) by itself.
 */
async function checkAccent(state) {
  const hint = $('accent-hint');
  const run = ++measuring;
  hint.classList.remove('warning');
  if (!state.accent) {
    hint.textContent = ACCENT_HINT;
    return;
  }
  // While a language loads the widget shows its fallback: wait (a while) for the real thing.
  let base;
  let button;
  for (let tries = 0; tries < 100 && !button; tries++) {
    if (tries > 0) await new Promise((resolve) => setTimeout(resolve, 50));
    await preview.updateComplete;
    // Colours may be mid-transition; measure where they end.
    await Promise.allSettled((preview.shadowRoot?.getAnimations() ?? []).map((animation) => animation.finished));
    if (run !== measuring) return;
    base = preview.shadowRoot?.querySelector('.base');
    button = base?.querySelector('.link:not(.whatsapp)');
  }
  if (!button) {
    hint.textContent = ACCENT_HINT;
    return;
  }
  const buttonStyle = getComputedStyle(button);
  let worst = contrast(toRgb(buttonStyle.color), toRgb(buttonStyle.backgroundColor));
  const parts = [`${worst.toFixed(1)}:1 for button text`];
  const link = base.querySelector('.link.whatsapp, .footer a');
  if (link) {
    const ratio = contrast(toRgb(getComputedStyle(link).color), toRgb(getComputedStyle(base).backgroundColor));
    parts.push(`${ratio.toFixed(1)}:1 for links`);
    worst = Math.min(worst, ratio);
  }
  const shown = parts.join(', ');
  hint.textContent =
    worst < 4.5
      ? `Hard to read: contrast ${shown}; at least 4.5:1 is needed. Try a darker or lighter colour.`
      : `${ACCENT_HINT} Contrast in the preview: ${shown}.`;
  hint.classList.toggle('warning', worst < 4.5);
}

// ---------------------------------------------------------------- wiring

let lastSnippet = '';

function update() {
  const state = readState();
  // The widget needs at least one form: re-tick the last one rather than show a broken state.
  if (state.platforms.length === 0) {
    const last = form.querySelector('input[name="platforms"]:focus') ?? $(`platform-${DEFAULT_PLATFORMS[0]}`);
    last.checked = true;
    state.platforms = PLATFORMS.filter((platform) => $(`platform-${platform}`).checked);
    $('platforms-hint').textContent = 'At least one: the widget needs a form to link to.';
    $('platforms-hint').classList.add('warning');
  } else {
    $('platforms-hint').textContent = 'At least one.';
    $('platforms-hint').classList.remove('warning');
  }
  updatePreview(state);
  updateMessages(state);
  checkAccent(state);
  writeSnippet(state);
}

/** The snippet for `state`, from the same generator as the command line (src/snippet.ts). */
function writeSnippet(state) {
  $('target-hint').textContent = `Your readers get ${TARGETS[state.target].reader}.`;
  const {html, refusals, accentRule} = createSnippet(snippetOptions(state));
  showRefusals(refusals);
  // With a strict CSP the accent cannot ride in a style attribute: the generator gives its rule.
  $('style-note').hidden = !accentRule;
  $('style-rule').textContent = accentRule ?? '';
  // A refused folder: the snippet points at this page's own files instead.
  const snippet = html ?? createSnippet({...snippetOptions(state), base: OWN_FILES}).html;
  if (snippet !== lastSnippet) {
    code.textContent = snippet;
    // A "Copied" that no longer matches the text would mislead.
    if (lastSnippet) copyStatus.textContent = '';
    lastSnippet = snippet;
  }
  code.dataset.state = 'ready';
}

async function copySnippet() {
  const text = code.textContent;
  copyStatus.textContent = '';
  try {
    if (!navigator.clipboard?.writeText) throw new Error('no clipboard API');
    await navigator.clipboard.writeText(text);
    copyStatus.textContent = 'Copied. Now paste it into your page.';
  } catch {
    // Refused (no permission, or not a secure context): select it for Ctrl+C instead.
    const selection = getSelection();
    selection.removeAllRanges();
    const range = document.createRange();
    range.selectNodeContents(code);
    selection.addRange(range);
    copyStatus.textContent = 'Your browser did not let us copy. The snippet is selected: press Ctrl+C (⌘C on a Mac).';
  }
}

/** A radio button and its label, in the page's `.choice` markup; the first of a group is checked. */
function radio(name, value, label) {
  const input = Object.assign(document.createElement('input'), {type: 'radio', name, value, id: `${name}-${value}`});
  input.checked = !form.querySelector(`[name="${name}"]`);
  const choice = Object.assign(document.createElement('div'), {className: 'choice'});
  choice.append(input, Object.assign(document.createElement('label'), {htmlFor: input.id, textContent: label}));
  return choice;
}

function init() {
  const langSelect = $('lang');
  for (const locale of SUPPORTED_LOCALES) {
    const option = new Option(`${ownName(locale)} (${locale})`, locale);
    option.lang = locale;
    langSelect.append(option);
  }
  langSelect.value = browserLocale();
  for (const [target, {where}] of Object.entries(TARGETS)) $('target').append(new Option(where, target));
  for (const [variant, description] of Object.entries(CHOICES.layouts))
    $('layouts').append(radio('variant', variant, description));
  for (const platform of PLATFORMS) $(`platform-${platform}`).checked = DEFAULT_PLATFORMS.includes(platform);
  $('deadline').value = DEFAULT_DEADLINE;
  $('deadline-example').textContent = DEFAULT_DEADLINE;
  for (const platform of PLATFORMS) $(`${platform}-href`).placeholder = FORM_URLS[platform];
  $('base').value = OWN_FILES;
  $('needs-js').hidden = true;

  form.addEventListener('input', update);
  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => event.preventDefault());
  $('copy').addEventListener('click', copySnippet);
  update();
}

init();
