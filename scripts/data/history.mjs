// The history of the Dutch municipalities in CBS's own words: each municipality code's `Description` in the RegioS
// code list of CBS table 03759ned (data/cbs-odata4/03759ned/codes-RegioS.json) records how it began, changed and
// ended ("Opgeheven per 01-01-2015, overgegaan naar: - 's-Hertogenbosch (GM0796), ... 2619 hectare met 2818 woningen
// en 6719 inwoners"). This reads those records into a list of changes: whole mergers, splits with the inhabitants
// of each part, renames, and border corrections of at least BORDER_THRESHOLD inhabitants.

/**
 * The smallest border correction kept, in inhabitants moved. Smaller ones (most move a few hectares and no one) do
 * not change what a figure of a whole municipality says; every change of 2014-2024 in our older table is above it.
 */
export const BORDER_THRESHOLD = 1000;

/** GM codes that are not municipalities; their descriptions are prose. */
const NOT_MUNICIPALITIES = { GM0997: 'the central population register, until 1 October 1994', GM0998: 'abroad (Buitenland)' };

const HEADER = /^(Opgeheven|Grenswijziging|Gemeentelijke herindeling|Wijziging|Ontstaan|Naamswijziging|Provinciale wijziging) per (\d\d)-(\d\d)-(\d{4})(?:,? ?(ontvangen van|overgegaan naar|uit))?[:,]?$/;
const ENTRY = /^- (.+) \(((?:GM|PV|NL)\d+)\),?$/;
const AMOUNTS = /^\.\.\. (?:([\d,]+) hectare (?:met )?)?(?:(\d+) woning(?:en)? en )?(\d+) inwoners?$/;
const RENAME = /^(oude|nieuwe) naam: (.+) \((GM\d+)\),?$/;

/**
 * Every record in the descriptions of the municipality codes, as written: for each code, each dated change with its
 * direction (`in`: ontvangen van / uit; `out`: overgegaan naar) and each other code with the hectares, dwellings and
 * inhabitants that moved (null where CBS gives none). A line that fits no known form is an error: a new wording must
 * be read by a person before it is trusted.
 */
export function readRecords(codes) {
  const records = [];
  for (const c of codes) {
    if (!c.Identifier.startsWith('GM')) continue;
    if (c.Identifier in NOT_MUNICIPALITIES) continue;
    const lines = c.Description.split(/\r?\n/).map((l) => l.trim());
    let current = null;
    let entry = null;
    for (const line of lines) {
      if (!line || line === '.' || /^Begindatum/.test(line)) continue;
      const h = HEADER.exec(line);
      if (h) {
        const [, kind, day, month, year, way] = h;
        current = { code: c.Identifier, kind, date: `${year}-${month}-${day}`, direction: way === 'overgegaan naar' ? 'out' : way ? 'in' : null };
        entry = null;
        continue;
      }
      if (!current) throw new Error(`${c.Identifier}: "${line}" comes before any dated change`);
      const e = ENTRY.exec(line);
      if (e) {
        entry = { ...current, other: e[2], otherName: e[1], hectares: null, dwellings: null, inhabitants: null };
        records.push(entry);
        continue;
      }
      const r = RENAME.exec(line);
      if (r && current.kind === 'Naamswijziging') {
        records.push({ ...current, direction: r[1] === 'oude' ? 'in' : 'out', other: r[3], otherName: r[2], hectares: null, dwellings: null, inhabitants: null });
        continue;
      }
      const a = AMOUNTS.exec(line.replace(/ hectare (\d+) woning/, ' hectare met $1 woning'));
      if (a && entry && entry.inhabitants === null) {
        entry.hectares = a[1] === undefined ? null : Number(a[1].replace(',', '.'));
        entry.dwellings = a[2] === undefined ? null : Number(a[2]);
        entry.inhabitants = Number(a[3]);
        continue;
      }
      if (current.kind === 'Provinciale wijziging' && /^- overgegaan van provincie .+ naar provincie .+$/.test(line)) continue;
      throw new Error(`${c.Identifier}: "${line}" is not a form this reader knows`);
    }
  }
  return records;
}

/**
 * The changes of the years `from` to `to` (inclusive), each once, sorted by date, old code and new code:
 * `{ date, from, fromName, to, toName, kind, share, inhabitants, hectares }`, with `kind` one of
 * - `samenvoeging`: the old code ended, and went whole into the new one (share 1);
 * - `splitsing`: the old code ended, divided among several (share: this part's inhabitants of all it had; a part
 *   with land but no inhabitants is left out, and an ended code whose people all went to one is a samenvoeging);
 * - `naamswijziging`: a new code for the same territory (share 1; CBS gives no counts for it);
 * - `grenscorrectie`: both codes go on; at least BORDER_THRESHOLD inhabitants moved (share left for the caller,
 *   who has the old code's population).
 * A transfer is recorded by both codes: where both give counts they must agree, else `mismatches` says so.
 */
