/** Records console.warn calls of `win` (this page, or a frame's) without printing them, until `restore()`. */
export function captureWarnings(win: Window = window) {
  const console = (win as Window & typeof globalThis).console;
  const original = console.warn;
  const warnings: string[] = [];
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  return {warnings, restore: () => (console.warn = original)};
}
