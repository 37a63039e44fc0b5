/** The page a test runs in, and pages it opens in iframes, as a site would load them. */
import {widgetReady} from './widget.js';
import {until} from './wait.js';

const frames: HTMLIFrameElement[] = [];

/** Loads `src` in a fresh iframe and resolves with its window once loaded. */
export function openPage(src: string, width = 800): Promise<Window> {
  const frame = document.createElement('iframe');
  frame.src = src;
  frame.style.width = `${width}px`;
  frame.style.height = '1200px';
  document.body.append(frame);
  frames.push(frame);
  return new Promise((resolve) => frame.addEventListener('load', () => resolve(frame.contentWindow!), {once: true}));
}

/**
 * Opens an iframe of `width` × `height` CSS pixels, set up by `setup` (a `src` or a
 * `srcdoc`), and resolves with it once loaded.
 */
export async function openFrame(
  setup: (frame: HTMLIFrameElement) => void,
  width = 1100,
  height = 1400,
): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.width = String(width);
  frame.height = String(height);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  setup(frame);
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return frame;
}

/** Removes the pages `openPage()` and `openFrame()` opened (in `after` when a suite shares one page). */
export function closePages(): void {
  for (const frame of frames.splice(0)) frame.remove();
}

/** The page's first widget, once it shows its content. */
export async function widgetIn(win: Window): Promise<HTMLElement> {
  const el = await until(() => win.document.querySelector<HTMLElement>('meta-ai-optout'), 'a widget in the page');
  return widgetReady(el);
}

/**
 * Test pages run in background tabs, where `document.hidden` is true and the widgets'
 * clock rightly sleeps. This makes the page report `state` and tells listeners.
 */
export function simulateVisibility(state: 'visible' | 'hidden'): void {
  Object.defineProperty(document, 'hidden', {configurable: true, get: () => state === 'hidden'});
  Object.defineProperty(document, 'visibilityState', {configurable: true, get: () => state});
  document.dispatchEvent(new Event('visibilitychange'));
}
