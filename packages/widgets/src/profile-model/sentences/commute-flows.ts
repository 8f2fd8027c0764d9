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
  if (data.national) return nationalSentences(model, lang);
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
    // What the other place's figures are made of (a municipality of today counted with its area of 2014, …) goes too.
    const otherNotes = other ? [fill(t.comparedWith, { name: other.name }), ...(compare.model?.area?.notes(lang) ?? [])] : [];
    sentences[0] = { text: `${first} ${then}`, note: [note, ...otherNotes].join(' ') };
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

/**
 * The national map in words (`region="NL"`), beside the widget's title (the largest flows) and summary (the highest
 * and lowest balance): where most jobs held by people from another municipality were, and whose residents held most
 * jobs elsewhere, over the municipalities the map draws, every tie named at the precision shown. Not the share of
 * residents' jobs in their own municipality: on an island every cell to elsewhere is "0" (under 50), so the largest
 * would read 100%.
 */
function nationalSentences(model: CommuteModel, lang: Lang): Sentence[] {
  const { data, view } = model;
  if (!data.credit) return [];
  const t = messages[lang];
  const n = (v: number) => formatNumber(v, lang);
  const credit = data.credit[lang];
  const note = `${fill(t.cmNote, { source: withoutPrefix(credit).split(' · ')[0] })} ${t.cmNlNote}`;
  const areas = view.areas.flatMap((a) => (a.totals && a.totals.residents > 0 ? [{ name: a.name, totals: a.totals }] : []));
  if (!areas.length) return [];
  const names = (list: { name: string }[]) =>
    listFormat(
      list.map((a) => a.name),
      lang,
    );
  /** The areas ranked by a count, with every tie of the first as shown. */
  const top = (value: (a: (typeof areas)[number]) => number) =>
    withTies(
      areas.map((a) => ({ ...a, jobs: value(a) })).sort((a, b) => b.jobs - a.jobs),
      1,
      n,
    );
  const into = top((a) => a.totals.jobs - a.totals.internal);
  const out = top((a) => a.totals.residents - a.totals.internal);
  return [
    { text: fill(into.length > 1 ? t.cmNlInTie : t.cmNlIn, { period: periodOf(credit), top: names(into), jobs: n(into[0].jobs) }), note },
    { text: fill(out.length > 1 ? t.cmNlOutTie : t.cmNlOut, { top: names(out), jobs: n(out[0].jobs) }), note },
  ];
}
