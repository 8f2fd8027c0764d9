import { expect } from '@open-wc/testing';
import {
  identityShift,
  keyFigures,
  landUse,
  leadingSectors,
  lisa2017,
  loadBoundaries,
  loadCommuting,
  loadRci,
  loadSectors,
  missingLabels,
  population,
  scorecard,
  topoFeatures,
} from '../src/index.js';

describe('@q4/data', () => {
  it('credits every dataset with the line a widget must show', () => {
    expect(scorecard.source.credit.nl).to.equal('Bron: Staat van Utrecht, 2014');
    expect(population.source.credit.nl).to.equal('Bron: CBS (37259ENG, 03759ned), 1 januari 2012-2026');
    expect(lisa2017.source.credit).to.deep.equal({ nl: 'Bron: LISA 2017', en: 'Source: LISA 2017' });
    expect(landUse.source.table).to.contain('70262NED');
    for (const d of [scorecard, keyFigures, population, lisa2017, landUse, leadingSectors, identityShift]) {
      expect(d.source.credit.nl, d.id).to.match(/^(Bron|Kaart):/);
      expect(d.source.credit.en, d.id).to.match(/^(Source|Map):/);
    }
  });

  it("keeps the report's wording of its key figures", () => {
    const byId = new Map(keyFigures.rows.map((r) => [r.id, r]));
    expect(byId.get('region-inhabitants')).to.include({ value: 190000, qualifier: 'exact' });
    expect(byId.get('region-establishments')!.wording).to.deep.equal({ nl: 'bijna 20.000', en: 'almost 20,000' });
    expect(byId.get('stadsregio-utrecht-inhabitants')!.wording.nl).to.equal('meer dan 550.000');
    expect(byId.get('stadsregio-amersfoort-jobs')!.wording.nl).to.equal('bijna 145.000');
    expect(byId.get('region-farms')!.wording.nl).to.equal('circa 300');
    expect(byId.get('region-one-person-share')).to.include({ value: 70, unit: 'percent' });
  });

  it('has population 2012-2026 and LISA 2017 per municipality, as two separate series', () => {
    const zeist = population.rows.filter((r) => r.code === 'GM0355');
    expect(zeist.map((r) => r.year)).to.deep.equal(Array.from({ length: 15 }, (_, i) => 2012 + i));
    expect(zeist.find((r) => r.year === 2015)!.population).to.equal(61641);
    expect(lisa2017.rows.find((r) => r.code === 'GM0312')).to.include({ jobs: 9050, establishments: 1700 });
    expect(lisa2017.source.notes).to.contain('not comparable with CBS employee jobs');
  });

  it('gives land use by province with the Netherlands as the sum of the provinces, marked so', () => {
    const nl2015 = landUse.rows.find((r) => r.code === 'NL01' && r.year === 2015)!;
    expect(nl2015.derived).to.equal('sum-of-provinces');
    expect(nl2015.total).to.equal(4154304);
    const utrecht = landUse.rows.find((r) => r.code === 'PV26' && r.year === 2015)!;
    expect(utrecht).to.include({ total: 144913, innerWater: 7088, outerWater: null, missing: 'no-figure', derived: null });
  });

  it('transcribes the five leading sectors and the 11 identity pairs', () => {
    expect(leadingSectors.rows.map((s) => s.label.nl)).to.deep.equal([
      'Gastvrijheidseconomie',
      'Openbaar bestuur & veiligheid',
      'Zorg & welzijn',
      'Voeding & gezondheid',
      'Consultancy & overige diensten',
    ]);
    expect(identityShift.rows).to.have.length(11);
    expect(identityShift.rows[9]).to.deep.include({ thick: { nl: '‘Government’', en: '‘Government’' } });
  });

  it("loads commuting on demand: the five municipalities' flows of 2014 on today's municipalities", async () => {
    const commuting = await loadCommuting();
    // Leerdam, Zederik and Vianen (2014) are Vijfheerenlanden today: their flows are its flows, summed.
    for (const old of ['GM0545', 'GM0707', 'GM0620']) expect(commuting.rows.some((r) => r.from === old || r.to === old)).to.equal(false);
    expect(commuting.rows.some((r) => r.from === 'GM1961' && r.to === 'GM0355')).to.equal(true);
    expect(commuting.divided.has('GM0788')).to.equal(true); // Haaren, divided in 2021
    expect(commuting.nationalTotal).to.equal(7140400);
    expect(commuting.source.credit.nl).to.equal('Bron: CBS (81251NED), december 2014');
    const zeistUtrecht = commuting.rows.find((r) => r.from === 'GM0355' && r.to === 'GM0344')!;
    expect(zeistUtrecht.jobs % 100).to.equal(0);
    expect(zeistUtrecht.jobs).to.be.greaterThan(0);
    expect(await loadCommuting()).to.equal(commuting); // cached
  });

  it('loads boundaries of the province and its neighbours as TopoJSON', async () => {
    const b = await loadBoundaries(2025);
    const geometries = b.topology.objects.gemeenten.geometries;
    expect(geometries).to.have.length(b.count);
    for (const code of ['GM0310', 'GM0312', 'GM0355', 'GM1581', 'GM0352', 'GM0344']) {
      expect(geometries.find((g) => g.id === code)?.properties?.province, code).to.equal('PV26');
    }
    expect(geometries.some((g) => g.id === 'GM0363')).to.equal(true); // Amsterdam, a neighbour
    // Vijfheerenlanden (2019, from Leerdam, Zederik and Vianen) is one municipality on today's map.
    expect(geometries.some((g) => g.id === 'GM1961')).to.equal(true);
    expect(geometries.some((g) => g.id === 'GM0545')).to.equal(false);
  });

  it('decodes the boundaries into closed polygons, one feature per municipality', async () => {
    for (const year of [2025] as const) {
      const { topology } = await loadBoundaries(year);
      const { features } = topoFeatures(topology, 'gemeenten');
      expect(features).to.have.length(topology.objects.gemeenten.geometries.length);
      for (const f of features) {
        const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
        for (const ring of polygons.flat()) {
          expect(ring.length, String(f.id)).to.be.greaterThan(3);
          expect(ring[0], String(f.id)).to.deep.equal(ring[ring.length - 1]);
          for (const [lon, lat] of ring) expect(lon > 3 && lon < 8 && lat > 50 && lat < 54, `${f.id} ${lon},${lat}`).to.equal(true);
        }
      }
    }
    const { topology } = await loadBoundaries(2025);
    expect(() => topoFeatures(topology, 'nope')).to.throw('no object');
  });

  it('gives net commuting balances over the whole country', async () => {
    const commuting = await loadCommuting();
    const utrecht = commuting.totals.get('GM0344')!;
    expect(utrecht.jobs - utrecht.residents).to.be.greaterThan(0); // a net destination
    const zeist = commuting.totals.get('GM0355')!;
    const fromZeist = commuting.rows.filter((r) => r.from === 'GM0355').reduce((s, r) => s + r.jobs, 0);
    expect(zeist.residents).to.equal(fromZeist);
    expect(zeist.internal).to.equal(commuting.rows.find((r) => r.from === 'GM0355' && r.to === 'GM0355')!.jobs);
  });

  it('loads sector tables with CBS symbols kept as missing values with a reason', async () => {
    const { jobs, establishments } = await loadSectors();
    expect(jobs.rows).to.have.length(1596);
    expect(establishments.rows).to.have.length(2964);
    const secret = jobs.rows.filter((r) => r.missing === 'secret');
    expect(secret).to.have.length(170); // CBS 'x' in the source file
    expect(jobs.rows.filter((r) => r.missing === 'not-available')).to.have.length(72);
    expect(establishments.rows.filter((r) => r.missing === 'nil')).to.have.length(212);
    expect(secret.every((r) => r.value === null)).to.equal(true);
    expect(jobs.get(2010, 'NL01', 'A-U')!.value).to.be.greaterThan(7000);
    expect(missingLabels.secret).to.deep.equal({ nl: 'geheim', en: 'confidential' });
    expect(establishments.sections.map((s) => s.code)).to.not.include('O');
  });

  it('loads the RCI: Utrecht first of Europe in 2010 and 2013', async () => {
    const rci = await loadRci();
    expect(rci.rows).to.have.length(1133);
    const rank = (edition: number) =>
      rci.rows.filter((r) => r.level === 'region' && r.edition === edition && r.score !== null).sort((a, b) => b.score! - a.score!)[0].code;
    expect(rank(2010)).to.equal('NL31');
    expect(rank(2013)).to.equal('NL31');
    expect(rci.rows.filter((r) => r.score === null).map((r) => `${r.code}/${r.edition}`).sort()).to.deep.equal([
      'FI1B/2010', 'FI1B/2013', 'FI1C/2010', 'FI1C/2013',
    ]);
  });
});
