import { expect } from '@open-wc/testing';
import { listFormat } from '../src/i18n.js';

// listFormat joins lists by hand (its first Intl.ListFormat would cost each page 1-3 ms): the browser's own
// Intl.ListFormat, for the locales the widgets speak, is the reference it must match.
describe('listFormat', () => {
  const items = ['Zeist', 'De Bilt, Bunnik', 'Wijk bij Duurstede en Houten', 'A → B (12)', '', '<b>x</b>'];
  for (const [lang, locale] of [['nl', 'nl-NL'], ['en', 'en-GB']] as const) {
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
