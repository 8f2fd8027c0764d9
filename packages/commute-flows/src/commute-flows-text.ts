import { compareCodes, fill, formatNumber, listFormat, type Lang } from '@q4/core/figure';
import { messages } from './messages.js';
import type { CommuteData } from './commute-flows-data.js';
import type { CommuteView } from './commute-flows-view.js';

export interface CommuteText {
  title: string;
  summary: string;
  notes: string[];
}

const percent = (part: number, whole: number, lang: Lang) => `${formatNumber(whole ? (100 * part) / whole : 0, lang)}%`;

/**
 * How many cells of CBS's table a flow is the sum of: 1, or more where an end is a municipality of today made of
 * several of 2014 (Vijfheerenlanden: 3). Each cell is rounded to 100, so a flow shown as 0 is fewer than 50 per cell.
 */
const cellsOf = (data: CommuteData, f: { from: string; to: string }) => (data.parts?.get(f.from) ?? 1) * (data.parts?.get(f.to) ?? 1);

/** The largest partners of `code` in one direction, beyond itself (and beyond `exclude`). */
export function partners(data: CommuteData, code: string, way: 'out' | 'in', exclude: Set<string> = new Set()) {
  return data.flows
    .filter((f) => (way === 'out' ? f.from === code && f.to !== code && !exclude.has(f.to) : f.to === code && f.from !== code && !exclude.has(f.from)))
    .sort((a, b) => b.jobs - a.jobs)
    .map((f) => ({ code: way === 'out' ? f.to : f.from, jobs: f.jobs, cells: cellsOf(data, f) }));
}

/** Partners of a group of municipalities beyond the group, summed over its members, largest first. */
export function groupPartners(data: CommuteData, members: string[], way: 'out' | 'in') {
  const set = new Set(members);
  const sums = new Map<string, { jobs: number; cells: number }>();
  for (const f of data.flows) {
    const inside = way === 'out' ? set.has(f.from) && !set.has(f.to) : set.has(f.to) && !set.has(f.from);
    if (inside) {
      const other = way === 'out' ? f.to : f.from;
      const sum = sums.get(other) ?? { jobs: 0, cells: 0 };
      sums.set(other, { jobs: sum.jobs + f.jobs, cells: sum.cells + cellsOf(data, f) });
    }
  }
  return [...sums].sort((a, b) => b[1].jobs - a[1].jobs || compareCodes(a[0], b[0])).map(([code, s]) => ({ code, ...s }));
}

/**
 * The first `n` of a list sorted largest first, and every later one that ties with the last at the precision
 * shown: a superlative or a "top three" names every area it is true of.
 */
export function withTies<T extends { jobs: number }>(items: T[], n: number, shown: (v: number) => string): T[] {
  if (items.length <= n) return items;
  const last = shown(items[n - 1].jobs);
  let end = n;
  while (end < items.length && shown(items[end].jobs) === last) end++;
  return items.slice(0, end);
}

/**
 * The title states the point (the largest destination or origin, naming every tie at the precision shown, or the
 * share of residents' jobs in their own municipality), and the summary gives one sentence per municipality with
 * its numbers: jobs held by residents, how many of them are in the municipality itself, and where most of the
 * others are (and, for inflows, where the people who hold its jobs live). The counts are jobs, not persons.
 */
