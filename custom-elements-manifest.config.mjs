/**
 * custom-elements.json, from the JSDoc of src/meta-ai-optout.ts. Two fixes on top
 * of the analyzer: defaults written as constants are shown as their values (read
 * from src/facts.ts, the one place they live), and an event it wrongly infers from
 * the event class's constructor argument is dropped.
 */
import {readFileSync} from 'node:fs';

const facts = readFileSync(new URL('./src/facts.ts', import.meta.url), 'utf8');
const constant = (name) => facts.match(new RegExp(`${name}[^=]*= ([^;]+);`))[1];
/** Defaults the analyzer cannot read (a constant, a call), by field name. */
const DEFAULTS = {
  deadline: constant('DEFAULT_DEADLINE'),
  platforms: `'${JSON.parse(constant('DEFAULT_PLATFORMS').replace(/'/g, '"')).join(' ')}'`,
};

export default {
  globs: ['src/meta-ai-optout.ts', 'src/events.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      name: 'meta-ai-optout-cleanup',
      packageLinkPhase({customElementsManifest}) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            declaration.events = declaration.events?.filter((event) => event.description);
            for (const item of [...(declaration.attributes ?? []), ...(declaration.members ?? [])]) {
              const name = item.fieldName ?? item.name;
              if (name in DEFAULTS) item.default = DEFAULTS[name];
            }
          }
        }
      },
    },
  ],
};
