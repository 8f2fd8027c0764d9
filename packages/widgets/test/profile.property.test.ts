// Property-based tests over the profile page's address (issue 36): any query string, hostile ones included, ends in a
// profile or a visible message, with one h1, never a blank page, never HTML from the address, and the address the
// page writes back reads the same. A fixed seed in npm test; `npm run test:fuzz` runs longer.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import fc from 'fast-check';
import { readQuery, writeQuery } from '../src/profile-model/index.js';
import '../profile/q4-profile.js';
import type { Q4Profile } from '../profile/q4-profile.js';

const hostile = ['<img src=x onerror="window.q4Hacked=1">', '"><script>window.q4Hacked=1</script>', '\u202e\u0000', '💥'.repeat(30), '%3Cb%3E'];
const places = ['GM0363', 'Zwolle', 'Groningen', 'GM1961', 'Leerdam', 'NL', 'Atlantis', 'GM9999', 'Bergen', 'x', ''];
const value = fc.oneof(
  fc.constantFrom(...places, ...hostile),
  fc.string({ maxLength: 20 }),
  fc.array(fc.constantFrom(...places), { maxLength: 90 }).map((l) => l.join(',')),
);
const search = fc
  .record(
    {
      municipality: value,
      region: value,
      'region-name': value,
      compare: value,
      lang: fc.constantFrom('nl', 'en', 'de', ''),
      other: fc.string({ maxLength: 10 }),
    },
    { requiredKeys: [] },
  )
  .map((r) => `?${new URLSearchParams(Object.entries(r).filter(([, v]) => v !== undefined) as [string, string][])}`);

let config = { runs: 12, seed: 20261207 };

describe('the profile page over any address', () => {
  before(async () => {
    config = (await executeServerCommand<typeof config, Record<string, never>>('q4-fuzz', {})) ?? config;
  });

  it('the address the page writes reads back as the same query', () => {
    fc.assert(
      fc.property(search, (s) => {
        const query = readQuery(s);
        expect(readQuery(`?${writeQuery(query)}`)).to.deep.equal(query);
      }),
      { numRuns: config.runs * 25, seed: config.seed },
    );
  });

  it('any address ends in a profile or a visible message, with one h1 and no HTML from the address', async function () {
    this.timeout(config.runs * 20000);
    const page = await fixture<Q4Profile>(html`<q4-profile></q4-profile>`);
    await fc.assert(
      fc.asyncProperty(search, async (s) => {
        page.query = readQuery(s);
        await waitUntil(() => page.querySelector('#bronnen, [role=alert]'), `no end for ${s}`, { timeout: 20000 });
        expect(page.querySelectorAll('h1').length, s).to.equal(1);
        expect(page.querySelector('h1')!.textContent!.trim().length, s).to.be.greaterThan(5);
        expect(page.querySelector('img, script'), s).to.equal(null);
        expect((window as Window & { q4Hacked?: number }).q4Hacked, s).to.equal(undefined);
      }),
      { numRuns: config.runs, seed: config.seed, endOnFailure: true },
    );
  });
});
