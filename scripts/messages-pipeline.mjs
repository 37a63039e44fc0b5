/**
 * Everything the production build does to messages, as one rollup plugin. At the start
 * of a build it reads every message source (src/, without src/generated/) once, with
 * TypeScript's parser (scripts/source-messages.mjs); every id comes from those msg()
 * calls, and is numbered in sorted order. Then:
 *
 * - each msg() call keeps only its number and the values a translation fills in: no
 *   English (it ships as a locale chunk like every other language), no `desc` (for
 *   translators; lit-localize copies it into the XLIFF);
 * - each generated locale module becomes an array indexed by those numbers, after a
 *   check that its keys are exactly the sources' ids. Since the English is blanked, a
 *   key missing from a chunk would render as nothing, and a change in lit-localize's
 *   output that this plugin no longer reads would ship an empty widget: both fail the
 *   build, naming the file and the ids;
 * - @lit/localize's hash-based id generation is replaced by a stub (every msg() has an
 *   explicit id, so it is dead code);
 * - 'lit', which the generated modules import `html` from, resolves to lit-html: lit's
 *   index would bring lit-element along, which the widget does not use
 *   (src/rendering-element.ts says why).
 *
 * docs/build.md lists what each of these saves (scripts/measure-build.mjs measures it
 * by building with the trick off) and which test guards it.
 */
import ts from 'typescript';
import {readFileSync} from 'node:fs';
import {relative} from 'node:path';
import {findMessages, messageSourceFiles} from './source-messages.mjs';

/** The tricks a build can leave out, for scripts/measure-build.mjs. */
export const MESSAGE_TRICKS = [
  'blank-english',
  'strip-descriptions',
  'short-ids',
  'no-id-generation',
  'lit-html-only',
  'array-templates',
];

const GENERATED_LOCALE = /\/src\/generated\/locales\/([\w-]+)\.ts$/;
const ID_GENERATION = '@lit/localize/internal/id-generation.js';

/** The msg() call's first argument without its English: only the values remain. */
function withoutText({tag, expressions}) {
  return expressions.length === 0 ? "''" : `${tag}\`${expressions.map((expression) => `\${${expression}}`).join('')}\``;
}

/** `code` with each edit ({start, end, text}, none overlapping) applied. */
function applyEdits(code, edits) {
  let result = code;
  for (const {start, end, text} of [...edits].sort((a, b) => b.start - a.start)) {
    result = result.slice(0, start) + text + result.slice(end);
  }
  return result;
}

/** A message source's code with its msg() calls rewritten as `on` allows. */
function rewriteCalls(code, messages, shortId, on) {
  return applyEdits(
    code,
    messages.flatMap((message) => [
      ...(on('blank-english') ? [{start: message.start, end: message.end, text: withoutText(message)}] : []),
      on('strip-descriptions')
        ? {start: message.optionsStart, end: message.optionsEnd, text: `{id: ${shortId(message.id)}}`}
        : {start: message.idStart, end: message.idEnd, text: shortId(message.id)},
    ]),
  );
}

/**
 * A generated locale module's `export const templates = {…}`: where the object is
 * written, and each entry's key and value as written (`key` undefined for an entry
 * this cannot read); undefined when the module has no such object.
 */
export function templatesObject(code) {
  const file = ts.createSourceFile('locale.ts', code, ts.ScriptTarget.Latest, true);
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    if (!statement.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword)) continue;
    const declaration = statement.declarationList.declarations.find((d) => d.name.getText(file) === 'templates');
    const object = declaration?.initializer;
    if (!object || !ts.isObjectLiteralExpression(object)) continue;
    const entries = object.properties.map((property) =>
      ts.isPropertyAssignment(property) && (ts.isStringLiteral(property.name) || ts.isIdentifier(property.name))
        ? {key: property.name.text, value: property.initializer.getText(file)}
        : {key: undefined, value: property.getText(file)},
    );
    return {start: object.getStart(file), end: object.getEnd(), entries};
  }
  return undefined;
}

/** What is wrong with a locale module's keys against the sources' ids, or undefined. */
function keyMismatch(keys, ids) {
  const missing = [...ids].filter((id) => !keys.includes(id));
  const extra = keys.filter((key) => !ids.has(key));
  const problems = [
    ...(missing.length ? [`missing ${missing.join(', ')}`] : []),
    ...(extra.length ? [`not in any msg() call: ${extra.join(', ')}`] : []),
  ];
  return problems.length ? problems.join('; ') : undefined;
}

