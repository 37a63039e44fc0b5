/**
 * The WordPress plugin's files, in Node (`node --test scripts/`): every PHP file parses
 * (`php -l`), and the folder `npm run release` zips is one installable plugin whose
 * headers, block and choices come from the widget's build. test/wordpress-plugin.test.ts
 * runs it in a real WordPress.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {writePlugin} from './wordpress-plugin.mjs';

const {version} = JSON.parse(readFileSync('package.json', 'utf8'));
const php = ['wordpress', 'test/wordpress'].flatMap((dir) =>
  readdirSync(dir)
    .filter((file) => file.endsWith('.php'))
    .map((file) => join(dir, file)),
);

test('every PHP file parses', {skip: !existsSync('/usr/bin/php') && !process.env.CI && 'no php here'}, () => {
  assert.ok(php.length >= 5, php.join());
  for (const file of php) assert.match(execFileSync('php', ['-l', file], {encoding: 'utf8'}), /No syntax errors/, file);
});

test('the plugin folder: the main file, readme.txt, the block, the widget and every language', () => {
  const out = join(mkdtempSync(join(tmpdir(), 'plugin-')), 'meta-ai-optout');
  try {
    writePlugin(process.cwd(), out, version);
    const main = readFileSync(join(out, 'meta-ai-optout.php'), 'utf8');
    assert.match(main, new RegExp(`^ \\* Version: +${version.replaceAll('.', '\\.')}$`, 'm'));
    assert.match(main, /^ \* Requires at least: 6\.1$/m);
    assert.match(main, /^ \* Requires PHP: +8\.2$/m);
    const readme = readFileSync(join(out, 'readme.txt'), 'utf8');
    assert.match(readme, /^=== .+ ===$/m);
    assert.match(readme, new RegExp(`^Stable tag: ${version.replaceAll('.', '\\.')}$`, 'm'));
    const block = JSON.parse(readFileSync(join(out, 'block.json'), 'utf8'));
    assert.equal(block.name, 'meta-ai-optout/widget');
    // The PHP reads each block attribute under the element's name: headingLevel → heading-level.
    for (const name of Object.keys(block.attributes))
      assert.match(main, new RegExp(`'${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}'`), name);
    const choices = JSON.parse(readFileSync(join(out, 'choices.json'), 'utf8'));
    const languages = readdirSync(join(out, 'prerendered')).filter((name) => !name.endsWith('.json'));
    assert.deepEqual(languages.sort(), [...choices.languages].sort());
    for (const file of ['meta-ai-optout.js', 'meta-ai-optout.css', 'locales/nl.js'])
      assert.ok(existsSync(join(out, 'dist', file)), file);
    // Every layout; in each, every non-empty set of form links, with and without "more information".
    assert.deepEqual(
      readdirSync(join(out, 'prerendered', 'nl')).sort(),
      choices.variants.map((v) => `${v}.json`).sort(),
    );
    const compact = JSON.parse(readFileSync(join(out, 'prerendered', 'nl', 'compact.json'), 'utf8'));
    assert.equal(Object.keys(compact).length, (2 ** choices.platforms.length - 1) * 2);
    assert.ok('facebook+instagram+whatsapp+more-info' in compact);
    for (const widget of Object.values(compact)) {
      assert.match(widget, /^<template shadowrootmode="open">/);
      assert.doesNotMatch(widget, /\n|<style/);
    }
  } finally {
    rmSync(join(out, '..'), {recursive: true, force: true});
  }
});
