/**
 * What `npm run localize` writes after lit-localize: the English messages, read from
 * the msg() calls in the sources, where they are written (lit-localize extracts the
 * same calls into the XLIFF files), and every language's loader.
 *
 * English is shipped like every other language, as a chunk of its own
 * (src/generated/locales/en.ts, written by `npm run localize`), so the entry does not
 * carry text that a Dutch or Polish page never shows. The production build then blanks
 * the English in the msg() calls themselves (scripts/messages-pipeline.mjs), keeping
 * only the values a translation fills in.
 */
import ts from 'typescript';
import {readdirSync, readFileSync, writeFileSync} from 'node:fs';

/** Every source file that may call msg(): src/, without what lit-localize generates. */
export const isMessageSource = (path) => /\/src\/(?!generated\/).*\.ts$/.test(path);

/**
 * Every msg() call in `code`: its id, where its first argument sits, and that
 * argument as parts of text (raw, as written in a template literal) between the
 * source expressions. `tag` is `html` or `str` for a tagged template, else undefined.
 */
export function findMessages(code) {
  const file = ts.createSourceFile('messages.ts', code, ts.ScriptTarget.Latest, true);
  const messages = [];
  const visit = (node) => {
    if (ts.isCallExpression(node) && node.expression.getText(file) === 'msg') {
      messages.push(describeCall(node, file));
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return messages;
}

function describeCall(call, file) {
  const [message, options] = call.arguments;
  const idProperty = options?.properties?.find((property) => property.name?.getText(file) === 'id');
  if (!idProperty || !ts.isStringLiteral(idProperty.initializer)) {
    throw new Error(`msg() without a literal id: ${call.getText(file).slice(0, 80)}`);
  }
  const unknown = options.properties.find((property) => !['id', 'desc'].includes(property.name?.getText(file)));
  if (unknown) throw new Error(`msg("${idProperty.initializer.text}"): unexpected option ${unknown.getText(file)}`);
  const where = {
    id: idProperty.initializer.text,
    start: message.getStart(file),
    end: message.getEnd(),
    // The options object, which the production build replaces with the short id alone.
    idStart: idProperty.initializer.getStart(file),
    idEnd: idProperty.initializer.getEnd(),
    optionsStart: options.getStart(file),
    optionsEnd: options.getEnd(),
  };
  if (ts.isStringLiteral(message)) return {...where, parts: [escapeForTemplate(message.text)], expressions: []};
  const tag = ts.isTaggedTemplateExpression(message) ? message.tag.getText(file) : undefined;
  const template = tag ? message.template : message;
  if (ts.isNoSubstitutionTemplateLiteral(template)) return {...where, tag, parts: [template.rawText], expressions: []};
  if (!ts.isTemplateExpression(template))
    throw new Error(`msg("${where.id}"): unexpected ${ts.SyntaxKind[template.kind]}`);
  return {
    ...where,
    tag,
    parts: [template.head.rawText, ...template.templateSpans.map((span) => span.literal.rawText)],
    expressions: template.templateSpans.map((span) => span.expression.getText(file)),
  };
}

const escapeForTemplate = (text) => text.replace(/[`\\]|\$\{/g, (match) => `\\${match}`);

/** A message as lit-localize's generated modules write it: `${0}` for the first value. */
function asLocaleTemplate({tag, parts}) {
  const body = parts.map((part, index) => (index === 0 ? part : `\${${index - 1}}${part}`)).join('');
  return `${tag ?? ''}\`${body}\``;
}

/** The English locale module, in the same shape as the ones lit-localize writes. */
export function englishModule(sources) {
  const messages = sources.flatMap(findMessages).sort((a, b) => (a.id < b.id ? -1 : 1));
  const tags = new Set(messages.map((message) => message.tag));
  return [
    `// Written by scripts/source-messages.mjs from the msg() calls in src/. Do not edit.`,
    ...(tags.has('html') ? [`import {html} from 'lit';`] : []),
    ...(tags.has('str') ? [`import {str} from '@lit/localize';`] : []),
    ``,
    `export const templates = {`,
    ...messages.map((message) => `'${message.id}': ${asLocaleTemplate(message)},`),
    `};`,
    ``,
  ].join('\n');
}

/** The absolute paths of every message source under `root`/src. */
export const messageSourceFiles = (root = process.cwd()) =>
  readdirSync(`${root}/src`, {recursive: true})
    .map((name) => `${root}/src/${name}`)
    .filter(isMessageSource);

/**
 * The two modules that bring each language, English first, written from
 * lit-localize.json, so a language added there has both: src/generated/locale-loaders.ts
 * for the widget, one literal import() each (rollup splits only literal ones into
 * chunks, fetched when a widget asks), and src/generated/locale-modules.ts for the
 * snippet generator, which bundles them all (its build inlines every module, which a
 * top-level await of the loaders would reach before they are defined). A language with
 * a word list (src/intl-words/<locale>.ts, see src/intl-words.ts) comes as that module,
 * which carries its messages and its date words as one chunk.
 */
export function localeModules({sourceLocale, targetLocales}, handFormatted) {
  const locales = [sourceLocale, ...targetLocales];
  const path = (locale) => (handFormatted.includes(locale) ? `../intl-words/${locale}.js` : `./locales/${locale}.js`);
  const header = `// Written by scripts/source-messages.mjs from lit-localize.json. Do not edit.`;
  return {
    'locale-loaders.ts': [
      header,
      `export const LOADERS = {`,
      ...locales.map((locale) => `  ${locale}: () => import('${path(locale)}'),`),
      `};`,
      ``,
    ].join('\n'),
    'locale-modules.ts': [
      header,
      ...locales.map((locale) => `import * as ${locale} from '${path(locale)}';`),
      `export const MODULES = {${locales.join(', ')}};`,
      ``,
    ].join('\n'),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = messageSourceFiles();
  writeFileSync('src/generated/locales/en.ts', englishModule(files.map((file) => readFileSync(file, 'utf8'))));
  const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
  const handFormatted = readdirSync('src/intl-words').map((name) => name.replace(/\.ts$/, ''));
  for (const [name, text] of Object.entries(localeModules(config, handFormatted))) {
    writeFileSync(`src/generated/${name}`, text);
  }
}
