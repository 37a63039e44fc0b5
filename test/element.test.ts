import {expect, html} from '@open-wc/testing';
import {mount, $, $$, text} from './helpers.js';

describe('<meta-ai-optout> smoke', () => {
  it('renders', async () => {
    const el = await mount(html`<meta-ai-optout now="2025-05-14T12:00:00+02:00"></meta-ai-optout>`);
    expect(el.phase).to.equal('countdown');
    console.log(text(el));
    expect($$(el, 'a').length).to.be.greaterThan(1);
    expect($(el, 'h2')).to.exist;
  });
});
