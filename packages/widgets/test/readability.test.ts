// Plain language (issue 36): the widgets' titles and the profile's own sentences read at B1 by Flesch-Douma
// (readability.ts). The exactness tests stay where they are; this checks only how hard the words are.
import { expect } from '@open-wc/testing';
import { Q4Error, optionName } from '@q4/core';
import { figures } from '../src/generated/figures.js';
import { planProfile, readQuery, resolveCompare, resolvePlace } from '../src/profile-model/index.js';
import { B1, fleschDouma, syllables } from './readability.js';

/** The places the profile's tests use: the report's region, Amsterdam, Groningen, Vijfheerenlanden, a region of three, NL. */
const places: Record<string, string>[] = [
  {},
  { municipality: 'GM0363' },
  { municipality: 'GM0014' },
  { municipality: 'GM1961' },
  { region: 'GM0307,GM0193,GM0200', 'region-name': 'Driestedenregio' },
  { region: 'NL' },
];

/** Every title (or summary) a widget gives for these places (an error for a place is not a title). */
async function titles(name: string, part: 'title' | 'summary' = 'title'): Promise<string[]> {
  const figure = figures.find((f) => f.name === name)!;
  const out: string[] = [];
  for (const place of places) {
    const options = Object.fromEntries(
      Object.entries(place)
        .filter(([k]) => k in figure.attributes)
        .map(([k, v]) => [optionName(k), v]),
    );
    try {
      out.push(figure.describe(figure.prepare(await figure.loadDefault(options), options, 'nl'), 'nl')[part]);
    } catch (error) {
      if (!(error instanceof Q4Error)) throw error;
    }
  }
  return [...new Set(out)];
}

describe('plain language: Flesch-Douma at B1', () => {
  it('the measure counts as documented', () => {
    expect(syllables('inwoners')).to.equal(3);
    expect(syllables('vijf')).to.equal(1);
    expect(syllables('Vijfheerenlanden')).to.equal(1);
    expect(syllables('941.927')).to.equal(1);
    expect(fleschDouma('De kat zit op de mat.')).to.be.greaterThan(100);
  });

  for (const figure of figures) {
    it(`<q4-${figure.name}>: every title for the six places reads at B1`, async () => {
      for (const title of await titles(figure.name)) expect(fleschDouma(title), title).to.be.at.least(B1);
    });
  }

  for (const figure of figures) {
    // The caption's summary too; the notes below it keep the technical detail complete, and are not measured.
    it(`<q4-${figure.name}>: every summary for the six places reads at B1`, async () => {
      for (const summary of await titles(figure.name, 'summary')) expect(fleschDouma(summary), summary).to.be.at.least(B1);
    });
  }

  it('the profile’s own sentences read at B1, section by section', async () => {
    for (const search of [
      '?municipality=GM0363&compare=Zwolle',
      '?municipality=GM1961',
      '?municipality=GM0014',
      '',
      '?region=GM0307,GM0193,GM0200',
      '?region=NL',
      '?compare=GM0193',
      '?municipality=GM0788',
    ]) {
      const query = readQuery(search);
      const resolved = await resolvePlace(query);
      if ('error' in resolved) throw new Error(resolved.error);
      // A place that has ended says so first (Haaren, divided in 2021).
      const ended = (resolved.place as { ended?: string }).ended;
      if (ended) expect(fleschDouma(ended), ended).to.be.at.least(B1);
      const compare = await resolveCompare(query);
      const plan = await planProfile(resolved.place, 'nl', compare && 'code' in compare ? compare : null);
      for (const section of plan.sections.filter((s) => s.sentences.length)) {
        const text = section.sentences.map((s) => s.text).join(' ');
        expect(fleschDouma(text), text).to.be.at.least(B1);
      }
    }
  });
});
