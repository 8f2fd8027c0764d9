// Each figure gives its chart's size at a width before it draws (`chartSize`), and the element holds that box while
// the chart is on its way. Here every widget is drawn in Node, as q4-render draws it, for its bundled data and the
// options that change its layout, at widths from a narrow phone to a wide page, in both languages: the size given
// must be the size drawn, to the pixel.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { registry } from '../widget-registry.mjs';

const repo = resolve(import.meta.dirname, '..', '..');
const built = existsSync(join(repo, 'packages', 'scorecard', 'dist', 'index.js'));
const skip = !built && 'run npm run build first';

const widths = [200, 300, 320, 345.5, 360, 400, 480, 560, 640, 720, 800, 1000, 1400];

/** The options that change a chart's layout (its rows, columns, areas, kind of chart), per widget. */
const cases = {
  scorecard: [{}, { municipality: 'GM0355' }, { group: 'cohesie' }, { municipality: 'GM0352', group: 'milieuoverlast' }],
  'commute-flows': [{}, { municipality: 'GM0355' }, { municipality: 'GM0363' }, { region: 'NL' }, { region: 'GM0193,GM0148,GM0160' }, { direction: 'in' }],
  'sector-bloem': [
    {},
    { view: 'bars' },
    { mode: 'equal' },
    { municipality: 'GM0363' },
    { municipality: 'GM0363', view: 'bars' },
    {
      organisations: [
        { name: 'Hotel De Wereld', sector: 'gastvrijheidseconomie' },
        { name: 'Zorggroep', sector: 'Zorg & welzijn' },
        { name: 'Drukkerij', sector: 'onbekend' },
      ],
    },
  ],
  'key-figures': [{}, { view: 'report' }, { municipality: 'GM0363' }, { region: 'NL' }],
  'land-use': [{}, { areas: 'PV26,NL01' }, { area: 'PV26' }],
  competitiveness: [{}, { edition: 2010 }],
  'identity-shift': [{}],
};

test('every widget has its cases here', () => {
  assert.deepEqual(
    Object.keys(cases).sort(),
    registry()
      .map((w) => w.name)
      .sort(),
  );
});

for (const name of Object.keys(cases)) {
  test(`${name}: chartSize is the size of the chart drawn, at every width and in both languages`, { skip }, async () => {
    const { WIDGETS, document } = await import('../../packages/render/lib/render.mjs');
    const figure = WIDGETS[name];
    let compared = 0;
    for (const options of cases[name]) {
      const data = await figure.loadDefault(options);
      for (const lang of ['nl', 'en']) {
        const model = figure.prepare(data, options, lang);
        for (const width of widths) {
          const svg = figure.chart(model, { width, lang, document });
          const drawn = { width: Number(svg.getAttribute('width')), height: Number(svg.getAttribute('height')) };
          const viewBox = svg.getAttribute('viewBox').split(/\s+/).map(Number);
          assert.deepEqual(viewBox.slice(2), [drawn.width, drawn.height], `${name} ${JSON.stringify(options)}: the viewBox is the size`);
          assert.deepEqual(figure.chartSize(model, { width, lang }), drawn, `${name} ${JSON.stringify(options)} ${lang} at ${width} px`);
          compared++;
        }
      }
    }
    assert.equal(compared, cases[name].length * 2 * widths.length);
  });
}

test("commute-flows: the map's height is the one Plot gives a Mercator map of its domain without a height", { skip }, async () => {
  const { WIDGETS, document } = await import('../../packages/render/lib/render.mjs');
  const { plot } = await import('@observablehq/plot');
  const figure = WIDGETS['commute-flows'];
  for (const options of cases['commute-flows']) {
    const model = figure.prepare(await figure.loadDefault(options), options, 'nl');
    const domain = { type: 'FeatureCollection', features: model.view.domain.map((a) => a.feature) };
    for (const width of widths) {
      const w = figure.chartSize(model, { width, lang: 'nl' }).width;
      const own = plot({ document, width: w, projection: { type: 'mercator', precision: 0, domain, inset: 24 }, marks: [] });
      assert.equal(figure.chartSize(model, { width, lang: 'nl' }).height, Number(own.getAttribute('height')), `${JSON.stringify(options)} at ${width} px`);
    }
  }
});
