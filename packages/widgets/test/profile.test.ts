// The profile page: which figures a place has, in the report's order, and why it lacks the others; the reasons are
// the figures' own words for that place, computed here from the same figures and data.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { Q4Error, fill, optionName } from '@q4/core';
import { loadAreaIndex, loadNationalPopulation } from '@q4/data';
import { figures } from '../src/generated/figures.js';
import { widgetText } from '../src/generated/names.js';
import { REPORT_ORDER, builderLink, pageTitle, planProfile, resolvePlace, readQuery, writeQuery, type Place } from '../src/profile-model/profile.js';
import { messages } from '../src/profile-model/profile-text.js';
import '../profile/q4-profile.js';
import type { Q4Profile } from '../profile/q4-profile.js';

/** The figure's own error for these attributes, or null where it draws. */
async function figureError(name: string, attributes: Record<string, string>): Promise<string | null> {
  const figure = figures.find((f) => f.name === name)!;
  const options = Object.fromEntries(Object.entries(attributes).map(([k, v]) => [optionName(k), v]));
  try {
    figure.prepare(await figure.loadDefault(options), options, 'nl');
    return null;
  } catch (error) {
    if (error instanceof Q4Error) return error.message;
    throw error;
  }
}

const placeOf = async (search: string): Promise<Place> => {
  const resolved = await resolvePlace(readQuery(search));
  if ('error' in resolved) throw new Error(resolved.error);
  return resolved.place;
};

