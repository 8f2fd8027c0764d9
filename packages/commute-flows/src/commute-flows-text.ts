import { fill, formatNumber, listFormat, type Lang } from '@q4/core/figure';
import { messages } from './messages.js';
import { REGION, type CommuteData } from './commute-flows-data.js';
import type { CommuteView } from './commute-flows-view.js';

export interface CommuteText {
  title: string;
  summary: string;
  notes: string[];
}

const percent = (part: number, whole: number, lang: Lang) => `${formatNumber(whole ? (100 * part) / whole : 0, lang)}%`;

/** The largest partners of `code` in one direction, beyond itself (and beyond `exclude`). */
function partners(data: CommuteData, code: string, way: 'out' | 'in', exclude: Set<string> = new Set()) {
  return data.flows
    .filter((f) => (way === 'out' ? f.from === code && f.to !== code && !exclude.has(f.to) : f.to === code && f.from !== code && !exclude.has(f.from)))
    .sort((a, b) => b.jobs - a.jobs)
    .map((f) => ({ code: way === 'out' ? f.to : f.from, jobs: f.jobs }));
}

/** Largest partner of a group of municipalities beyond the group, summed over its members. */
function groupPartner(data: CommuteData, members: string[], way: 'out' | 'in') {
  const set = new Set(members);
  const sums = new Map<string, number>();
  for (const f of data.flows) {
    const inside = way === 'out' ? set.has(f.from) && !set.has(f.to) : set.has(f.to) && !set.has(f.from);
    if (inside) {
      const other = way === 'out' ? f.to : f.from;
      sums.set(other, (sums.get(other) ?? 0) + f.jobs);
    }
  }
  return [...sums].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
}

/**
 * The title states the point (the largest destination or origin, or the share working at home), and the
 * summary gives one sentence per municipality with its numbers: working residents, how many work in their
 * own municipality, and where most of the others go (and, for inflows, where commuters come from).
 */
export function describeCommute(data: CommuteData, view: CommuteView, lang: Lang): CommuteText {
  const t = messages[lang];
  const n = (v: number) => formatNumber(v, lang);
  const name = (code: string) => view.areas.find((a) => a.code === code)?.name ?? data.names.get(code) ?? code;
  const list = (items: { code: string; jobs: number }[]) => listFormat(items.slice(0, 3).map((p) => fill(t.listItem, { name: name(p.code), jobs: n(p.jobs) })), lang);
  const members = view.focus ? [view.focus] : REGION.filter((c) => data.complete.has(c));

  let title: string;
  if (view.focus) {
    const code = view.focus;
    const totals = data.totals.get(code);
    const top = partners(data, code, view.direction === 'in' ? 'in' : 'out')[0];
    if (!top) title = fill(t.titleNoFlows, { name: name(code) });
    else if (view.direction === 'in') title = fill(t.titleFocusIn, { name: name(code), top: name(top.code), jobs: n(top.jobs) });
    else
      title = fill(t.titleFocusOut, {
        share: percent(totals?.internal ?? 0, totals?.residents ?? 0, lang),
        name: name(code),
        top: name(top.code),
        jobs: n(top.jobs),
      });
  } else {
    const way = view.direction === 'in' ? 'in' : 'out';
    const top = groupPartner(data, members, way);
    title = top
      ? fill(way === 'in' ? t.titleRegionIn : t.titleRegionOut, { name: name(top[0]), jobs: n(top[1]) })
      : fill(t.titleNoFlows, { name: t.titleRegion });
  }

  const sentences: string[] = [];
  for (const code of members) {
    const totals = data.totals.get(code);
    if (!totals) continue;
    if (view.direction !== 'in') {
      const rest = partners(data, code, 'out');
      sentences.push(
        fill(t.sentenceOut, { residents: n(totals.residents), name: name(code), internal: n(totals.internal), share: percent(totals.internal, totals.residents, lang) }) +
          (rest.length ? fill(t.sentenceOutRest, { list: list(rest) }) : '.'),
      );
    }
    if (view.direction === 'in' || (view.focus && view.direction === 'both')) {
      const origins = partners(data, code, 'in');
      if (origins.length) {
        sentences.push(fill(t.sentenceIn, { jobs: n(totals.jobs), name: name(code), incoming: n(totals.jobs - totals.internal), list: list(origins) }));
      }
    }
  }

  const notes = [data.nationalTotals ? t.roundingNote : t.partialNote];
  if (view.offMap.length) {
    const flows = view.offMap.slice(0, 3).map((o) => fill(t.offMapItem, { from: name(o.from), to: name(o.to), jobs: n(o.jobs) }));
    notes.push(fill(t.offMapNote, { list: listFormat(flows, lang) }));
  }
  return { title, summary: sentences.join(' '), notes };
}
