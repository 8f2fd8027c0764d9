// The profile's sentences on commuting, checked against the national matrix of December 2014 read here from
// data/pendel-2014-nl.csv and carried to today's municipalities with the older reorganisation table
// (commuting-today.mjs), not from the modules the page reads: the jobs residents held, the share in the place
// itself, the jobs in the place, and the largest partner each way with every tie at the precision shown.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { join, resolve } from 'node:path';
import { flowsToday } from './commuting-today.mjs';

const repo = resolve(import.meta.dirname, '..', '..');
const skip = existsSync(join(repo, 'packages', 'widgets', 'dist', 'profile-model', 'index.js')) ? false : 'run npm run build first';
const flows = flowsToday();
const csvRows = (file) => csvParse(readFileSync(join(repo, 'data', file), 'utf8'));

/** What the sentences must say of a group of today's municipalities, from the matrix. */
function expected(members, name, lang, core, t) {
  const set = new Set(members);
  const n = (v) => core.formatNumber(v, lang);
  const sum = (test) => flows.filter(test).reduce((s, f) => s + f.jobs, 0);
  const residents = sum((f) => set.has(f.from));
  const jobs = sum((f) => set.has(f.to));
  const internal = sum((f) => set.has(f.from) && set.has(f.to));
  const largest = (end, other) => {
    const byOther = new Map();
    for (const f of flows) if (set.has(f[end]) && !set.has(f[other]) && f.jobs > 0) byOther.set(f[other], (byOther.get(f[other]) ?? 0) + f.jobs);
    const ranked = [...byOther].sort((a, b) => b[1] - a[1]);
    if (!ranked.length) return null;
    // Every partner equal to the largest as shown (rounded to 100, grouped) is named.
    const top = ranked.filter(([, v]) => n(v) === n(ranked[0][1]));
    // CBS's name, without the "(gemeente)" that tells the municipality from the province of the same name.
    const nameOf = (code) => {
      const row = flows.find((f) => f.from === code || f.to === code);
      return (row.from === code ? row.fromName : row.toName).replace(/ \(gemeente\)$/, '');
    };
    return { names: core.listFormat(top.map(([code]) => nameOf(code)).sort(), lang), count: top.length, jobs: n(top[0][1]) };
  };
  const diff = n(Math.abs(jobs - residents));
  const period = lang === 'nl' ? 'december 2014' : 'December 2014';
  const out = largest('from', 'to');
  const into = largest('to', 'from');
  return [
    core.fill(t.cmOwn, { period, name, residents: n(residents), share: `${core.formatNumber((100 * internal) / residents, lang)}%` }),
    core.fill(diff === n(0) ? t.cmEven : jobs > residents ? t.cmMore : t.cmFewer, { name, jobs: n(jobs), diff }),
    ...(out ? [core.fill(out.count > 1 ? t.cmOutTie : t.cmOut, { name, top: out.names, jobs: out.jobs })] : []),
    ...(into ? [core.fill(into.count > 1 ? t.cmInTie : t.cmIn, { name, top: into.names, jobs: into.jobs })] : []),
  ];
}

const places = [
  // An ordinary municipality, one made of three of 2014, one whose largest destinations tie, a group, the report's region.
  ['?municipality=GM0193', ['GM0193'], 'Zwolle'],
  ['?municipality=GM1961&lang=en', ['GM1961'], 'Vijfheerenlanden'],
  ['?municipality=GM0093', ['GM0093'], 'Terschelling'],
  ['?region=GM0344,GM0356&region-name=Utrecht en Nieuwegein', ['GM0344', 'GM0356'], 'Utrecht en Nieuwegein'],
  ['', ['GM0310', 'GM0312', 'GM0352', 'GM0355', 'GM1581'], 'Heuvelrug Kromme Rijnstreek'],
];

test('the commuting sentences say what the national matrix gives, for a municipality, a group and the report’s region', { skip }, async () => {
  const model = await import('@q4/widgets/profile-model');
  const core = await import('@q4/core/figure');
  for (const [search, members, name] of places) {
    const query = model.readQuery(search);
    const resolved = await model.resolvePlace(query);
    const plan = await model.planProfile(resolved.place, query.lang, null);
    const section = plan.sections.find((s) => s.name === 'commute-flows');
    const want = expected(members, name, query.lang, core, model.profileMessages[query.lang]);
    // The order of tied names is the list's; compare each sentence with the names sorted.
    const sorted = (text) =>
      text.replace(
        /(in|of) (.+?): (elk|\d)/,
        (_, w, list, tail) =>
          `${w} ${list
            .split(/, | en | and /)
            .sort()
            .join('|')}: ${tail}`,
      );
    assert.deepEqual(
      section.sentences.map((s) => sorted(s.text)),
      want.map(sorted),
      search || 'the report’s region',
    );
    for (const s of section.sentences) assert.match(s.note, /81251NED/);
  }
});

