// The municipalities of 2014 carried to those of today (1 January 2026, whose boundaries are those of the 2025 map)
// through whole mergers and renames, as CBS records them (data/PROVENANCE.md section 11, read by areas.mjs). The
// commuting flows of December 2014 are drawn on today's map through this: a flow of Leerdam, Zederik or Vianen is
// one of Vijfheerenlanden. A code that was divided (Haaren, Littenseradiel, Winsum, Maasdonk) goes to no one
// municipality of today, so it keeps its code of 2014 and is not on today's map.
import { DataError } from './checks.mjs';

/**
 * From the area index (`buildAreas`): `carry(code)`, the code of today that a code of `year` went into whole (itself
 * if it still exists), or null where it was divided; `changed`, the codes of today whose territory is not the sum of
 * whole codes of `year`, because a part of a divided code or a border correction moved into or out of it after
 * 1 January of `year` (Groningen, which received part of Slochteren in 2017).
 */
export function carryToToday(areas, year) {
  const start = `${year}-01-01`;
  const alive = new Set(areas.municipalities.filter(([, , , last]) => last >= areas.lastYear).map(([code]) => code));
  const next = new Map();
  const events = areas.events.filter(([date]) => date > start);
  for (const [date, from, to, kind] of events) {
    if (kind !== 'merge' && kind !== 'rename') continue;
    if (next.has(from) && next.get(from) !== to) throw new DataError(`today: ${from} went whole into both ${next.get(from)} and ${to} (${date})`);
    next.set(from, to);
  }
  const carry = (code) => {
    const seen = new Set();
    let c = code;
    while (!alive.has(c)) {
      if (seen.has(c)) throw new DataError(`today: the mergers of ${code} go round in a circle`);
      seen.add(c);
      c = next.get(c);
      if (!c) return null;
    }
    return c;
  };
  // A part that moved (a split's part or a border correction) changes the territory of the code of today that its
  // receiver (and, for a correction, its giver) went into.
  const changed = new Set();
  for (const [, from, to, kind] of events) {
    if (kind === 'merge' || kind === 'rename') continue;
    for (const c of kind === 'split' ? [to] : [from, to]) {
      const today = carry(c);
      if (today) changed.add(today);
    }
  }
  return { carry, changed, alive };
}
