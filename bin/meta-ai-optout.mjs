#!/usr/bin/env node
/**
 * `npx meta-ai-optout snippet --lang nl --base /dist/ [options]`: prints the
 * recommended snippet (src/snippet.ts), the same one the configurator builds. A flag
 * it does not know, a missing value or a value the widget would refuse ends it with
 * one line on stderr each and exit code 2, so a script never pastes a broken snippet.
 */
import {parseArgs} from 'node:util';
import {CHOICES, createSnippet, TARGETS} from '../dist/snippet.js';

const USAGE = [
  'usage: meta-ai-optout snippet --lang <language> --base <folder URL ending in /> [--for <target>]',
  `  [--variant ${CHOICES.variants.join('|')}] [--theme ${CHOICES.themes.join('|')}] [--platforms "${CHOICES.platforms.join(' ')}"]`,
  `  ${CHOICES.platforms.map((platform) => `[--${platform}-href URL]`).join(' ')} [--more-info-href URL]`,
  `  [--heading-level ${CHOICES.headingLevels[0]}-${CHOICES.headingLevels.at(-1)}] [--deadline ISO] [--frozen-at ISO] [--message TEXT] [--accent COLOUR] [--strict-csp]`,
  '  [--stylesheet inline|link] [--pinned]',
  '',
  '--for: where the snippet will be pasted, which decides its form:',
  ...Object.entries(TARGETS).map(
    ([target, {where}]) => `  ${target.padEnd(10)} ${where}${target === 'page' ? ' (the default)' : ''}`,
  ),
].join('\n');

/**
 * Each flag, and the option of createSnippet() it sets: --more-info-href → moreInfoHref.
 * Those that set an attribute come from the widget's table (CHOICES.attributeOptions).
 */
const kebab = (option) => option.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
const FLAGS = {
  ...Object.fromEntries(Object.entries(CHOICES.attributeOptions).map(([option, type]) => [kebab(option), {type}])),
  ...Object.fromEntries(
    ['lang', 'base', 'message', 'accent', 'stylesheet', 'for'].map((flag) => [flag, {type: 'string'}]),
  ),
  ...Object.fromEntries(['pinned', 'strict-csp', 'help'].map((flag) => [flag, {type: 'boolean'}])),
};
const camel = (flag) => flag.replace(/-(\w)/g, (_, letter) => letter.toUpperCase());

function fail(line) {
  process.stderr.write(`meta-ai-optout: ${line}\n`);
  process.exit(2);
}

const [command, ...rest] = process.argv.slice(2);
if (command === '--help' || command === '-h') {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
// An error stays one line on stderr: the full usage is what --help prints.
const SEE_HELP = 'meta-ai-optout --help lists the options';
if (command !== 'snippet') fail(command ? `unknown command "${command}"; ${SEE_HELP}` : `no command; ${SEE_HELP}`);

let values;
try {
  ({values} = parseArgs({
    args: rest,
    strict: true,
    allowPositionals: false,
    options: FLAGS,
  }));
} catch (error) {
  fail(`${error.message.split('\n')[0]}; ${SEE_HELP}`);
}
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
for (const required of ['lang', 'base'])
  if (values[required] === undefined) fail(`--${required} is required; ${SEE_HELP}`);
if (values.stylesheet !== undefined && !['inline', 'link'].includes(values.stylesheet)) {
  fail(`--stylesheet ${JSON.stringify(values.stylesheet)}: expected inline or link`);
}

// --for names the option `target`: `for` is a word of the language the options are read in.
const options = Object.fromEntries(
  Object.entries(values).map(([flag, value]) => [flag === 'for' ? 'target' : camel(flag), value]),
);
const {html, refusals, accentRule, styleSrc} = createSnippet(options);
if (refusals.length > 0) {
  for (const {option, value, reason} of refusals)
    fail(`--${option === 'target' ? 'for' : kebab(option)} ${JSON.stringify(value)}: ${reason}`);
}
process.stdout.write(`${html}\n`);
// What the page's own stylesheet and CSP need, for a strict site: on stderr, so
// stdout stays exactly the snippet.
if (options.strictCsp) {
  if (accentRule) process.stderr.write(`Put in your stylesheet: ${accentRule}\n`);
  if (styleSrc) process.stderr.write(`Add to your Content-Security-Policy: style-src ${styleSrc}\n`);
}
