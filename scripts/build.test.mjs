/**
 * The build's own steps, in Node (`node --test scripts/`): what the browser tests
 * cannot reach, because it happens before a bundle exists.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {minifyCss} from './minify-css.mjs';
import ts from 'typescript';
import {messagesPipeline, templatesObject} from './messages-pipeline.mjs';
import {collapseTemplateWhitespace} from './template-whitespace.mjs';
import {importTs} from './import-ts.mjs';
import {describeAttribute} from '../custom-elements-manifest.config.mjs';

test('minify-css keeps a descendant combinator before a pseudo-class', async () => {
  // The regular expressions before esbuild turned this into `.base:focus-visible`.
  assert.equal(
    await minifyCss('.base :focus-visible {\n  outline: 3px solid;\n}\n'),
    '.base :focus-visible{outline:3px solid}',
  );
  assert.equal(await minifyCss('.a > :last-child , .b *{margin:0}'), '.a>:last-child,.b *{margin:0}');
});

/** The plugin after buildStart over the real sources, with rollup's error() as a throw. */
function pipeline() {
  const plugin = messagesPipeline();
  const context = {error: (message) => assert.fail(message)};
  plugin.buildStart.call(context);
  const transform = (code, path) => plugin.transform.call(context, code, `${process.cwd()}/${path}`);
  return {plugin, context, transform};
}
const nl = readFileSync('src/generated/locales/nl.ts', 'utf8');

/** The elements of the array `export const templates = [...]` in `code`, as written. */
function templatesArray(code) {
  const file = ts.createSourceFile('locale.ts', code, ts.ScriptTarget.Latest, true);
  const statement = file.statements.find((s) => ts.isVariableStatement(s) && s.getText(file).includes('templates'));
  const array = statement.declarationList.declarations[0].initializer;
  assert.ok(ts.isArrayLiteralExpression(array), 'templates is an array');
  return array.elements.map((element) => element.getText(file));
}

test('each msg() call asks by number for the translation the locale module holds at that index', () => {
  const {transform} = pipeline();
  const translations = templatesArray(transform(nl, 'src/generated/locales/nl.ts').code);
  const content = transform(readFileSync('src/content.ts', 'utf8'), 'src/content.ts').code;
  assert.doesNotMatch(content, /desc:|your right to object/);
  const asked = [...content.matchAll(/\{id: (\d+)\}/g)].map((m) => Number(m[1]));
  assert.ok(asked.length > 20);
  const dutch = new Map(templatesObject(nl).entries.map(({key, value}) => [key, value]));
  assert.equal(translations.length, dutch.size);
  // The main heading's call, its English blanked: `headingText = () => msg('', {id: 7})`.
  const headingId = Number(content.match(/headingText = \(\) =>\s*msg\('', \{id: (\d+)\}\)/)[1]);
  assert.equal(translations[headingId], dutch.get('heading'));
  for (const id of asked) assert.ok(translations[id], `nl has a translation at ${id}`);
});

test('a generated module without a key the sources use fails the build, naming it', () => {
  const {transform} = pipeline();
  const without = nl.replace(/^\s*'status\.left':.*$/m, '');
  assert.throws(
    () => transform(without, 'src/generated/locales/nl.ts'),
    /nl\.ts does not match .*missing status\.left/,
  );
});

test('a key no msg() call has fails the build', () => {
  const {transform} = pipeline();
  const extra = nl.replace('export const templates = {', "export const templates = {\n'gone.away': `Weg`,");
  assert.throws(() => transform(extra, 'src/generated/locales/nl.ts'), /not in any msg\(\) call: gone\.away/);
});

test('a generated module in a shape the pipeline cannot read fails the build', () => {
  const {transform} = pipeline();
  const reshaped = nl
    .replace('export const templates = {', 'const all = {')
    .concat('\nexport const templates = new Map(Object.entries(all));');
  assert.throws(() => transform(reshaped, 'src/generated/locales/nl.ts'), /output has changed shape/);
});

