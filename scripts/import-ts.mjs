/**
 * A module of src/ (TypeScript), loaded into this Node process: bundled by esbuild
 * into one ES module in memory and imported from a data: URL. The build, the
 * manifest and the template lint read the widget's own tables and formatters this
 * way, so none of them keeps a second copy in JavaScript.
 *
 * Only for modules that run anywhere (no DOM, no Node API): `platform: 'neutral'`
 * resolves imports as a browser and Node alike would.
 */
import {build} from 'esbuild';
import {resolve} from 'node:path';

/** The exports of the TypeScript module at `path` (relative to the working directory, or absolute). */
export async function importTs(path) {
  const {outputFiles} = await build({
    entryPoints: [resolve(path)],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
  });
  return import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
}
