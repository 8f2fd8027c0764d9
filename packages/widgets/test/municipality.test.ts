// One municipality resolver: what a person types finds the same municipality in the area index (any municipality),
// in the scorecard's data and in the commuting map's, because all three compare @q4/data's municipalityKey.
import { expect } from '@open-wc/testing';
import { findMunicipality, loadAreaIndex, lookupMunicipality, municipalityKey, type Lookup } from '@q4/data';
import { defaultScorecard, resolveMunicipality } from '@q4/scorecard';
import { commuteFigure } from '@q4/commute-flows';

describe('one municipality resolver (@q4/data)', () => {
  const spellings = (code: string, name: string) => [
    code,
    code.toLowerCase(),
    code.slice(2),
    String(Number(code.slice(2))),
    name,
    name.toUpperCase(),
    ` ${name} `,
    `${name} (gemeente)`,
    `Gemeente ${name}`,
  ];

  it('finds a municipality by any spelling of its code or name, the same in the index, the scorecard and the commuting map', async () => {
    const index = await loadAreaIndex();
    const found = (l: Lookup) => ('found' in l ? l.found.code : null);
    const dataset = await commuteFigure.loadDefault({});
    for (const area of defaultScorecard.areas.filter((a) => a.code !== defaultScorecard.reference)) {
      for (const text of spellings(area.code, area.name)) {
        expect(found(lookupMunicipality(index, text)), `index: ${text}`).to.equal(area.code);
        expect(resolveMunicipality(defaultScorecard, text, 'nl')?.code, `scorecard: ${text}`).to.equal(area.code);
        expect(commuteFigure.prepare(dataset, { municipality: text }, 'nl').view.focus, `commuting map: ${text}`).to.equal(area.code);
      }
    }
  });

  it('compares codes as codes and names without case, accents or CBS suffixes; finds nothing for an unknown text', () => {
    expect(municipalityKey('gm355')).to.equal('GM0355');
    expect(municipalityKey('Súdwest-Fryslân (gemeente)')).to.equal(municipalityKey('sudwest fryslan'));
    const list = [
      { code: 'GM0355', name: 'Zeist' },
      { code: 'GM1900', name: 'Súdwest-Fryslân' },
    ];
    expect(findMunicipality(list, 'sudwest fryslan', (m) => [m.name])?.code).to.equal('GM1900');
    expect(findMunicipality(list, 'Amsterdam', (m) => [m.name])).to.equal(null);
    expect(findMunicipality(list, '', (m) => [m.name])).to.equal(null);
  });
});
