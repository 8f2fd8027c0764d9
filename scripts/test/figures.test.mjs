// Each widget's figure, called directly in Node (linkedom as Plot's document), as q4-render and the elements
// call it: an SVG snapshot of its chart (numbers rounded, ids renumbered, as Plot's own tests do) and checks of
// what it says against the data it rests on. UPDATE_SNAPSHOTS=1 writes the snapshots anew.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { registry } from '../widget-registry.mjs';

const repo = resolve(import.meta.dirname, '..', '..');
const built = existsSync(join(repo, 'packages', 'render', 'node_modules')) || existsSync(join(repo, 'packages', 'scorecard', 'dist', 'index.js'));
const skip = !built && 'run npm run build first';

/** The chart as stable, reviewable XML: numbers to one decimal, ids and their references renumbered. */
export function normalize(svg) {
  const ids = new Map();
  const id = (old) => {
    if (!ids.has(old)) ids.set(old, `id-${ids.size + 1}`);
    return ids.get(old);
  };
  return (
    svg
      .replace(/\bid="([^"]+)"/g, (_, old) => `id="${id(old)}"`)
      .replace(/url\(#([^)]+)\)/g, (_, old) => `url(#${id(old)})`)
      .replace(/href="#([^"]+)"/g, (_, old) => `href="#${id(old)}"`)
      // Only geometry is rounded: text ("26.700 banen") stays as it is.
      .replace(
        / (d|x|y|x1|x2|y1|y2|cx|cy|r|dx|dy|transform|points|width|height|viewBox)="([^"]*)"/g,
        (_, name, value) => ` ${name}="${value.replace(/-?\d+\.\d+(e-?\d+)?/g, (n) => String(Math.round(Number(n) * 10) / 10))}"`,
      )
      .replace(/></g, '>\n<')
  );
}

async function snapshot(name, options = {}, suffix = '') {
  const { WIDGETS, serialize, document } = await import('../../packages/render/lib/render.mjs');
  const { renderFigure } = await import('@q4/core');
  const figure = WIDGETS[name];
  const drawn = renderFigure(figure, await figure.loadDefault(), options, { width: 640, lang: 'nl', document });
  const actual = `${normalize(serialize(drawn.chart))}\n`;
  const file = join(repo, 'packages', name, 'test', 'snapshots', `${name}${suffix}.svg`);
  if (process.env.UPDATE_SNAPSHOTS || !existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
  }
  assert.equal(actual, readFileSync(file, 'utf8'), `${name}: the chart differs from its snapshot (UPDATE_SNAPSHOTS=1 to accept)`);
  return drawn;
}

for (const name of registry().map((w) => w.name)) {
  test(`${name}: the chart matches its snapshot`, { skip }, async () => {
    await snapshot(name);
  });
}