/**
 * The plugin. `off` names tricks of MESSAGE_TRICKS to leave out, for measuring what
 * each saves; the checks run either way.
 */
export function messagesPipeline({off = []} = {}) {
  const on = (trick) => !off.includes(trick);
  const root = process.cwd();
  const rel = (path) => relative(root, path);
  /** Absolute path → its code as read, and its msg() calls. */
  let sources = new Map();
  let ids = new Set();
  let shortIds = new Map();
  let expectedLocales = [];
  const seenLocales = new Set();

  function localeModule(context, code, path, locale) {
    const templates = templatesObject(code);
    const unreadable = templates?.entries.find((entry) => entry.key === undefined);
    if (!templates || unreadable) {
      context.error(
        `${rel(path)}: ${unreadable ? `cannot read the key of ${unreadable.value.slice(0, 60)}` : 'no `export const templates = {…}`'}. ` +
          `lit-localize's output has changed shape; scripts/messages-pipeline.mjs must learn it, or the widget ships without text.`,
      );
    }
    const {start, end, entries} = templates;
    const mismatch = keyMismatch(
      entries.map((entry) => entry.key),
      ids,
    );
    if (mismatch) {
      context.error(
        `${rel(path)} does not match the msg() calls in src/: ${mismatch}. ` +
          `The bundle blanks the English, so a missing key would show nothing: run npm run localize, add the translation, or fix the id.`,
      );
    }
    seenLocales.add(locale);
    const shortKeyed = entries.map(({key, value}) => ({id: shortIds.get(key), value}));
    // The ids are 0 to n - 1 and the check above found each exactly once, so an array
    // holds them all without a hole, and `templates[7]` (what @lit/localize's runtime
    // looks up) reads it: the keys need not be written at all.
    const object =
      on('array-templates') && on('short-ids')
        ? `[${shortKeyed
            .sort((a, b) => a.id - b.id)
            .map(({value}) => value)
            .join(', ')}]`
        : `{${shortKeyed.map(({id, value}) => `${id}: ${value}`).join(', ')}}`;
    return {code: code.slice(0, start) + object + code.slice(end), map: null};
  }

  return {
    name: 'messages-pipeline',

    buildStart() {
      sources = new Map(
        messageSourceFiles(root).map((path) => {
          const code = readFileSync(path, 'utf8');
          return [path, {code, messages: code.includes('msg(') ? findMessages(code) : []}];
        }),
      );
      const sorted = [...new Set([...sources.values()].flatMap(({messages}) => messages.map(({id}) => id)))].sort();
      ids = new Set(sorted);
      // Numbers in sorted order: short in the msg() calls, and none at all in the
      // locale modules, which become arrays (see localeModule).
      // As written in the calls: a number literal (the runtime only indexes with it, and
      // `0 ?? generated` is 0), or the id's string literal.
      shortIds = new Map(sorted.map((id, index) => [id, on('short-ids') ? String(index) : `'${id}'`]));
      const config = JSON.parse(readFileSync(`${root}/lit-localize.json`, 'utf8'));
      expectedLocales = [config.sourceLocale, ...config.targetLocales];
      seenLocales.clear();
    },

    resolveId(source, importer) {
      return on('lit-html-only') && source === 'lit' ? this.resolve('lit/html.js', importer) : null;
    },

    load(id) {
      if (!on('no-id-generation') || !id.endsWith(ID_GENERATION)) return null;
      return 'export const generateMsgId = () => { throw new Error("meta-ai-optout: a msg() without an id"); };';
    },

    transform(code, id) {
      const locale = id.match(GENERATED_LOCALE)?.[1];
      if (locale) return localeModule(this, code, id, locale);
      const source = sources.get(id);
      // A file without messages is not this plugin's (another may load it anew, as the
      // snippet build does src/release.ts).
      if (!source?.messages.length) return null;
      // The calls were found in the file as read; an earlier plugin's change would
      // move them.
      if (source.code !== code) this.error(`${rel(id)} changed after the build read it; read it once, here, first.`);
      return {code: rewriteCalls(code, source.messages, (m) => shortIds.get(m), on), map: null};
    },

    buildEnd(error) {
      if (error) return;
      // A generated module this plugin did not see keeps its long keys, which the
      // entry no longer asks for: every text of that language would be empty.
      const unseen = expectedLocales.filter((locale) => !seenLocales.has(locale));
      if (unseen.length) {
        this.error(
          `no generated locale module went through the build for ${unseen.join(', ')} ` +
            `(expected at src/generated/locales/<locale>.ts, as lit-localize.json says).`,
        );
      }
    },
  };
}
