/**
 * Type-checks the bindings in every Lit template (`npm run lint`), with lit-analyzer
 * in strict mode: tsc sees a template as a string, so `.value=${1}` on an <input>, a
 * misspelt attribute of <meta-ai-optout> or `@click=${'go'}` pass it unnoticed.
 *
 * It analyses the files tsconfig.json compiles (src/ and test/; not src/generated/,
 * which lit-localize writes) and fails on any problem, warnings included. It also
 * proves that it still bites: test/fixtures/bad-templates.ts must give exactly the
 * problems its lines announce (`expect: <rule>`), no more and no fewer.
 *
 * lit-analyzer's own CLI is not used: it takes the word after `--noColor` for a flag
 * value rather than a file, cannot exclude a folder, and does not say which rule
 * reported a problem, which the fixture check needs.
 */
import ts from 'typescript';
import {DefaultLitAnalyzerContext, LitAnalyzer, makeConfig} from 'lit-analyzer';
import {readFileSync} from 'node:fs';
import {relative, resolve} from 'node:path';
import {pathToFileURL} from 'node:url';
import {importTs} from './import-ts.mjs';

export const FIXTURE = resolve('test/fixtures/bad-templates.ts');

/**
 * The element's attributes, from the table in src/attributes.ts (their one place): the
 * element makes its accessors from the table at run time, which the analyzer cannot
 * follow, so it is told them as HTML custom data, as an editor's HTML language server is.
 */
const {ATTRIBUTES} = await importTs('src/attributes.ts');
const ELEMENT_DATA = {
  version: 1.1,
  tags: [
    {
      name: 'meta-ai-optout',
      // Names only: any string is a valid value (a refused one falls back, with a warning).
      attributes: Object.keys(ATTRIBUTES).map((name) => ({name})),
    },
  ],
};

const CONFIG = makeConfig({
  strict: true,
  customHtmlData: ELEMENT_DATA,
  rules: {
    // Off even in strict mode, on here: Lit silently ignores Polymer's `attr$=` syntax.
    'no-legacy-attribute': 'error',
    // Off even in strict mode, on here: every event the templates listen to is known.
    'no-unknown-event': 'error',
    // Stays off (as in strict mode): it wants HTMLElementTagNameMap in src/index.ts, the
    // file that calls customElements.define, not beside the class that declares it.
    'no-missing-element-type-definition': 'off',
  },
});

/** The files tsconfig.json compiles, and its compiler options. */
function readTsconfig() {
  const host = {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => fail(ts.flattenDiagnosticMessageText(d.messageText, '\n')),
  };
  const parsed = ts.getParsedCommandLineOfConfigFile('tsconfig.json', {}, host);
  if (parsed.errors.length > 0) fail(ts.formatDiagnostics(parsed.errors, ts.createCompilerHost({})));
  return parsed;
}

function fail(message) {
  console.error(message);
  process.exit(1);
}

/** Every problem lit-analyzer finds in `fileNames`, as plain records. */
export function analyze(fileNames, options) {
  const program = ts.createProgram(fileNames, {...options, noEmit: true});
  const context = new DefaultLitAnalyzerContext({getProgram: () => program});
  context.updateConfig(CONFIG);
  const analyzer = new LitAnalyzer(context);
  return fileNames.flatMap((fileName) => {
    const file = program.getSourceFile(fileName);
    return analyzer.getDiagnosticsInFile(file).map((d) => {
      const {line, character} = file.getLineAndCharacterOfPosition(d.location.start);
      return {file: fileName, line: line + 1, column: character + 1, rule: d.source, message: d.message};
    });
  });
}

/** The problems `source` announces: a `expect: <rule>` on a line, as `line rule`. */
export const expectedProblems = (source) =>
  source.split('\n').flatMap((text, i) => [...text.matchAll(/expect: ([a-z-]+)/g)].map((m) => `${i + 1} ${m[1]}`));

/** What differs between the announced and the reported problems, one line each. */
export function fixtureMismatches(expected, reported) {
  const found = reported.map((p) => `${p.line} ${p.rule}`);
  return [
    ...expected.filter((e) => !found.includes(e)).map((e) => `not reported: line ${e}`),
    ...found.filter((f) => !expected.includes(f)).map((f) => `unexpected: line ${f}`),
  ];
}

const format = (p) => `${relative('.', p.file)}:${p.line}:${p.column}  ${p.rule}  ${p.message}`;

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const {fileNames, options} = readTsconfig();
  const authored = fileNames.map((f) => resolve(f)).filter((f) => !f.includes('/src/generated/'));
  if (!authored.includes(FIXTURE)) fail(`lint-templates: tsconfig.json no longer compiles ${relative('.', FIXTURE)}.`);
  const problems = analyze(authored, options);

  const inFixture = problems.filter((p) => p.file === FIXTURE);
  const mismatches = fixtureMismatches(expectedProblems(readFileSync(FIXTURE, 'utf8')), inFixture);
  const real = problems.filter((p) => p.file !== FIXTURE);

  for (const p of real) console.error(format(p));
  for (const m of mismatches) console.error(`${relative('.', FIXTURE)}: ${m}`);
  if (mismatches.length > 0)
    console.error('lit-analyzer no longer reports what the fixture expects: is it still checking?');
  if (real.length > 0 || mismatches.length > 0) process.exit(1);
  console.log(`lit-analyzer: ${authored.length - 1} files, 0 problems; the fixture's ${inFixture.length} caught.`);
}
