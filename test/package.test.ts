/**
 * The package as the ecosystem sees it: what npm would publish, the manifest and the
 * README agreeing with it, and a React 19 app using the element.
 */
import {expect, html} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import {ATTRIBUTES, propertyName, VARIANTS, type Attribute, type AttributeName} from '../src/attributes.js';
import {PLATFORMS} from '../src/facts.js';
import {closePages, openPage, widgetIn} from './support/page.js';
import {until} from './support/wait.js';
import {defineElement, fixtureCleanup, mount} from './support/widget.js';

after(closePages);
afterEach(fixtureCleanup);

const fetchText = async (path: string) => (await fetch(path)).text();

describe('npm pack', () => {
  let files: string[];
  before(async function () {
    // `npm pack --dry-run` takes 4-6.5 s here idle and 9 s with both cores busy.
    this.timeout(30000);
    files = await executeServerCommand<string[], undefined>('npm-pack');
  });

  it('ships the bundle, every language chunk, the types, the manifest and the docs', async () => {
    const config = JSON.parse(await fetchText('/lit-localize.json')) as {targetLocales: string[]};
    expect(files).to.include.members([
      'package.json',
      'README.md',
      'LICENSE',
      'CHANGELOG.md',
      // The README's picture, so the package page shows it too.
      'docs/widget.png',
      'custom-elements.json',
      'dist/meta-ai-optout.js',
      'dist/types/index.d.ts',
      'dist/types/react.d.ts',
      'dist/types/meta-ai-optout.d.ts',
      'dist/types/events.d.ts',
      ...config.targetLocales.map((locale: string) => `dist/locales/${locale}.js`),
    ]);
  });

  it('ships no tests, sources, source maps, demo or configuration', () => {
    for (const file of files) {
      expect(file, file).not.to.match(/^(test|src|demo|scripts|locales|node_modules|\.ci)\//);
      expect(file, file).not.to.match(/\.map$|(?<!\.d)\.ts$/);
      expect(file, file).not.to.match(/config|tsconfig|\.xlf$/);
    }
  });

  it('names what package.json promises', async () => {
    const pkg = JSON.parse(await fetchText('/package.json')) as {
      type: string;
      customElements: string;
      sideEffects: string[];
      exports: Record<string, Record<string, string>>;
    };
    expect(pkg.type).to.equal('module');
    expect(pkg.customElements).to.equal('custom-elements.json');
    expect(pkg.sideEffects).to.deep.equal(['./dist/meta-ai-optout.js']);
    expect(pkg.exports['.']).to.deep.equal({types: './dist/types/index.d.ts', default: './dist/meta-ai-optout.js'});
    for (const target of [
      pkg.exports['.'].types,
      pkg.exports['.'].default,
      pkg.exports['./react'].types,
      pkg.customElements,
    ]) {
      expect(files, target).to.include(target.replace(/^\.\//, ''));
    }
  });
});

/** The rows of the README table whose header starts with `firstHeader`, first cells only. */
function tableNames(readme: string, firstHeader: string): string[] {
  const lines = readme.split('\n');
  const firstCell = (line: string) => line.split('|')[1]?.trim();
  const start = lines.findIndex((line) => line.startsWith('|') && firstCell(line) === firstHeader);
  expect(start, `README table "${firstHeader}"`).to.be.greaterThan(-1);
  const names: string[] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    names.push(
      line
        .split('|')[1]
        .trim()
        .replace(/`/g, '')
        .replace(/\s*\(.*\)$/, ''),
    );
  }
  return names;
}

describe('custom-elements.json and the README agree', () => {
  let element: {
    tagName: string;
    attributes: {name: string; fieldName?: string; type?: {text: string}; default?: string; description?: string}[];
    members: {name: string; kind: string; privacy?: string; static?: boolean}[];
    events: {name: string}[];
    slots: {name: string}[];
    cssParts: {name: string}[];
    cssProperties: {name: string}[];
  };
  let readme: string;
  before(async () => {
    const manifest = JSON.parse(await fetchText('/custom-elements.json')) as {
      modules: {declarations: (typeof element & {customElement?: boolean})[]}[];
    };
    element = manifest.modules.flatMap((m) => m.declarations).find((d) => d.customElement)!;
    readme = await fetchText('/README.md');
  });

  it('the manifest describes <meta-ai-optout>', () => {
    expect(element.tagName).to.equal('meta-ai-optout');
  });

  it('attributes', () => {
    // `phase` is set by the widget, not read from the page, so only the README lists it.
    expect(tableNames(readme, 'attribute').filter((name) => name !== 'phase')).to.have.members(
      element.attributes.map((a) => a.name),
    );
  });

  it('each attribute of the table, with its property, type, default and description', () => {
    for (const [name, {written, keywords, boolean}] of Object.entries(ATTRIBUTES) as [
      AttributeName,
      Attribute<unknown>,
    ][]) {
      const described = element.attributes.find((a) => a.name === name);
      expect(described, name).to.exist;
      expect(described!.fieldName, name).to.equal(propertyName(name));
      const type = boolean ? 'boolean' : keywords ? keywords.map((k) => `'${k}'`).join(' | ') : 'string';
      expect(described!.type?.text, name).to.equal(type);
      const byDefault = boolean ? 'false' : written === undefined ? undefined : `'${written}'`;
      expect(described!.default, name).to.equal(byDefault);
      expect(described!.description, name).to.be.a('string').and.not.equal('');
    }
  });

  it('properties', () => {
    const publicFields = element.members
      .filter((m) => m.kind === 'field' && !m.privacy && !m.static)
      .map((m) => m.name);
    const readmeProperties = readme
      .split('\n')
      .filter((line) => line.startsWith('| `') && line.includes('|'))
      .map((line) =>
        line
          .split('|')[2]
          ?.trim()
          .replace(/`/g, '')
          .replace(/\s*\(.*\)$/, ''),
      );
    for (const field of publicFields) expect(readmeProperties, field).to.include(field);
  });

  it('events', () => {
    expect(tableNames(readme, 'event')).to.have.members(element.events.map((e) => e.name));
  });

  it('slots', () => {
    expect(tableNames(readme, 'slot').map((name) => (name === '(default)' ? '' : name))).to.have.members(
      element.slots.map((s) => s.name),
    );
  });

  it('parts', () => {
    expect(tableNames(readme, 'part')).to.have.members(element.cssParts.map((p) => p.name));
  });

  it('every part a widget renders, in each layout and phase, is documented', async () => {
    await defineElement();
    const rendered = new Set<string>();
    for (const variant of VARIANTS) {
      for (const now of ['2025-05-01T00:00:00Z', '2026-12-03T00:00:00Z']) {
        const el = await mount(
          html`<meta-ai-optout variant=${variant} now=${now} platforms=${PLATFORMS.join(' ')}></meta-ai-optout>`,
        );
        for (const node of el.shadowRoot!.querySelectorAll('[part]')) node.part.forEach((part) => rendered.add(part));
      }
    }
    // Each platform's link also has a part of its own, which the README's `link` row names.
    const platformParts = PLATFORMS.map((platform) => `link-${platform}`);
    expect([...rendered]).to.have.members([...element.cssParts.map((p) => p.name), ...platformParts]);
    for (const part of platformParts) expect(readme).to.include(`\`${part}\``);
  });

  it('CSS custom properties', () => {
    expect(tableNames(readme, 'CSS custom property')).to.have.members(element.cssProperties.map((p) => p.name));
  });
});

describe('React 19', () => {
  it('renders the element with its attributes and hears its event', async () => {
    const win = await openPage('/test/fixtures/react.html');
    const el = await widgetIn(win);
    expect(el.getAttribute('heading-level')).to.equal('3');
    expect(el.getAttribute('variant')).to.equal('compact');
    const root = el.shadowRoot!;
    expect(root.querySelector('[part~=heading]')!.tagName).to.equal('H3');
    expect(root.querySelector('[part~=base]')!.getAttribute('lang')).to.equal('nl');

    win.document.addEventListener('click', (event) => event.preventDefault()); // stay on the page
    root.querySelector<HTMLAnchorElement>('[part~=link-whatsapp]')!.click();
    root.querySelector<HTMLAnchorElement>('[part~=link-facebook]')!.click();
    // React re-renders in its own time: wait for it (50 ms was not always enough on a busy machine).
    const clicks = win.document.getElementById('clicks')!;
    await until(() => clicks.textContent === 'whatsapp,facebook', 'both clicks').catch(() => undefined);
    expect(clicks.textContent).to.equal('whatsapp,facebook');
  });
});
