// Commuting in words.
import { fill, formatNumber, listFormat, type Lang } from '@q4/core/figure';
import { commuteGroupPartners, commutePartners, withTies, type CommuteModel } from '@q4/commute-flows';
import { messages } from '../profile-text.js';
import { periodOf, withoutPrefix, type Compared, type Sentence } from './sentence.js';

/** What the sentences count of a place: its residents' jobs, the jobs in it, those of its residents in it. */
function tally(model: CommuteModel, placeName: string) {
  const { data, view } = model;
  if (data.national || !data.credit) return null;
  const focus = view.focus ?? (data.members.length === 1 ? data.members[0] : null);
  const members = focus ? [focus] : data.members.filter((c) => data.complete.has(c));
  const totals = members.map((c) => data.totals.get(c));
  if (!members.length || totals.some((x) => !x)) return null;
  const nameOf = (code: string) => view.areas.find((a) => a.code === code)?.name ?? data.names.get(code) ?? code;
  const set = new Set(members);
  const residents = totals.reduce((sum, x) => sum + x!.residents, 0);
  const jobs = totals.reduce((sum, x) => sum + x!.jobs, 0);
  const internal = focus ? totals[0]!.internal : data.flows.filter((f) => set.has(f.from) && set.has(f.to)).reduce((sum, f) => sum + f.jobs, 0);
  if (!residents) return null;
  return { focus, members, nameOf, name: focus ? nameOf(focus) : (data.label ?? placeName), residents, jobs, internal, credit: data.credit };
}

/**
 * Commuting in words, for a municipality or a group of them: the jobs its residents held and the share of them in
 * the place itself (against a chosen municipality's share, at the precision shown), the jobs in the place against
 * those its residents held, and the largest partner each way (every tie named at the precision shown; a flow CBS
 * shows as 0 is never the largest). Counts are jobs, not persons.
 */
export function commuteSentences(model: CommuteModel, placeName: string, lang: Lang, compare: Compared<CommuteModel> | null = null): Sentence[] {
  const { data } = model;
  const own = tally(model, placeName);
  if (!own) return [];
  const t = messages[lang];
  const n = (v: number) => formatNumber(v, lang);
  const { focus, members, nameOf, name, residents, jobs } = own;
  const credit = own.credit[lang];
  // The place's own notes (a municipality of today that was two in 2014, …) go with every footnote.
  const note = [fill(t.cmNote, { source: withoutPrefix(credit).split(' · ')[0] }), ...(model.area?.notes(lang) ?? [])].join(' ');
  const share = (x: { internal: number; residents: number }) => `${formatNumber((100 * x.internal) / x.residents, lang)}%`;
  const first = fill(t.cmOwn, { period: periodOf(credit), name, residents: n(residents), share: share(own) });
  const sentences: Sentence[] = [{ text: first, note }];
  if (compare) {
    // The chosen municipality's share, compared as shown (whole percents).
    const other = compare.model && tally(compare.model, compare.name);
    const more = other && own.internal / own.residents > other.internal / other.residents;
    const then = !other
      ? fill(t.notCompared, { name: compare.name, why: compare.error ?? '' }).trim()
      : fill(share(own) === share(other) ? t.cmCompareSame : more ? t.cmCompareMore : t.cmCompareLess, { other: other.name, share: share(other) });
    sentences[0] = { text: `${first} ${then}`, note: `${note} ${fill(t.comparedWith, { name: other?.name ?? compare.name })}` };
  }
  const diff = n(Math.abs(jobs - residents));
  sentences.push({ text: fill(diff === n(0) ? t.cmEven : jobs > residents ? t.cmMore : t.cmFewer, { name, jobs: n(jobs), diff }), note });
  const largest = (way: 'out' | 'in') => {
    const ranked = focus ? commutePartners(data, focus, way) : commuteGroupPartners(data, members, way);
    return withTies(
      ranked.filter((p) => p.jobs > 0),
      1,
      n,
    );
  };
  for (const [way, one, tie] of [
    ['out', t.cmOut, t.cmOutTie],
    ['in', t.cmIn, t.cmInTie],
  ] as const) {
    const top = largest(way);
    if (!top.length) continue;
    sentences.push({
      text: fill(top.length > 1 ? tie : one, {
        name,
        top: listFormat(
          top.map((p) => nameOf(p.code)),
          lang,
        ),
        jobs: n(top[0].jobs),
      }),
      note,
    });
  }
  return sentences;
}
