import { expect } from '@open-wc/testing';
import { keyFiguresChart } from '../src/key-figures-chart.js';

describe('keyFiguresChart() (pure)', () => {
  it('creates its nodes in the document it is given', () => {
    const doc = document.implementation.createHTMLDocument('');
    const svg = keyFiguresChart([{ label: 'A', value: 1 }, { label: 'B', value: 2 }], { width: 400, lang: 'nl', document: doc });
    expect(svg.ownerDocument).to.equal(doc);
    expect(svg.querySelectorAll('.q4-bar rect')).to.have.length(2);
  });
});
