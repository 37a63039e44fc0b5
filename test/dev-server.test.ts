/**
 * `npm start` keeps to itself: it listens on the loopback only, serves the demo and the
 * built files and nothing of the checkout, and a taken port is one clear line before any
 * build work. Node-side facts, so one engine runs it.
 */
import {expect} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import {engine} from './support/engines.js';

const SERVED = ['/demo/', '/demo/index.html', '/dist/meta-ai-optout.js', '/dist/locales/nl.js'];
const NOT_SERVED = [
  '/.git/HEAD',
  '/.git/config',
  '/package.json',
  '/src/index.ts',
  '/node_modules/lit/package.json',
  '/demo/../package.json',
  '/demo/%2e%2e/package.json',
  '/dist/%2e%2e/.git/HEAD',
  '/locales/nl.xlf',
];

interface Probe {
  listening: string[];
  statuses: Record<string, number>;
  taken: {code: number; stderr: string; stdout: string; ms: number};
}

if (engine === 'Chromium') {
  describe('npm start', () => {
    let probe: Probe;
    before(async function () {
      this.timeout(20000);
      probe = await executeServerCommand('dev-server', {paths: ['/', ...SERVED, ...NOT_SERVED]});
    });

    it('listens on 127.0.0.1 only', () => {
      expect(probe.listening).to.have.length(1);
      expect(probe.listening[0]).to.match(/^127\.0\.0\.1:\d+$/);
    });

    it('serves the demo and the built files', () => {
      for (const path of SERVED) expect(probe.statuses[path], path).to.equal(200);
      expect(probe.statuses['/'], '/ sends you to the demo').to.equal(302);
    });

    it('serves nothing else of the checkout', () => {
      for (const path of NOT_SERVED) expect(probe.statuses[path], path).to.equal(404);
    });

    it('says in one line that the port is taken, before building', () => {
      expect(probe.taken.code).to.equal(1);
      expect(probe.taken.stderr.trim().split('\n')).to.have.length(1);
      expect(probe.taken.stderr).to.match(/port \d+ is already in use.*PORT=/);
      expect(probe.taken.stdout, 'no build output').to.equal('');
    });
  });
}
