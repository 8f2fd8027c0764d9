import { expect } from '@open-wc/testing';
import { compareCodes, compareNames, formatDateUtc, formatNumber, formatNumberUpTo, listFormat } from '../src/i18n.js';

// listFormat joins lists by hand (its first Intl.ListFormat would cost each page 1-3 ms): the browser's own
// Intl.ListFormat, for the locales the widgets speak, is the reference it must match.
describe('listFormat', () => {
  const items = ['Zeist', 'De Bilt, Bunnik', 'Wijk bij Duurstede en Houten', 'A → B (12)', '', '<b>x</b>'];
  for (const [lang, locale] of [
    ['nl', 'nl-NL'],
    ['en', 'en-GB'],
  ] as const) {
    for (const type of ['conjunction', 'disjunction'] as const) {
      it(`equals Intl.ListFormat(${locale}, long ${type}) for 0 to ${items.length} items`, () => {
        const reference = new Intl.ListFormat(locale, { style: 'long', type });
        for (let n = 0; n <= items.length; n++) {
          const list = items.slice(0, n);
          expect(listFormat(list, lang, type), `${n} items`).to.equal(reference.format(list));
        }
      });
    }
  }

  it('joins with the conjunction by default', () => {
    expect(listFormat(['a', 'b'], 'nl')).to.equal(new Intl.ListFormat('nl-NL', { style: 'long', type: 'conjunction' }).format(['a', 'b']));
  });
});

// formatNumber, formatNumberUpTo and formatDateUtc format by hand (the page's first Intl formatter costs 12-22 ms):
// the browser's own Intl formatters, for the locales the widgets speak, are the reference they must match.
describe('number and date formats', () => {
  const locales = [
    ['nl', 'nl-NL'],
    ['en', 'en-GB'],
  ] as const;
  // Halves at every place (where rounding turns), values whose binary form lies just under a half (1.005), carries
  // (9.995, 999.5), negative zero and numbers that round to it, tiny and huge magnitudes, and seeded random ones.
  const values: number[] = [
    0,
    -0,
    1,
    -1,
    0.5,
    1.5,
    2.5,
    -0.5,
    -2.5,
    0.05,
    0.15,
    0.25,
    0.35,
    1.005,
    1.015,
    1.045,
    2.675,
    9.995,
    99.95,
    999.5,
    9999.5,
    0.004,
    -0.004,
    -0.0004,
    1e-7,
    5e-7,
    -5e-7,
    123456.785,
    1234567.891,
    1e21,
    1.5e21,
    123456789012345,
    0.1 + 0.2,
    1 / 3,
    2 / 3,
    42,
    1000,
    12345,
    -12345.678,
  ];
  let seed = 20261206;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = 0; i < 2000; i++) {
    const magnitude = 10 ** Math.floor(random() * 12 - 4);
    const value = (random() - 0.3) * magnitude;
    values.push(value, Math.round(value * 1000) / 1000, Math.round(value * 20) / 20);
  }
  for (let k = -3; k <= 6; k++) for (let d = 0; d < 10; d++) values.push((d + 0.5) * 10 ** k, -(d + 0.5) * 10 ** k);

  for (const [lang, locale] of locales) {
    for (const decimals of [0, 1, 2, 3]) {
      it(`formatNumber(…, ${lang}, ${decimals}) equals Intl.NumberFormat(${locale}) with ${decimals} decimals`, () => {
        const reference = new Intl.NumberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
        for (const value of values) expect(formatNumber(value, lang, decimals), String(value)).to.equal(reference.format(value));
      });
      it(`formatNumberUpTo(…, ${lang}, ${decimals}) equals Intl.NumberFormat(${locale}) with up to ${decimals} decimals`, () => {
        const reference = new Intl.NumberFormat(locale, { maximumFractionDigits: decimals });
        for (const value of values) expect(formatNumberUpTo(value, lang, decimals), String(value)).to.equal(reference.format(value));
      });
    }
    it(`formatNumber(…, ${lang}) words NaN and infinity as Intl does`, () => {
      const reference = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
      for (const value of [NaN, Infinity, -Infinity]) expect(formatNumber(value, lang), String(value)).to.equal(reference.format(value));
    });
    it(`formatDateUtc(…, ${lang}) equals Intl.DateTimeFormat(${locale}, day month year) on every day of 2012-2025 and a few far dates`, () => {
      const reference = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
      const times = [Date.UTC(1000, 0, 1), Date.UTC(9999, 11, 31), Date.UTC(999, 11, 31), Date.UTC(-5, 0, 1), NaN];
      for (let t = Date.UTC(2012, 0, 1); t < Date.UTC(2026, 0, 1); t += 86400000) times.push(t, t + 86399999);
      for (const time of times) {
        if (Number.isNaN(time)) expect(() => formatDateUtc(time, lang)).to.throw(RangeError);
        else expect(formatDateUtc(time, lang), new Date(time).toISOString()).to.equal(reference.format(time));
      }
    });
  }
});

describe('compareCodes', () => {
  it('orders as < does, and as localeCompare does for codes of capitals and digits', () => {
    const codes = ['GM0344', 'GM0310', 'GM1581', 'NL31', 'NL', 'BE10', 'DE111', 'DE11', 'PV26', 'CR35', '2019-01-01', '2018-12-31', '2023-01-01'];
    expect([...codes].sort(compareCodes)).to.deep.equal([...codes].sort());
    expect([...codes].sort(compareCodes)).to.deep.equal([...codes].sort((a, b) => a.localeCompare(b)));
  });
});

describe('compareNames', () => {
  it('orders names with accents, capitals, apostrophes and hyphens as Intl.Collator("nl") does', () => {
    // Fictitious names besides real ones; the commute-flows tests hold it equal on every real name and label.
    const names = [
      "'s-Gravenhage",
      "'s-Hertogenbosch",
      'Aa en Hunze',
      'Súdwest-Fryslân',
      'Sudwest',
      'Suameer',
      'Stein',
      'Zwolle',
      'het Bildt',
      'Het Hogeland',
      'Heusden',
      'Ée',
      'Eindhoven',
      'Ede',
      'De Bilt',
      'Den Helder',
      'Deventer',
      'De Fryske Marren',
      'Bergen (L.)',
      'Bergen (NH.)',
      'Bergeijk',
      'Noardeast-Fryslân',
      'Nuenen, Gerwen en Nederwetten',
      'Nunspeet',
      'Öz',
      'Oz',
      'Oss',
    ];
    const collator = new Intl.Collator('nl');
    expect([...names].sort(compareNames)).to.deep.equal([...names].sort(collator.compare));
  });
});
