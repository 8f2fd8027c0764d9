import { expect } from '@open-wc/testing';
import { __camel__Chart } from '../src/__name__-chart.js';

describe('__camel__Chart() (pure)', () => {
  it('creates its nodes in the document it is given', () => {
    const doc = document.implementation.createHTMLDocument('');
    const svg = __camel__Chart(
      [
        { label: 'A', value: 1 },
        { label: 'B', value: 2 },
      ],
      { width: 400, lang: 'nl', document: doc },
    );
    expect(svg.ownerDocument).to.equal(doc);
    expect(svg.querySelectorAll('.q4-bar rect')).to.have.length(2);
  });
});
