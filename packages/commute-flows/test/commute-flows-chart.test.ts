import { expect } from '@open-wc/testing';
import { commuteChart } from '../src/commute-flows-chart.js';
import { commuteView, labelView } from '../src/commute-flows-view.js';
import { commuteFigure } from '../src/commute-flows-figure.js';
import { loadDefaultCommute, loadDefaultMap, parseCommute } from '../src/commute-flows-data.js';
import { ValidationError } from '@q4/core';

describe('commute map (pure functions)', () => {
  it('selects flows: no flows within a municipality, the top N, both ends on the map', async () => {
    const [data, map] = await Promise.all([loadDefaultCommute(), loadDefaultMap()]);
    const view = commuteView(data, map, { focus: 'GM0352', direction: 'out', top: 4, minJobs: 0, width: 600 });
    expect(view.flows.map((f) => `${f.toName} ${f.jobs}`)).to.deep.equal(['Utrecht 1800', 'Utrechtse Heuvelrug 1500', 'Houten 700', 'Zeist 600']);
    expect(view.flows.every((f) => f.from === 'GM0352')).to.equal(true);
    expect(view.domain.map((a) => a.code).sort()).to.deep.equal(['GM0321', 'GM0344', 'GM0352', 'GM0355', 'GM1581']);
  });

  it('prepares one view for every width: the chart marks the names that fit its own width, and the model is left as it was', async () => {
    const dataset = await commuteFigure.loadDefault({});
    const model = commuteFigure.prepare(dataset, {}, 'nl');
    expect(
      model.view.areas.filter((a) => a.label),
      'no names placed before a width is known',
    ).to.have.length(0);
    const named = (width: number) => labelView(model.view, width).areas.filter((a) => a.label).length;
    expect(named(360)).to.be.greaterThan(0);
    expect(named(1200)).to.be.greaterThan(named(360));
    expect(labelView(model.view, 600)).to.deep.equal(
      commuteView(dataset.data, dataset.map, { focus: null, direction: 'both', top: 15, minJobs: 0, width: 600 }),
    );
    expect(model.view.areas.filter((a) => a.label)).to.have.length(0);
    const drawn = (width: number) => commuteFigure.chart(model, { width, lang: 'nl', document }).querySelectorAll('text').length;
    expect(drawn(1200)).to.be.greaterThan(drawn(360));
  });

  it('draws in the document it is given, one path per area and per flow', async () => {
    const [data, map] = await Promise.all([loadDefaultCommute(), loadDefaultMap()]);
    const view = commuteView(data, map, { focus: null, direction: 'both', top: 10, minJobs: 0, width: 600 });
    const doc = document.implementation.createHTMLDocument('');
    const svg = commuteChart(view, { width: 600, lang: 'nl', document: doc });
    expect(svg.ownerDocument).to.equal(doc);
    expect(svg.querySelectorAll('.q4-area path')).to.have.length(map.length);
    expect(svg.querySelectorAll('.q4-flow path')).to.have.length(10);
    expect(svg.getAttribute('width')).to.equal('600');
  });

  it('handles a national-size matrix', async () => {
    const map = await loadDefaultMap();
    const codes = map.map((a) => a.code);
    const flows = [];
    for (let i = 0; i < 405; i++)
      for (let j = 0; j < 405; j++)
        flows.push({
          from: codes[i % codes.length] + (i >= codes.length ? `x${i}` : ''),
          to: codes[j % codes.length] + (j >= codes.length ? `x${j}` : ''),
          jobs: (i * 7 + j * 13) % 50,
        });
    expect(flows).to.have.length(164025);
    const data = parseCommute(flows);
    const view = commuteView(data, map, { focus: null, direction: 'both', top: 15, minJobs: 0, width: 600 });
    expect(view.flows).to.have.length(15);
  });

  it('rejects bad flows with row and field', () => {
    expect(() => parseCommute([{ from: 'A', to: 'B', jobs: Number.NaN }])).to.throw(ValidationError);
    expect(() => parseCommute({ flows: 'no' })).to.throw(ValidationError);
    try {
      parseCommute([
        { from: 'A', to: 'B', jobs: 1 },
        { from: 'A', to: 'B', jobs: 2 },
      ]);
      expect.fail('duplicate accepted');
    } catch (e) {
      expect((e as ValidationError).issues[0]).to.include({ row: 1, field: 'to' });
    }
  });
});