describe('the profile page', () => {
  it('the report’s region keeps all seven figures, in the report’s order', async () => {
    const plan = await planProfile(await placeOf(''), 'nl');
    expect(plan.sections.map((s) => s.name)).to.deep.equal([...REPORT_ORDER]);
    expect(plan.missing).to.deep.equal([]);
    for (const s of plan.sections) expect(s.credit, s.name).to.match(/^Bron/);
  });

  for (const [search, code] of [
    ['?municipality=GM0363', 'GM0363'],
    ['?municipality=Groningen', 'GM0014'],
    ['?municipality=Vijfheerenlanden', 'GM1961'],
  ] as const) {
    it(`${search}: a section where the figure draws for the place, else its own reason in "Niet voor deze plaats"`, async () => {
      const place = await placeOf(search);
      expect(place).to.include({ kind: 'municipality', code });
      const plan = await planProfile(place, 'nl');
      const index = await loadAreaIndex();
      expect(place.name).to.equal(index.byCode.get(code)!.name);
      for (const name of REPORT_ORDER) {
        const figure = figures.find((f) => f.name === name)!;
        const takes = Object.entries(figure.attributes).find(([, spec]) => spec.place === 'municipality')?.[0];
        const own = !takes || name === 'identity-shift' ? widgetText[name].nl.noPlace : await figureError(name, { [takes]: code });
        // The widget quotes the code it was given; the profile names the place.
        const expected = own?.replaceAll(`"${code}"`, `"${place.name}"`) ?? null;
        const section = plan.sections.find((s) => s.name === name);
        const missing = plan.missing.find((m) => m.name === name);
        if (expected === null) {
          expect(section, `${name} is a section`).to.exist;
          expect(section!.attributes).to.deep.equal({ [takes!]: code });
        } else {
          expect(missing, `${name} is not for this place`).to.deep.equal({ name, heading: widgetText[name].nl.name, reason: expected });
        }
      }
      // The sections keep the report's order.
      const order = plan.sections.map((s) => REPORT_ORDER.indexOf(s.name));
      expect(order).to.deep.equal([...order].sort((a, b) => a - b));
    });
  }

  it('a region of three and the Netherlands: the figures that take a region, named as asked', async () => {
    const region = await placeOf('?region=GM0363,GM0384,GM0437&region-name=Amstelland');
    expect(region).to.deep.include({ kind: 'region', codes: ['GM0363', 'GM0384', 'GM0437'], name: 'Amstelland' });
    const plan = await planProfile(region, 'nl');
    for (const s of plan.sections) expect(s.attributes.region).to.equal('GM0363,GM0384,GM0437');
    expect(plan.missing.map((m) => m.name)).to.include.members(['scorecard', 'land-use', 'competitiveness', 'identity-shift']);
    const nl = await planProfile(await placeOf('?region=NL'), 'en');
    expect(nl.sections.map((s) => s.name)).to.include('commute-flows');
    for (const m of nl.missing) expect(m.reason, m.name).to.not.equal('');
  });

  it('a municipality that has ended (Haaren, divided in 2021) says so at the top, and its figures’ period ends with it', async () => {
    const index = await loadAreaIndex();
    const haaren = index.byCode.get('GM0788')!;
    // What became of it, from the area index's own events: each municipality its code was divided among, and the date.
    const split = index.events.filter((e) => e.from === haaren.code && e.kind === 'split');
    expect(split.length).to.be.greaterThan(1);
    const population = await loadNationalPopulation();
    const years = population.years.filter((_, i) => population.values[haaren.code]?.[i] != null);
    for (const lang of ['nl', 'en'] as const) {
      const place = await placeOf(`?municipality=${haaren.code}${lang === 'en' ? '&lang=en' : ''}`);
      const ended = (place as { ended?: string }).ended!;
      for (const e of split) expect(ended).to.contain(index.byCode.get(e.to)!.name);
      expect(ended).to.contain(lang === 'nl' ? `1 januari ${split[0].year}` : `1 January ${split[0].year}`);
      expect(ended).to.contain(fill(messages[lang].endedPlace, { name: haaren.name }));
      const plan = await planProfile(place, lang);
      const keyFigures = plan.sections.find((s) => s.name === 'key-figures')!;
      // The credit names the years drawn (to the last 1 January Haaren was counted), and so does the title.
      expect(keyFigures.credit).to.contain(`${years[0]}-${years[years.length - 1]}`);
      expect(pageTitle(place, plan.sections, lang)).to.match(new RegExp(`-${years[years.length - 1]}$`));
      const page = await fixture<Q4Profile>(html`<q4-profile></q4-profile>`);
      page.query = readQuery(`?municipality=${haaren.code}&lang=${lang}`);
      await waitUntil(() => page.querySelector('.profile-notice'), 'the notice on the page', { timeout: 10000 });
      expect(page.querySelector('.profile-notice')!.textContent).to.equal(ended);
      page.remove();
    }
    expect(await placeOf('?municipality=GM0363')).not.to.have.property('ended');
  });

  it('an unknown place, a hostile region name and 81 codes are said on the page, never parsed as HTML', async () => {
    const unknown = await resolvePlace(readQuery('?municipality=Atlantis'));
    expect(unknown).to.have.property('error').that.includes('Atlantis');
    const hostile = await resolvePlace(readQuery(`?region=GM0363,GM0384&region-name=${encodeURIComponent('<img src=x onerror=alert(1)>'.repeat(10))}`));
    expect(hostile).to.have.property('error');
    const codes = Array.from({ length: 81 }, (_, i) => `GM${String(i + 1).padStart(4, '0')}`).join(',');
    expect(await resolvePlace(readQuery(`?region=${codes}`))).to.have.property('error');

    const page = await fixture<Q4Profile>(html`<q4-profile></q4-profile>`);
    page.query = readQuery('?municipality=%3Cimg%20src%3Dx%3E');
    await waitUntil(() => page.querySelector('[role="alert"]'), 'the message', { timeout: 10000 });
    expect(page.querySelector('h1')!.textContent).to.equal(messages.nl.badPlace);
    expect(page.querySelector('[role="alert"]')!.textContent).to.include('<img src=x>');
    expect(page.querySelector('img')).to.equal(null);
  });

  it('renders one h1, a contents list, a section per figure with its widget and builder link, and the sources', async () => {
    const page = await fixture<Q4Profile>(html`<q4-profile></q4-profile>`);
    page.query = readQuery('?municipality=GM0363&lang=en');
    await waitUntil(() => page.querySelector('#bronnen'), 'the profile', { timeout: 20000 });
    const plan = await planProfile(await placeOf('?municipality=GM0363'), 'en');
    expect(page.querySelectorAll('h1').length).to.equal(1);
    const years = plan.sections.flatMap((s) => (s.credit.match(/\b(19|20)\d\d\b/g) ?? []).map(Number));
    expect(page.querySelector('h1')!.textContent).to.equal(
      fill(messages.en.pageTitlePeriod, { place: 'Amsterdam', years: `${Math.min(...years)}-${Math.max(...years)}` }),
    );
    const sections = [...page.querySelectorAll('section.profile-section')];
    expect(sections.map((s) => s.id)).to.deep.equal(plan.sections.map((s) => s.name));
    for (const [i, s] of sections.entries()) {
      expect(s.querySelector('h2')!.textContent).to.equal(plan.sections[i].heading);
      const widget = s.querySelector(`q4-${plan.sections[i].name}`)!;
      expect(widget.getAttribute('municipality')).to.equal('GM0363');
      expect(widget.getAttribute('lang')).to.equal('en');
      expect(s.querySelector('.profile-make a')!.getAttribute('href')).to.equal(builderLink(plan.sections[i], 'en'));
    }
    expect([...page.querySelectorAll('nav a')].map((a) => a.getAttribute('href'))).to.deep.equal([
      ...plan.sections.map((s) => `#${s.name}`),
      '#niet-voor-deze-plaats',
      '#voetnoten',
      '#bronnen',
      '#citeer',
    ]);
    expect([...page.querySelectorAll('#niet-voor-deze-plaats li')].map((li) => li.textContent)).to.deep.equal(
      plan.missing.map((m) => `${m.heading}: ${m.reason}`),
    );
    expect([...page.querySelectorAll('#bronnen li')].map((li) => li.textContent)).to.deep.equal(plan.sections.map((s) => `${s.heading}: ${s.credit}`));
  });

  it('the URL: written in a fixed order, read back the same', () => {
    for (const search of ['', '?municipality=GM0363', '?region=GM0363%2CGM0384&region-name=Amstelland&lang=en', '?region=NL']) {
      const query = readQuery(search);
      expect(readQuery(`?${writeQuery(query)}`)).to.deep.equal(query);
    }
  });
});

describe('the links between the builder and the profile', () => {
  it('each section opens the builder with its widget and place; the builder links back to the profile of its place', async () => {
    const { readState, profileLink } = await import('../builder/builder.js');
    const plan = await planProfile(await placeOf('?municipality=GM0363'), 'en');
    for (const section of plan.sections) {
      const state = readState(builderLink(section, 'en').split('?')[1]);
      expect(state).to.deep.include({ widget: section.name, lang: 'en', attributes: section.attributes });
      expect(profileLink(state)).to.equal('../profile/index.html?municipality=GM0363&lang=en');
    }
    expect(profileLink(readState('?widget=key-figures&region=GM0363,GM0384&region-name=Amstelland'))).to.equal(
      `../profile/index.html?${writeQuery(readQuery('?region=GM0363,GM0384&region-name=Amstelland'))}`,
    );
    expect(profileLink(readState('?widget=identity-shift'))).to.equal('../profile/index.html');
  });
});