export function describeCommute(data: CommuteData, view: CommuteView, lang: Lang): CommuteText {
  const t = messages[lang];
  const n = (v: number) => formatNumber(v, lang);
  const name = (code: string) => view.areas.find((a) => a.code === code)?.name ?? data.names.get(code) ?? code;
  // CBS rounds every flow to 100, and writes 0 for fewer than 50: a flow shown as 0 is never named as one of the
  // largest, and where every partner is below that, the words say "fewer than 50" instead of naming a largest.
  // (Own data are exact: a flow of 0 is no flow.)
  const named = <T extends { jobs: number }>(items: T[]) => items.filter((p) => p.jobs > 0);
  const list = (items: { code: string; jobs: number }[]) =>
    listFormat(
      withTies(named(items), 3, n).map((p) => fill(t.listItem, { name: name(p.code), jobs: n(p.jobs) })),
      lang,
    );
  /** The largest partner, with every one that ties with it at the precision shown; null when none is above it. */
  const top = (items: { code: string; jobs: number }[]) => {
    const tied = withTies(named(items), 1, n);
    if (!tied.length) return null;
    return {
      tie: tied.length > 1,
      names: listFormat(
        tied.map((p) => name(p.code)),
        lang,
      ),
      jobs: n(tied[0].jobs),
    };
  };
  /** Whether partners exist, every one below the precision CBS shows (fewer than 50 jobs in each cell). */
  const allBelow = (items: { jobs: number }[]) => data.nationalTotals && items.length > 0 && named(items).length === 0;
  /**
   * The bounds where every partner is shown as 0: each is fewer than 50 per cell it sums, so fewer than `each` (50
   * times the most cells of one partner), and together fewer than `bound` (50 times all their cells).
   */
  const bounds = (items: { cells: number }[]) => ({
    each: n(50 * Math.max(1, ...items.map((p) => p.cells))),
    bound: n(50 * items.reduce((s, p) => s + p.cells, 0)),
  });
  const members = view.focus ? [view.focus] : data.members.filter((c) => data.complete.has(c));

  let title: string;
  if (data.national) return describeNational(data, view, lang);
  if (view.focus) {
    const code = view.focus;
    const totals = data.totals.get(code);
    const ranked = partners(data, code, view.direction === 'in' ? 'in' : 'out');
    const best = top(ranked);
    const share = percent(totals?.internal ?? 0, totals?.residents ?? 0, lang);
    if (!best && allBelow(ranked))
      title = fill(view.direction === 'in' ? t.titleFocusInNone : t.titleFocusOutNone, { name: name(code), share, ...bounds(ranked) });
    else if (!best) title = fill(t.titleNoFlows, { name: name(code) });
    else if (view.direction === 'in') title = fill(best.tie ? t.titleFocusInTie : t.titleFocusIn, { name: name(code), top: best.names, jobs: best.jobs });
    else title = fill(best.tie ? t.titleFocusOutTie : t.titleFocusOut, { share, name: name(code), top: best.names, jobs: best.jobs });
  } else {
    const way = view.direction === 'in' ? 'in' : 'out';
    const ranked = groupPartners(data, members, way);
    const best = top(ranked);
    if (!best && allBelow(ranked)) title = fill(way === 'in' ? t.titleRegionInNone : t.titleRegionOutNone, bounds(ranked));
    else if (!best) title = fill(t.titleNoFlows, { name: t.titleRegion });
    else {
      const template = way === 'in' ? (best.tie ? t.titleRegionInTie : t.titleRegionIn) : best.tie ? t.titleRegionOutTie : t.titleRegionOut;
      title = fill(template, { name: best.names, jobs: best.jobs });
    }
    if (best || allBelow(ranked)) {
      if (data.label)
        title = title.replace(way === 'in' ? t.inRegionWords : t.ofRegionWords, fill(way === 'in' ? t.inLabel : t.ofLabel, { label: data.label }));
    }
  }

  const sentences: string[] = [];
  if (!view.focus && data.chosen && members.length > 1) {
    // The region as a whole: its internal jobs (not drawn) and its balance, from summed counts.
    const set = new Set(members);
    let residents = 0;
    let jobs = 0;
    let internal = 0;
    for (const code of members) {
      const tot = data.totals.get(code);
      if (!tot) continue;
      residents += tot.residents;
      jobs += tot.jobs;
    }
    for (const f of data.flows) if (set.has(f.from) && set.has(f.to)) internal += f.jobs;
    const balance = jobs - residents;
    sentences.push(
      fill(t.sentenceRegion, {
        label: data.label ?? t.titleRegion,
        count: members.length,
        residents: n(residents),
        internal: n(internal),
        share: percent(internal, residents, lang),
        jobs: n(jobs),
        balance: (balance > 0 ? '+' : '') + n(balance),
      }),
    );
  }
  for (const code of members) {
    const totals = data.totals.get(code);
    if (!totals) continue;
    if (view.direction !== 'in') {
      const rest = partners(data, code, 'out');
      sentences.push(
        fill(t.sentenceOut, {
          residents: n(totals.residents),
          name: name(code),
          internal: n(totals.internal),
          share: percent(totals.internal, totals.residents, lang),
        }) + (allBelow(rest) ? fill(t.sentenceOutNone, bounds(rest)) : named(rest).length ? fill(t.sentenceOutRest, { list: list(rest) }) : '.'),
      );
    }
    if (view.direction === 'in' || (view.focus && view.direction === 'both')) {
      const origins = partners(data, code, 'in');
      const incoming = totals.jobs - totals.internal;
      if (allBelow(origins)) {
        // Each origin is below 50: their sum is a bound (fewer than 50 times their number), not a count; the rounded
        // totals (which give 0 here) are not said.
        sentences.push(fill(t.sentenceInNone, { name: name(code), count: n(origins.length), ...bounds(origins) }));
      } else if (named(origins).length) {
        sentences.push(fill(t.sentenceIn, { jobs: n(totals.jobs), name: name(code), incoming: n(incoming), list: list(origins) }));
      }
    }
  }

  const notes = data.nationalTotals ? [t.roundingNote, t.stockNote] : [t.partialNote];
  if (!view.focus && data.chosen && members.length > 1) notes.push(t.internalNote);
  notes.push(...todayNotes(data, view, members, lang, name));
  return { title, summary: sentences.join(' '), notes };
}

