import { expect } from '@open-wc/testing';
import { scorecardChart, scorecardLayout, minStackedColumnWidth } from '../src/scorecard-chart.js';
import { defaultScorecard, parseScorecard, scorecardCells } from '../src/scorecard-data.js';
import { describeScorecard } from '../src/scorecard-text.js';
import { ValidationError } from '@q4/core';

describe('scorecardChart() (pure)', () => {
  it('creates its nodes in the document it is given, with one cell per present value', () => {
    const doc = document.implementation.createHTMLDocument('');
    const svg = scorecardChart(defaultScorecard, { width: 640, lang: 'nl', document: doc });
    expect(svg.ownerDocument).to.equal(doc);
    expect(svg.querySelectorAll('.q4-cell rect')).to.have.length(47);
    expect(svg.querySelectorAll('.q4-missing rect')).to.have.length(1);
    expect(svg.querySelectorAll('.q4-highlight rect')).to.have.length(0);
    expect(svg.querySelectorAll('.q4-row-label text')).to.have.length(8);
    expect([...svg.querySelectorAll('.q4-group-label text')].map((t) => t.textContent)).to.deep.equal([
      'Gebrek aan sociale cohesie',
      'Tevredenheid met woning en woonomgeving',
      'Milieuoverlast',
    ]);
    expect(svg.getAttribute('width')).to.equal('640');
  });

  it('fills each cell by its comparison with the province', () => {
    const svg = scorecardChart(defaultScorecard, { width: 640, lang: 'nl', colors: { better: 'blue', worse: 'orange' } });
    const fills = [...svg.querySelectorAll<SVGRectElement>('.q4-cell rect')].map((r) => `${r.dataset.comparison}:${r.getAttribute('fill')}`);
    expect(fills.filter((f) => f === 'better:blue')).to.have.length(24);
    expect(fills.filter((f) => f === 'worse:orange')).to.have.length(14);
    expect(fills.filter((f) => f.startsWith('same:'))).to.have.length(1);
    expect(fills.filter((f) => f.startsWith('reference:'))).to.have.length(8);
  });

  it('keeps every column readable: stacked labels at 320 px, or the highlight and the province, else it scrolls', () => {
    const stacked = scorecardChart(defaultScorecard, { width: 320, lang: 'en' });
    expect(stacked.getAttribute('width')).to.equal('320');
    expect(stacked.hasAttribute('data-stacked')).to.equal(true);
    expect(stacked.querySelectorAll('.q4-cell rect')).to.have.length(47);
    expect(stacked.querySelectorAll('.q4-row-label text')).to.have.length(8);
    // Every cell is at least 48 px wide, and each row label sits above its own cells, below the row before.
    for (const rect of stacked.querySelectorAll('.q4-cell rect')) expect(Number(rect.getAttribute('width'))).to.be.at.least(minStackedColumnWidth - 2);
    document.body.append(stacked);
    try {
      const labels = [...stacked.querySelectorAll('.q4-row-label text')].map((t) => t.getBoundingClientRect());
      const ids = defaultScorecard.indicators.map((i) => i.id);
      let previousBottom = -Infinity;
      ids.forEach((id, n) => {
        const cells = [...stacked.querySelectorAll(`rect[data-indicator="${id}"]`)].map((r) => r.getBoundingClientRect());
        const top = Math.min(...cells.map((c) => c.top));
        expect(labels[n].bottom, `label of ${id} above its cells`).to.be.at.most(top + 1);
        expect(labels[n].top, `label of ${id} below the row before`).to.be.at.least(previousBottom - 1);
        previousBottom = Math.max(...cells.map((c) => c.bottom));
      });
    } finally {
      stacked.remove();
    }
    const tiny = scorecardChart(defaultScorecard, { width: 200, lang: 'en' });
    expect(Number(tiny.getAttribute('width'))).to.equal(4 + 6 * minStackedColumnWidth);
    const wide = scorecardChart(defaultScorecard, { width: 720, lang: 'en' });
    expect(wide.hasAttribute('data-stacked')).to.equal(false);

    const compact = scorecardChart(defaultScorecard, { width: 320, lang: 'en', highlight: 'GM0312' });
    expect(compact.getAttribute('width')).to.equal('320');
    expect(scorecardLayout(defaultScorecard, { width: 320, lang: 'en', highlight: 'GM0312' }).compact).to.equal(true);
    expect([...compact.querySelectorAll('[aria-label="x-axis tick label"] text')].map((t) => t.textContent)).to.deep.equal([
      'Bunnik',
      'ProvincieUtrecht', // two lines (tspans)
    ]);
    expect(compact.querySelectorAll('.q4-cell rect')).to.have.length(15);
    expect(compact.querySelectorAll('.q4-missing rect')).to.have.length(1);
  });

  it('cells and texts agree with the data, value by value', () => {
    const cells = scorecardCells(defaultScorecard).filter((c) => c.value !== null);
    const svg = scorecardChart(defaultScorecard, { width: 640, lang: 'nl' });
    const rects = [...svg.querySelectorAll<SVGRectElement>('.q4-cell rect')];
    const texts = [...svg.querySelectorAll('.q4-value text')].map((t) => t.textContent);
    rects.forEach((rect, i) => {
      expect(rect.dataset.area).to.equal(cells[i].area.code);
      expect(rect.dataset.indicator).to.equal(cells[i].indicator.id);
      const printed = defaultScorecard.values.find((v) => v.area === cells[i].area.code && v.indicator === cells[i].indicator.id)!.printed;
      expect(texts[i]!.startsWith(printed)).to.equal(true, `${printed} vs ${texts[i]}`);
    });
  });
});

describe('scorecard data', () => {
  it('is the seed table: 8 indicators, 6 areas, 47 values and one missing', () => {
    expect(defaultScorecard.indicators).to.have.length(8);
    expect(defaultScorecard.areas.map((a) => a.code)).to.deep.equal(['GM0310', 'GM0312', 'GM0355', 'GM1581', 'GM0352', 'PV26']);
    expect(defaultScorecard.values.filter((v) => v.value === null).map((v) => v.printed)).to.deep.equal(['--']);
    expect(defaultScorecard.source.credit.nl).to.equal('Bron: Staat van Utrecht, 2014');
  });

  it('collects every problem with row and field', () => {
    try {
      parseScorecard([{ area: '', indicator: 'x', value: 101 }, 'row', { area: 'A', indicator: 'woning', value: null }]);
      expect.fail('no error');
    } catch (e) {
      expect(e).to.be.instanceOf(ValidationError);
      const issues = (e as ValidationError).issues.map((i) => `${i.row}:${i.field ?? ''}`);
      expect(issues).to.deep.equal(['0:area', '0:indicator', '0:value', '1:', '2:reference'].slice(0, 4).concat(['undefined:reference']));
    }
  });

  it('describes the point for a municipality with its numbers', () => {
    const zeist = defaultScorecard.areas.find((a) => a.code === 'GM0355')!;
    const text = describeScorecard(defaultScorecard, { highlight: zeist, lang: 'en' });
    expect(text.title).to.equal('Zeist scores better than the province of Utrecht on 4 of 8 indicators');
    expect(text.summary).to.contain('Loneliness (45% against 38%)');
    expect(text.summary).to.contain('Equal: Light emission (4.9% against 4.9%)');
  });
});