/** One figure, drawn in Node at 640 px. */
async function figureOf(name, options = {}, lang = 'nl') {
  const { WIDGETS, document } = await import('../../packages/render/lib/render.mjs');
  const { renderFigure } = await import('@q4/core');
  const figure = WIDGETS[name];
  // The bundled data of an area depend on the options (the figure's dataKey), as the element and q4-render load them.
  const data = await figure.loadDefault(options);
  return { data, drawn: renderFigure(figure, data, options, { width: 640, lang, document }) };
}
const nl = (n, decimals = 0) => new Intl.NumberFormat('nl-NL', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(n);
const rows = (table) => table.sections.flatMap((s) => s.rows);

test('scorecard figure: counts, table and file name follow the data', { skip }, async () => {
  const { data, drawn } = await figureOf('scorecard', { municipality: 'zeist' });
  const ref = new Map(data.values.filter((v) => v.area === data.reference).map((v) => [v.indicator, v.value]));
  const own = data.values.filter((v) => v.area === 'GM0355' && v.value !== null && ref.get(v.indicator) !== null);
  const better = own.filter((v) => {
    const higherIsBetter = data.indicators.find((i) => i.id === v.indicator).higherIs === 'better';
    return v.value !== ref.get(v.indicator) && v.value > ref.get(v.indicator) === higherIsBetter;
  });
  assert.match(drawn.title, new RegExp(`^Zeist scoort op ${better.length} van de ${own.length} `));
  assert.equal(rows(drawn.table).length, data.indicators.length);
  assert.deepEqual(
    drawn.table.columns.map((c) => c.label),
    data.areas.map((a) => a.name),
  );
  assert.equal(drawn.fileBase, `q4-scorecard-zeist-${data.source.period}`);
  assert.equal(drawn.alt, `${drawn.title}. ${drawn.summary}`);
  assert.ok(drawn.legend.length > 0 && drawn.credit === data.source.credit.nl);
});

test('commute-flows figure: the largest destination in the title is the largest flow in the data', { skip }, async () => {
  const { data, drawn } = await figureOf('commute-flows', { municipality: 'GM0355', top: '5' });
  const out = data.data.flows.filter((f) => f.from === 'GM0355' && f.to !== 'GM0355').sort((a, b) => b.jobs - a.jobs);
  const name = data.map.find((a) => a.code === out[0].to)?.name ?? data.data.names.get(out[0].to);
  assert.match(drawn.title, new RegExp(`${name} \\(${nl(out[0].jobs).replace('.', '\\.')} banen\\)`));
  assert.equal(drawn.chart.querySelectorAll('[data-key^="flow:"]').length, 5);
  assert.equal(drawn.fileBase, 'q4-commute-flows-zeist-2014');
  assert.ok(drawn.legend.startsWith('Blauw'));
});

test('identity-shift figure: one pair per row, the count in the title', { skip }, async () => {
  const { data, drawn } = await figureOf('identity-shift');
  assert.match(drawn.title, new RegExp(`: ${data.pairs.length} verschuivingen`));
  assert.deepEqual(
    rows(drawn.table).map((r) => r.cells[0]),
    data.pairs.map((p) => p.thick.nl),
  );
  assert.equal(drawn.chart.querySelectorAll('[data-key^="pair:"]').length, data.pairs.length);
});

test('competitiveness figure: the rank in the title is the rank in the data', { skip }, async () => {
  const { data, drawn } = await figureOf('competitiveness', { edition: '2019' });
  const scored = data.rows.filter((r) => r.edition === 2019 && r.level === 'region' && r.score !== null);
  const own = scored.find((r) => r.code === 'NL31');
  const rank = 1 + scored.filter((r) => Math.round(r.score * 100) > Math.round(own.score * 100)).length;
  assert.match(drawn.title, new RegExp(`^Utrecht is (gedeeld )?${rank}e van ${scored.length} regio’s in 2019`));
  assert.equal(rows(drawn.table).length, data.rows.filter((r) => r.edition === 2019 && r.level === 'region').length);
  assert.equal(drawn.fileBase, 'q4-competitiveness-nl31-2019');
  assert.match(drawn.legend, /^Blauw: Utrecht · oranje: andere regio’s in Nederland/);
});

test('land-use figure: every category and the total, per area, for the year shown', { skip }, async () => {
  const { data, drawn } = await figureOf('land-use', { year: '2010' });
  const utrecht = data.rows.find((r) => r.code === 'PV26' && r.year === 2010);
  const total = rows(drawn.table).at(-1);
  assert.equal(total.cells[0], `${nl(utrecht.total)} ha`);
  assert.equal(drawn.fileBase, 'q4-land-use-pv26-nl01-2010');
  assert.equal(drawn.legend, 'blauw: Provincie Utrecht · grijs: Nederland');
});

test('key-figures figure: a municipality’s latest population from the data', { skip }, async () => {
  const { loadNationalPopulation } = await import('@q4/data');
  const national = await loadNationalPopulation();
  const zeist = { year: national.years.at(-1), population: national.values.GM0355.at(-1) };
  const { drawn } = await figureOf('key-figures', { municipality: 'Zeist' });
  assert.match(drawn.title, new RegExp(`^Zeist had op 1 januari ${zeist.year} ${nl(zeist.population).replace('.', '\\.')} inwoners`));
  assert.equal(drawn.fileBase, 'q4-key-figures-zeist');
  const { lisa2017 } = await import('@q4/data');
  const lisa = lisa2017.rows.find((r) => r.code === 'GM0355');
  assert.equal(drawn.legend, `banen (LISA 2017): ${nl(lisa.jobs)} · vestigingen (LISA 2017): ${nl(lisa.establishments)}`);
});

test('sector-bloem figure: one row per sector, the legend names the reference circle', { skip }, async () => {
  const { data, drawn } = await figureOf('sector-bloem');
  assert.deepEqual(
    rows(drawn.table).map((r) => r.header),
    data.sectors.map((s) => s.label.nl),
  );
  assert.equal(drawn.legend, 'Landelijk gemiddelde (1,0): gestippelde cirkel');
  assert.equal(drawn.chart.querySelectorAll('[data-key^="sector:"]').length, data.sectors.length);
});

test('every figure module imports no Lit (through @q4/core/figure), so it runs anywhere', { skip }, async () => {
  const { createRequire } = await import('node:module');
  const require = createRequire(join(repo, 'packages', 'render', 'package.json'));
  const seen = new Set();
  const lit = [];
  const walk = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const [, spec] of code.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)) {
      if (/^(lit|@lit\/)/.test(spec)) lit.push(`${file.slice(repo.length + 1)} imports ${spec}`);
      else if (spec.startsWith('.')) walk(resolve(dirname(file), spec));
      else if (spec.startsWith('@q4/')) walk(realpath(require.resolve(spec)));
    }
  };
  const { realpathSync: realpath } = await import('node:fs');
  // Each package's figure module is named after it (packages/<name>/src/<name>-figure.ts).
  for (const name of registry().map((w) => w.name)) walk(join(repo, 'packages', name, 'dist', `${name}-figure.js`));
  assert.deepEqual(lit, []);
  assert.ok(seen.size > 20, `walked ${seen.size} modules`);
});
