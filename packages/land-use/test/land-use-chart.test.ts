import { expect } from '@open-wc/testing';
import { landUseChart } from '../src/land-use-chart.js';

describe('landUseChart() (pure)', () => {
  it('creates its nodes in the document it is given', () => {
    const doc = document.implementation.createHTMLDocument('');
    const svg = landUseChart([{ label: 'A', value: 1 }, { label: 'B', value: 2 }], { width: 400, lang: 'nl', document: doc });
    expect(svg.ownerDocument).to.equal(doc);
    expect(svg.querySelectorAll('.q4-bar rect')).to.have.length(2);
  });
});
