// q4-render: static images for newsletters from the same chart functions the elements use.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { inflateSync } from 'node:zlib';
import { registry } from '../widget-registry.mjs';

const repo = resolve(import.meta.dirname, '..', '..');
const built = existsSync(join(repo, 'packages', 'scorecard', 'dist', 'index.js'));
const bin = join(repo, 'packages', 'render', 'bin', 'q4-render.mjs');

/** Decodes a PNG's structure: the signature, chunks with their CRC, and the inflated image data. */
function decodePng(buf) {
  assert.deepEqual([...buf.subarray(0, 8)], [137, 80, 78, 71, 13, 10, 26, 10], 'PNG signature');
  let offset = 8;
  let width = 0;
  let height = 0;
  const idat = [];
  while (offset < buf.length) {
    const length = buf.readUInt32BE(offset);
    const type = buf.toString('ascii', offset + 4, offset + 8);
    const data = buf.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') [width, height] = [data.readUInt32BE(0), data.readUInt32BE(4)];
    if (type === 'IDAT') idat.push(data);
    offset += 12 + length;
  }
  const pixels = inflateSync(Buffer.concat(idat));
  return { width, height, pixels };
}

test('renders the scorecard as a PNG that decodes, has the requested size and is not blank', { skip: !built && 'run npm run build first' }, async () => {
  const { renderWidget } = await import('../../packages/render/lib/render.mjs');
  const r = await renderWidget('scorecard', { municipality: 'GM0355', lang: 'nl', width: 600, format: 'png', link: 'https://example.org/zeist' });
  const png = decodePng(r.image);
  assert.equal(r.width, 600);
  assert.equal(png.width, 1200); // twice the CSS size
  assert.equal(png.height, r.height * 2);
  const bytesPerRow = 1 + png.width * 4; // filter byte + RGBA
  assert.equal(png.pixels.length, bytesPerRow * png.height, 'the image data inflates to width x height pixels');
  assert.ok(new Set(png.pixels).size > 50, 'not blank');
  assert.equal(r.fileName, 'q4-scorecard-zeist-2014.png');
  // Alt text states the point with its key numbers; the snippet has size, alt, credit and the link back.
  assert.match(r.alt, /^Zeist scoort op 4 van de 8 kenmerken beter dan de provincie Utrecht\./);
  assert.match(r.alt, /Eenzaamheid \(45% tegen 38%\)/);
  assert.match(r.html, /<a href="https:\/\/example.org\/zeist"><img src="q4-scorecard-zeist-2014.png" width="600" height="\d+" alt="Zeist scoort/);
  assert.match(r.html, /Bron: Staat van Utrecht, 2014/);
});

test('renders SVG with the expected marks and no script', { skip: !built && 'run npm run build first' }, async () => {
  const { renderWidget } = await import('../../packages/render/lib/render.mjs');
  const r = await renderWidget('scorecard', { format: 'svg', lang: 'en', width: 640 });
  assert.equal((r.image.match(/<rect [^>]*data-area=/g) ?? []).length, 48); // 47 cells + 1 dashed "no data"
  assert.match(r.image, /^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  assert.match(r.image, /class="q4-plot"/);
  assert.doesNotMatch(r.image, /<svg [^>]*font-size="10"[^>]*class="q4-plot"/, 'chart text at 12 px, as on the page');
  assert.match(
    r.image,
    /<title id="q4-export-title">The 5 municipalities score better than the province of Utrecht in 24 of 39 comparisons on 8 indicators<\/title>/,
  );
  assert.doesNotMatch(r.image, /<script/i);
  const map = await renderWidget('commute-flows', { municipality: 'Zeist', top: '5', format: 'svg' });
  assert.equal((map.image.match(/data-key="flow:/g) ?? []).length, 5);
  assert.match(map.alt, /Van de 23\.600 banen van inwoners van Zeist zijn er 9\.500 \(40%\)/);
});

test('renders every widget, each with its marks, alt text and credit', { skip: !built && 'run npm run build first' }, async () => {
  const { renderWidget, WIDGETS } = await import('../../packages/render/lib/render.mjs');
  // Zeist's population on 1 January from both CBS files (37259ENG to 2023, 03759ned from 2019), each year once.
  const { csvParse } = await import('d3-dsv');
  const zeistPopulation = new Map(
    ['bevolking-2012-2023.csv', 'bevolking-2019-2026.csv']
      .flatMap((f) => csvParse(readFileSync(join(repo, 'data', f), 'utf8')))
      .filter((r) => r.region_code === 'GM0355')
      .map((r) => [Number(r.year), Number(r.population_1jan)]),
  );
  const latest = Math.max(...zeistPopulation.keys());
  const first = Math.min(...zeistPopulation.keys());
  // The report's region: its five municipalities (unchanged since 2012), summed.
  const five = ['GM0310', 'GM0312', 'GM1581', 'GM0352', 'GM0355'];
  const regionLatest = csvParse(readFileSync(join(repo, 'data', 'bevolking-2019-2026.csv'), 'utf8'))
    .filter((r) => five.includes(r.region_code) && Number(r.year) === latest)
    .reduce((sum, r) => sum + Number(r.population_1jan), 0);
  assert.deepEqual(
    Object.keys(WIDGETS),
    registry().map((w) => w.name),
    'every widget of the registry, in its order',
  );
  const count = (svg, re) => (svg.match(re) ?? []).length;
  const cases = [
    ['identity-shift', {}, /data-key="pair:/g, 11, /^Identiteit verschuift van dik naar dun: 11 verschuivingen\./, 'Bron: Stichting Q4'],
    [
      'competitiveness',
      { edition: '2016' },
      /data-key="region:/g,
      259,
      /^Utrecht is gedeeld 2e van 259 regio’s in 2016\./,
      'Bron: Europese Commissie, Regional Competitiveness Index 2016',
    ],
    [
      'land-use',
      { year: '2010' },
      /data-key="bar:/g,
      14,
      /^In 2010 is in de provincie Utrecht naar verhouding meer bebouwd terrein/,
      'Bron: CBS (70262NED), 2010',
    ],
    [
      'key-figures',
      { view: 'report' },
      /data-key="figure:/g,
      6,
      /^Heuvelrug Kromme Rijnstreek: 190\.000 inwoners en 87\.000 arbeidsplaatsen/,
      'Bron: Stichting Q4',
    ],
    // By default the region's newest figures: the sum of its five municipalities on its latest 1 January.
    [
      'key-figures',
      {},
      /data-key="year:/g,
      zeistPopulation.size,
      new RegExp(`^Heuvelrug Kromme Rijnstreek had op 1 januari ${latest} ${regionLatest.toLocaleString('nl-NL').replace('.', '\\.')} inwoners`),
      `Bron: CBS (37259ENG, 03759ned), 1 januari ${first}-${latest} · Bron: LISA 2017`,
    ],
    [
      'key-figures',
      { municipality: 'Zeist' },
      /data-key="year:/g,
      zeistPopulation.size,
      new RegExp(`^Zeist had op 1 januari ${latest} ${zeistPopulation.get(latest).toLocaleString('nl-NL').replace('.', '\\.')} inwoners`),
      `Bron: CBS (37259ENG, 03759ned), 1 januari ${first}-${latest} · Bron: LISA 2017`,
    ],
    ['sector-bloem', {}, /data-key="sector:/g, 5, /^4 van de 4 leidende sectoren met een cijfer/, 'Bron: CBS (81402NED), december 2010, voorlopig'],
  ];
  for (const [name, options, marks, n, alt, credit] of cases) {
    const r = await renderWidget(name, { ...options, format: 'svg' });
    assert.equal(count(r.image, marks), n, `${name}: marks`);
    assert.match(r.alt, alt, `${name}: alt`);
    assert.ok(r.credit.startsWith(credit), `${name}: credit ${r.credit}`);
    assert.doesNotMatch(r.image, /&(?!(amp|lt|gt|quot|#\d+);)/, `${name}: well-formed XML entities`);
  }
  const zeist = await renderWidget('key-figures', { municipality: 'Zeist', format: 'svg' });
  assert.match(zeist.image, /banen \(LISA 2017\): 35\.360 · vestigingen \(LISA 2017\): 6\.310/, 'LISA figures in the image, apart from the CBS chart');
});

test('the command writes the image and its HTML, and a batch reports images per second', { skip: !built && 'run npm run build first' }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'q4-render-'));
  try {
    const out = execFileSync('node', [bin, 'scorecard', '--municipality', 'Bunnik', '--width', '500', '--out', join(dir, 'bunnik.png')], { encoding: 'utf8' });
    assert.match(out, /bunnik\.png \(500×\d+\)/);
    assert.ok(existsSync(join(dir, 'bunnik.png')) && existsSync(join(dir, 'bunnik.html')));
    assert.match(readFileSync(join(dir, 'bunnik.html'), 'utf8'), /src="bunnik.png"/);
    writeFileSync(
      join(dir, 'jobs.json'),
      JSON.stringify([
        { widget: 'scorecard', municipality: 'GM0310', out: join(dir, 'a.png') },
        { widget: 'scorecard', group: 'milieuoverlast', lang: 'en', out: join(dir, 'b.svg') },
        { widget: 'commute-flows', municipality: 'GM0352', direction: 'in', out: join(dir, 'c.png') },
      ]),
    );
    const batch = execFileSync('node', [bin, '--batch', join(dir, 'jobs.json')], { encoding: 'utf8' });
    assert.match(batch, /3 files in [\d.]+ s \([\d.]+ per second\)/);
    assert.ok(['a.png', 'b.svg', 'c.png', 'c.html'].every((f) => existsSync(join(dir, f))));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('any municipality or region on the command line and in a batch, with the element’s errors', { skip: !built && 'run npm run build first' }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'q4-render-'));
  try {
    const out = execFileSync(
      'node',
      [bin, 'commute-flows', '--region', 'GM0344,GM0307', '--region-name', 'Voorbeeldregio (fictief)', '--out', join(dir, 'r.svg')],
      { encoding: 'utf8' },
    );
    assert.match(out, /alt: .*Voorbeeldregio \(fictief\)/);
    writeFileSync(
      join(dir, 'jobs.json'),
      JSON.stringify([
        { widget: 'commute-flows', municipality: 'Maastricht', out: join(dir, 'm.png') },
        { widget: 'key-figures', region: 'Bunnik,Houten', 'region-name': 'Voorbeeld', out: join(dir, 'k.svg') },
        { widget: 'sector-bloem', municipality: 'Amersfoort', lang: 'en', out: join(dir, 's.svg') },
        { widget: 'land-use', area: 'PV20', out: join(dir, 'l.svg') },
        { widget: 'commute-flows', region: 'NL', out: join(dir, 'nl.svg') },
      ]),
    );
    const batch = execFileSync('node', [bin, '--batch', join(dir, 'jobs.json')], { encoding: 'utf8' });
    assert.match(batch, /5 files in/);
    assert.match(readFileSync(join(dir, 's.html'), 'utf8'), /sectors of Amersfoort in December 2010/);
    assert.match(readFileSync(join(dir, 'k.html'), 'utf8'), /Voorbeeld/);
    const run = (...args) => spawnSync('node', [bin, ...args], { encoding: 'utf8' });
    const typo = run('key-figures', '--municipality', 'Amsterdm', '--out', join(dir, 'x.png'));
    assert.notEqual(typo.status, 0);
    assert.match(typo.stderr, /Onbekende gemeente "Amsterdm"\. Bedoelt u .*Amsterdam/);
    assert.match(run('sector-bloem', '--municipality', 'Groningen', '--out', join(dir, 'y.png')).stderr, /Geen cijfer voor Groningen in 2010/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('refuses bad input with a clear message', { skip: !built && 'run npm run build first' }, () => {
  const run = (...args) => spawnSync('node', [bin, ...args], { encoding: 'utf8' });
  assert.match(run('pie').stderr, /unknown widget "pie"/);
  assert.match(run('scorecard', '--municipality', 'Atlantis').stderr, /Geen scorecijfers voor "Atlantis"/);
  assert.match(run('scorecard', '--link', 'javascript:alert(1)').stderr, /link must be an http\(s\) address/);
  assert.match(run('scorecard', '--width', '50').stderr, /width must be a number from 300 to 2000/);
  assert.equal(run('scorecard', '--bogus', 'x').status, 2);
  const typo = run('scorecard', '--municipalty', 'Zeist');
  assert.equal(typo.status, 2);
  assert.match(typo.stderr, /unknown option --municipalty; did you mean --municipality\?/);
  assert.doesNotMatch(typo.stderr, /positional argument/, 'not Node’s internal parser message');
  const german = run('scorecard', '--lang', 'de');
  assert.equal(german.status, 1);
  assert.match(german.stderr, /lang must be nl or en, not "de"/);
  assert.match(run('scorecard', '--width').stderr, /--width needs a value/);
});

test(
  '--help describes every option, every widget with its own options in words from its option table, and gives examples',
  { skip: !built && 'run npm run build first' },
  async () => {
    const { WIDGETS, optionTexts } = await import('../../packages/render/lib/render.mjs');
    const out = execFileSync('node', [bin, '--help'], { encoding: 'utf8' });
    for (const option of ['lang', 'width', 'format', 'out', 'link', 'scale', 'data', 'batch'])
      assert.match(out, new RegExp(`^  --${option}\\b.*\\S{3}`, 'm'), `--${option} is described`);
    for (const [name, figure] of Object.entries(WIDGETS)) {
      const lines = out.split('\n');
      const at = lines.findIndex((l) => l.trim() === name);
      assert.ok(at >= 0, `${name} is listed`);
      for (const [attribute, spec] of Object.entries(figure.attributes)) {
        const line = lines.slice(at + 1).find((l) => l.trim().startsWith(`--${attribute} `));
        assert.ok(line, `${name} lists --${attribute}`);
        const words = optionTexts[name].en[attribute];
        assert.ok(line.includes(`${words.label}: ${words.help}`), `${name} --${attribute} has its label and help`);
        if (spec.values) assert.ok(line.includes(spec.values.join('|')), `${name} --${attribute} lists its values`);
      }
    }
    assert.match(out, /^examples:\n {2}q4-render /m);
  },
);

test(
  'renders own data through the figure, and refuses data of the wrong shape with the widget’s message',
  { skip: !built && 'run npm run build first' },
  async () => {
    const { renderWidget } = await import('../../packages/render/lib/render.mjs');
    // Fictitious example data.
    const pairs = [
      { thick: 'Voorbeeld A', thin: 'Voorbeeld B' },
      { thick: 'Voorbeeld C', thin: 'Voorbeeld D' },
    ];
    const r = await renderWidget('identity-shift', { format: 'svg', data: { credit: 'Bron: voorbeeld', pairs } });
    assert.match(r.title, new RegExp(`: ${pairs.length} verschuivingen`));
    assert.equal(r.credit, 'Bron: voorbeeld');
    await assert.rejects(renderWidget('identity-shift', { format: 'svg', data: { nope: 1 } }), {
      code: 'invalid-data',
      message: /^De gegevens hebben niet de verwachte vorm: verwacht een lijst/,
    });
  },
);