test('a tie between the largest destinations is named as a tie (Terschelling: the data have one)', { skip }, async () => {
  const model = await import('@q4/widgets/profile-model');
  const resolved = await model.resolvePlace(model.readQuery('?municipality=GM0093'));
  const plan = await model.planProfile(resolved.place, 'nl', null);
  const texts = plan.sections.find((s) => s.name === 'commute-flows').sentences.map((s) => s.text);
  const out = flows.filter((f) => f.from === 'GM0093' && f.to !== 'GM0093' && f.jobs > 0);
  const best = Math.max(...out.map((f) => f.jobs));
  const tied = out.filter((f) => Math.round(f.jobs / 100) === Math.round(best / 100));
  assert.ok(tied.length > 1, 'the data have a tie here');
  assert.ok(
    texts.some((t) => tied.every((f) => t.includes(f.toName)) && t.includes('elk')),
    texts.join('\n'),
  );
});

test('with compare=, the share of jobs in the place itself is set against the chosen municipality’s, at the precision shown', { skip }, async () => {
  const model = await import('@q4/widgets/profile-model');
  const core = await import('@q4/core/figure');
  /** The share of a group's residents' jobs in the group itself, from the matrix. */
  const share = (members) => {
    const set = new Set(members);
    const from = flows.filter((f) => set.has(f.from));
    const sum = (list) => list.reduce((s, f) => s + f.jobs, 0);
    return sum(from.filter((f) => set.has(f.to))) / sum(from);
  };
  for (const [search, members, name, other, otherName] of [
    ['?municipality=GM0193&compare=GM0363', ['GM0193'], 'Zwolle', ['GM0363'], 'Amsterdam'],
    ['?municipality=GM0363&compare=GM1961&lang=en', ['GM0363'], 'Amsterdam', ['GM1961'], 'Vijfheerenlanden'],
    ['?region=GM0310,GM0312,GM0355&region-name=Drie&compare=GM0193', ['GM0310', 'GM0312', 'GM0355'], 'Drie', ['GM0193'], 'Zwolle'],
  ]) {
    const query = model.readQuery(search);
    const compare = await model.resolveCompare(query);
    const plan = await model.planProfile((await model.resolvePlace(query)).place, query.lang, compare);
    const [first] = plan.sections.find((s) => s.name === 'commute-flows').sentences;
    const t = model.profileMessages[query.lang];
    const pct = (v) => `${core.formatNumber(100 * v, query.lang)}%`;
    const [a, b] = [share(members), share(other)];
    const then = pct(a) === pct(b) ? t.cmCompareSame : a > b ? t.cmCompareMore : t.cmCompareLess;
    const own = expected(members, name, query.lang, core, t)[0];
    assert.equal(first.text, `${own} ${core.fill(then, { other: otherName, share: pct(b) })}`, search);
    assert.ok(first.note.includes(core.fill(t.comparedWith, { name: otherName })), first.note);
  }
});

test(
  'the national map’s sentences: where most jobs held by people from another municipality were, and whose residents held most elsewhere',
  { skip },
  async () => {
    const model = await import('@q4/widgets/profile-model');
    const core = await import('@q4/core/figure');
    // The municipalities of the map: today's, not a code of 2014 that was divided since (it keeps its own code here).
    const divided = new Set(
      csvRows('herindelingen-2014-2024.csv')
        .filter((r) => r.datum > '2014-01-01' && r.soort === 'splitsing')
        .map((r) => r.oud_code),
    );
    const codes = [...new Set(flows.map((f) => f.from))].filter((c) => c.startsWith('GM') && !divided.has(c));
    const nameOf = (code) => flows.find((f) => f.to === code).toName.replace(/ \(gemeente\)$/, '');
    for (const lang of ['nl', 'en']) {
      const n = (v) => core.formatNumber(v, lang);
      const ranked = (end, other) =>
        codes.map((c) => ({ c, jobs: flows.filter((f) => f[end] === c && f[other] !== c).reduce((s, f) => s + f.jobs, 0) })).sort((a, b) => b.jobs - a.jobs);
      const first = (list) => list.filter((x) => n(x.jobs) === n(list[0].jobs));
      const into = first(ranked('to', 'from'));
      const out = first(ranked('from', 'to'));
      const t = model.profileMessages[lang];
      const query = model.readQuery(`?region=NL&lang=${lang}`);
      const plan = await model.planProfile((await model.resolvePlace(query)).place, lang, null);
      const texts = plan.sections.find((s) => s.name === 'commute-flows').sentences.map((s) => s.text);
      const list = (xs) =>
        core.listFormat(
          xs.map((x) => nameOf(x.c)),
          lang,
        );
      assert.deepEqual(texts, [
        core.fill(into.length > 1 ? t.cmNlInTie : t.cmNlIn, {
          period: lang === 'nl' ? 'december 2014' : 'December 2014',
          top: list(into),
          jobs: n(into[0].jobs),
        }),
        core.fill(out.length > 1 ? t.cmNlOutTie : t.cmNlOut, { top: list(out), jobs: n(out[0].jobs) }),
      ]);
    }
  },
);