test('a build in which some locale module never went through the pipeline fails', () => {
  const {plugin, context, transform} = pipeline();
  transform(nl, 'src/generated/locales/nl.ts');
  assert.throws(() => plugin.buildEnd.call(context), /no generated locale module went through the build for en, bg/);
});

test('template-whitespace collapses line breaks in html`` templates only, nested ones too', () => {
  const code = [
    'const a = html`<p>\n    ${b ? html`<b\n      >x</b\n    >` : nothing}\n  </p>`;',
    'const c = `keep\n  this`;',
    "const d = 'and\\n  this';",
    '// a comment\n// over lines',
  ].join('\n');
  assert.equal(
    collapseTemplateWhitespace(code),
    [
      'const a = html`<p> ${b ? html`<b >x</b >` : nothing} </p>`;',
      'const c = `keep\n  this`;',
      "const d = 'and\\n  this';",
      '// a comment\n// over lines',
    ].join('\n'),
  );
});

test('the built entry has no line break left in a template, and keeps its one at the end', () => {
  assert.equal(readFileSync('dist/meta-ai-optout.js', 'utf8').trimEnd().includes('\n'), false);
});

test('each Intl language chunk brings its known dates, for the language and its EEA countries alike', async () => {
  // Read, not imported: a chunk imports the entry, which needs a DOM.
  const knownDates = async (locale) => {
    const literal = readFileSync(`dist/locales/${locale}.js`, 'utf8').match(/\{"[\w-]+ \d{4}-\d\d-\d\d [^{}]*\}/);
    return literal ? JSON.parse(literal[0]) : undefined;
  };
  assert.deepEqual(await knownDates('nl'), {
    'nl 2025-05-26 full': 'maandag 26 mei 2025',
    'nl 2026-12-07 long': '7 december 2026',
    'nl-BE 2025-05-26 full': 'maandag 26 mei 2025',
    'nl-BE 2026-12-07 long': '7 december 2026',
    'nl-NL 2025-05-26 full': 'maandag 26 mei 2025',
    'nl-NL 2026-12-07 long': '7 december 2026',
  });
  // Bare English is British to the widget (intlTag); Irish English formats for itself.
  assert.deepEqual(Object.keys(await knownDates('en')), ['en-GB 2025-05-26 full', 'en-GB 2026-12-07 long']);
  // Irish formats from its word list, never with Intl.
  assert.equal(await knownDates('ga'), undefined);
});

test('the public typings of ./snippet are its API: createSnippet and its types, no helpers', () => {
  const file = JSON.parse(readFileSync('package.json', 'utf8')).exports['./snippet'].types;
  const program = ts.createProgram([file], {noEmit: true, skipLibCheck: true});
  const checker = program.getTypeChecker();
  const module = checker.getSymbolAtLocation(program.getSourceFile(file));
  const names = checker.getExportsOfModule(module).map((symbol) => symbol.name);
  assert.deepEqual(names.sort(), [
    'CHOICES',
    'Refusal',
    'Snippet',
    'SnippetOptions',
    'TARGETS',
    'Target',
    'createSnippet',
  ]);
});

test('the manifest types a boolean attribute and its property as boolean, false by default', async () => {
  const {flag} = await importTs('src/attributes.ts');
  const {attribute, member} = describeAttribute('hide-footer', flag(), 'Hides the footer.');
  assert.deepEqual([attribute.type.text, member.type.text, attribute.default], ['boolean', 'boolean', 'false']);
  assert.equal(member.name, 'hideFooter');
});

test('each layout but the default has rules of its own in the stylesheet', async () => {
  const {VARIANTS} = await importTs('src/attributes.ts');
  const [, css] = readFileSync('src/meta-ai-optout.styles.ts', 'utf8').match(/CSS_TEXT = `([^`]*)`/);
  const bare = VARIANTS.slice(1).filter((layout) => !new RegExp(`\\.base\\.${layout}\\b`).test(css));
  assert.deepEqual(
    bare,
    [],
    `src/meta-ai-optout.styles.ts has no .base.${bare[0]} rule: that layout would look like ${VARIANTS[0]}`,
  );
});
