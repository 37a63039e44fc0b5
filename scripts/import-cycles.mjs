/**
 * Fails when the modules of src/ import each other in a cycle. A cycle makes the order
 * in which modules run depend on which one a page imports first, so a table can be
 * read before it is defined. Type-only imports count too: a cycle of types is a
 * cycle of concerns, the next edit makes it a real one.
 *
 * A depth-first search over the import declarations TypeScript parses, rather than a
 * package such as madge: the graph is small, and this reads `.js` specifiers that
 * name `.ts` files the way the compiler does, with nothing to install.
 */
import {readdirSync, readFileSync} from 'node:fs';
import {dirname, join, relative} from 'node:path';
import ts from 'typescript';

/** The relative imports of one module, as paths of `.ts` files. */
function importsOf(file) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const specifiers = source.statements
    .filter((s) => (ts.isImportDeclaration(s) || ts.isExportDeclaration(s)) && s.moduleSpecifier)
    .map((s) => s.moduleSpecifier.text)
    .filter((specifier) => specifier.startsWith('.'));
  return specifiers.map((specifier) => join(dirname(file), specifier).replace(/\.js$/, '.ts'));
}

/** Every cycle reachable in `graph` (file → imported files), each as the files in order. */
function cycles(graph) {
  const found = [];
  const done = new Set();
  const path = [];
  const visit = (file) => {
    const at = path.indexOf(file);
    if (at >= 0) return void found.push([...path.slice(at), file]);
    if (done.has(file)) return;
    path.push(file);
    for (const next of graph.get(file) ?? []) visit(next);
    path.pop();
    done.add(file);
  };
  for (const file of graph.keys()) visit(file);
  return found;
}

const listTs = (dir) =>
  readdirSync(dir, {withFileTypes: true, recursive: true})
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name));

const files = listTs('src');
const graph = new Map(files.map((file) => [file, importsOf(file).filter((f) => files.includes(f))]));
const found = cycles(graph);
for (const cycle of found) console.error(`import cycle: ${cycle.map((f) => relative('.', f)).join(' → ')}`);
if (found.length > 0) process.exit(1);
