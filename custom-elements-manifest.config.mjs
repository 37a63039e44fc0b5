/**
 * custom-elements.json, from the JSDoc of src/meta-ai-optout.ts, with two plugins on
 * top of the analyzer:
 *
 * - the attributes and their properties come from the table in src/attributes.ts, the
 *   one place they live: its names, defaults and keywords from the module itself
 *   (bundled and imported, so a default written as a constant is its value), its
 *   descriptions from the JSDoc on each row;
 * - an event the analyzer wrongly infers from the event class's constructor argument
 *   is dropped.
 */
import {readFileSync} from 'node:fs';
import ts from 'typescript';
import {importTs} from './scripts/import-ts.mjs';

const TABLE = 'src/attributes.ts';

const {ATTRIBUTES, propertyName} = await importTs(TABLE);

/** The JSDoc of each row of `ATTRIBUTES`, by attribute name. */
function rowDocs() {
  const source = ts.createSourceFile(TABLE, readFileSync(TABLE, 'utf8'), ts.ScriptTarget.Latest, true);
  const docs = new Map();
  const visit = (node) => {
    if (ts.isVariableDeclaration(node) && node.name.getText() === 'ATTRIBUTES') {
      let table = node.initializer;
      while (ts.isSatisfiesExpression(table) || ts.isAsExpression(table)) table = table.expression;
      for (const row of table.properties) {
        const doc = ts.getJSDocCommentsAndTags(row).find(ts.isJSDoc);
        docs.set(row.name.text ?? row.name.getText(), ts.getTextOfJSDocComment(doc?.comment));
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return docs;
}

/** An attribute row as the manifest describes it, and the property that reads and writes it. */
export function describeAttribute(name, {written, keywords, boolean}, description) {
  if (!description) throw new Error(`${TABLE}: attribute ${name} has no JSDoc description`);
  const quote = (text) => `'${text}'`;
  const values = boolean ? 'boolean' : keywords ? keywords.map(quote).join(' | ') : 'string';
  const fieldName = propertyName(name);
  const byDefault = boolean ? {default: 'false'} : written === undefined ? {} : {default: quote(written)};
  const common = {description, ...byDefault};
  return {
    attribute: {name, type: {text: values}, fieldName, ...common},
    // A property reads back what the page wrote, refused or not, hence `string`; a
    // boolean attribute's, whether it is there.
    member: {
      kind: 'field',
      name: fieldName,
      type: {text: boolean ? 'boolean' : 'string | null'},
      attribute: name,
      ...common,
    },
  };
}

export default {
  globs: ['src/meta-ai-optout.ts', 'src/events.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      name: 'meta-ai-optout-attributes',
      packageLinkPhase({customElementsManifest}) {
        const docs = rowDocs();
        const rows = Object.entries(ATTRIBUTES).map(([name, row]) => describeAttribute(name, row, docs.get(name)));
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (!declaration.customElement) continue;
            const own = new Set(rows.map((row) => row.attribute.name));
            declaration.attributes = [
              ...(declaration.attributes ?? []).filter((a) => !own.has(a.name)),
              ...rows.map((row) => row.attribute),
            ];
            declaration.members = [...rows.map((row) => row.member), ...(declaration.members ?? [])];
          }
        }
      },
    },
    {
      name: 'meta-ai-optout-events',
      packageLinkPhase({customElementsManifest}) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            declaration.events = declaration.events?.filter((event) => event.description);
          }
        }
      },
    },
  ],
};