export function readHistory(codes, { from = 2008, to = 2026, threshold = BORDER_THRESHOLD } = {}) {
  const titles = new Map(codes.map((c) => [c.Identifier, c.Title]));
  const inYears = (r) => Number(r.date.slice(0, 4)) >= from && Number(r.date.slice(0, 4)) <= to;
  const records = readRecords(codes).filter(inYears);
  const ended = new Map(records.filter((r) => r.kind === 'Opgeheven').map((r) => [r.code, r.date]));
  // Each transfer once, keyed by date, giver and receiver: from the giver's `out` and the receiver's `in`.
  const transfers = new Map();
  const mismatches = [];
  for (const r of records) {
    if (r.direction === null || r.kind === 'Provinciale wijziging') continue;
    const [giver, receiver] = r.direction === 'out' ? [r.code, r.other] : [r.other, r.code];
    if (giver === receiver || !giver.startsWith('GM') || !receiver.startsWith('GM')) continue;
    const key = `${r.date} ${giver} ${receiver}`;
    const seen = transfers.get(key);
    if (!seen) {
      transfers.set(key, { date: r.date, from: giver, to: receiver, rename: r.kind === 'Naamswijziging', inhabitants: r.inhabitants, hectares: r.hectares });
      continue;
    }
    seen.rename ||= r.kind === 'Naamswijziging';
    if (seen.inhabitants === null) Object.assign(seen, { inhabitants: r.inhabitants, hectares: r.hectares });
    else if (r.inhabitants !== null && r.inhabitants !== seen.inhabitants) mismatches.push(`${key}: ${seen.inhabitants} and ${r.inhabitants} inhabitants`);
  }
  const changes = [];
  const byGiver = new Map();
  for (const t of transfers.values()) byGiver.set(`${t.date} ${t.from}`, [...(byGiver.get(`${t.date} ${t.from}`) ?? []), t]);
  for (const all of byGiver.values()) {
    const { date, from: code } = all[0];
    // A part of an ended municipality that moved land but no one (Muiden's hectares to Weesp in 2016) is left out:
    // its people all went elsewhere, so for every figure of inhabitants, jobs or flows that is where it went.
    const parts = ended.get(code) === date && all.some((p) => p.inhabitants) ? all.filter((p) => p.inhabitants !== 0) : all;
    const whole = ended.get(code) === date;
    const total = parts.reduce((s, p) => s + (p.inhabitants ?? 0), 0);
    for (const p of parts) {
      const kind = p.rename ? 'naamswijziging' : !whole ? 'grenscorrectie' : parts.length === 1 ? 'samenvoeging' : 'splitsing';
      if (kind === 'grenscorrectie' && (p.inhabitants ?? 0) < threshold) continue;
      const share = kind === 'splitsing' ? (total ? p.inhabitants / total : null) : kind === 'grenscorrectie' ? null : 1;
      changes.push({ date, from: code, fromName: titles.get(code), to: p.to, toName: titles.get(p.to), kind, share, inhabitants: p.inhabitants, hectares: p.hectares });
    }
  }
  changes.sort((a, b) => a.date.localeCompare(b.date) || a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
  return { changes, mismatches };
}

/**
 * Our older table of 2014-2024 (data/herindelingen-2014-2024.csv, built from secondary sources) against CBS's
 * record, line by line: each row CBS does not have, each change of those years CBS has and the table lacks, and
 * each row where the kind or the inhabitants differ. Renames carry no count in CBS's record, so theirs is not compared.
 */
export function compareWithTable(changes, rows, { from = '2014-01-01', to = '2024-12-31' } = {}) {
  const key = (c) => `${c.date} ${c.from} ${c.to}`;
  const cbs = new Map(changes.filter((c) => c.date >= from && c.date <= to).map((c) => [key(c), c]));
  const ours = new Map(rows.map((r) => [`${r.datum} ${r.oud_code} ${r.nieuw_code}`, r]));
  const differences = [];
  for (const [k, r] of ours) {
    const c = cbs.get(k);
    if (!c) differences.push({ key: k, what: `in our table (${r.soort}, ${r.inwoners} inhabitants), not in CBS's record` });
    else if (c.kind !== r.soort) differences.push({ key: k, what: `kind: ours ${r.soort}, CBS ${c.kind}` });
    else if (c.inhabitants !== null && c.inhabitants !== Number(r.inwoners)) differences.push({ key: k, what: `inhabitants: ours ${r.inwoners}, CBS ${c.inhabitants}` });
  }
  for (const [k, c] of cbs) if (!ours.has(k)) differences.push({ key: k, what: `in CBS's record (${c.kind}, ${c.inhabitants ?? 'no count'} inhabitants), not in our table` });
  return differences.sort((a, b) => a.key.localeCompare(b.key));
}
