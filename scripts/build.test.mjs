/**
 * The build's own steps, in Node (`node --test scripts/`): what the browser tests
 * cannot reach, because it happens before a bundle exists.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {minifyCss} from './minify-css.mjs';
import {messagesPipeline} from './messages-pipeline.mjs';

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

test('a generated locale module gets short keys, and msg() calls the same ids without English or desc', () => {
  const {transform} = pipeline();
  const locale = transform(nl, 'src/generated/locales/nl.ts').code;
  assert.doesNotMatch(locale, /'status\.left'/);
  const keys = [...locale.matchAll(/^\s*'([0-9a-z]+)':/gm)].map((m) => m[1]);
  const content = transform(readFileSync('src/content.ts', 'utf8'), 'src/content.ts').code;
  const ids = [...content.matchAll(/\{id: '([0-9a-z]+)'\}/g)].map((m) => m[1]);
  assert.ok(ids.length > 20);
  for (const id of ids) assert.ok(keys.includes(id), `short id ${id} is a key of nl`);
  assert.doesNotMatch(content, /desc:|your right to object/);
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