/** The whole country: the largest flows between two municipalities (naming every tie), and where the balance is highest and lowest. */
function describeNational(data: CommuteData, view: CommuteView, lang: Lang): CommuteText {
  const t = messages[lang];
  const n = (v: number) => formatNumber(v, lang);
  const name = (code: string) => view.areas.find((a) => a.code === code)?.name ?? data.names.get(code) ?? code;
  const flows = data.flows.filter((f) => f.from !== f.to && f.jobs > 0).sort((a, b) => b.jobs - a.jobs);
  const top = withTies(flows, 1, n);
  const item = (f: { from: string; to: string; jobs: number }) => fill(t.offMapItem, { from: name(f.from), to: name(f.to), jobs: n(f.jobs) });
  const title = top.length
    ? fill(top.length > 1 ? t.titleNationalTie : t.titleNational, {
        list: listFormat(
          top.map((f) => `${name(f.from)} → ${name(f.to)}`),
          lang,
        ),
        jobs: n(top[0].jobs),
      })
    : fill(t.titleNoFlows, { name: t.country });
  const next = withTies(flows, 5, n);
  const balances = [...data.totals]
    .filter(([code, tot]) => code.startsWith('GM') && tot.residents > 0)
    .map(([code, tot]) => ({ code, jobs: tot.jobs - tot.residents }))
    .sort((a, b) => b.jobs - a.jobs);
  const most = withTies(balances, 1, n);
  const least = withTies([...balances].reverse(), 1, n);
  const summary = [
    fill(t.sentenceNationalFlows, { count: next.length, list: listFormat(next.map(item), lang) }),
    fill(t.sentenceNationalBalance, {
      most: listFormat(
        most.map((b) => name(b.code)),
        lang,
      ),
      mostJobs: '+' + n(most[0]?.jobs ?? 0),
      least: listFormat(
        least.map((b) => name(b.code)),
        lang,
      ),
      leastJobs: n(least[0]?.jobs ?? 0),
    }),
  ].join(' ');
  return {
    title,
    summary,
    notes: [t.roundingNote, t.stockNote, fill(t.nationalNote, { count: n(view.flows.length) }), ...todayNotes(data, view, [], lang, name)],
  };
}

/**
 * What the map of today says about the years it joins (the boundaries of 2025, the flows of 2014): that municipalities
 * formed since count as the sum of their parts; which flows are not on the map because their end was divided, and
 * which because it is further away; and which drawn ends are drawn with their territory of 2014.
 */
function todayNotes(data: CommuteData, view: CommuteView, members: string[], lang: Lang, name: (code: string) => string): string[] {
  const t = messages[lang];
  const n = (v: number) => formatNumber(v, lang);
  const notes = data.divided ? [t.todayNote] : [];
  const item = (o: { from: string; to: string; jobs: number }) => fill(t.offMapItem, { from: name(o.from), to: name(o.to), jobs: n(o.jobs) });
  const isDivided = (o: { from: string; to: string }) => !!data.divided && (data.divided.has(o.from) || data.divided.has(o.to));
  const divided = view.offMap.filter(isDivided);
  const far = view.offMap.filter((o) => !isDivided(o));
  if (divided.length) notes.push(fill(t.dividedNote, { list: listFormat(withTies(divided, 3, n).map(item), lang) }));
  if (far.length) notes.push(fill(data.nationalTotals ? t.offMapNote : t.offMapOwnNote, { list: listFormat(withTies(far, 3, n).map(item), lang) }));
  const ends = new Set(view.flows.flatMap((f) => [f.from, f.to]));
  const changed = [...ends].filter((c) => data.changed?.has(c) && !members.includes(c)).sort();
  if (changed.length) notes.push(fill(t.changedNote, { list: listFormat(changed.map(name), lang) }));
  return notes;
}
