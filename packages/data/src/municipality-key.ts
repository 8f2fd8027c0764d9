// The one way a municipality is found by what a person types: the area index (any municipality, lookupMunicipality),
// the scorecard's and the commuting map's own data (findMunicipality) all compare the same key. A module of its own,
// so a widget that matches names in its own data does not load the area index.

/** Lower case, no diacritics, no CBS suffix "(gemeente)" or " Municipality", single spaces, straight quotes. */
export function normaliseName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019`]/g, "'")
    .replace(/\s*\((gemeente|gem\.?)\)\s*$/, '')
    .replace(/\s+(municipality|gemeente)$/, '')
    .replace(/^gemeente\s+/, '')
    .replace(/[-\s]+/g, ' ')
    .trim();
}

/** The CBS code a text means, if it is one: `GM0344`, `gm0344` and `0344` are `GM0344`; null for a name. */
export function municipalityCode(text: string): string | null {
  const trimmed = text.trim();
  return /^(gm)?\d{1,4}$/i.test(trimmed) ? `GM${trimmed.replace(/^gm/i, '').padStart(4, '0')}` : null;
}

/** What a text is compared by: its CBS code, or else its normalised name. */
export function municipalityKey(text: string): string {
  return municipalityCode(text) ?? normaliseName(text);
}

/**
 * The candidate whose code, or one of whose names, has the key of `text` (a code in any form, or a name in any case,
 * with or without diacritics and CBS suffixes); null when there is none.
 */
export function findMunicipality<T extends { code: string }>(candidates: Iterable<T>, text: string, names: (c: T) => readonly (string | undefined)[]): T | null {
  const wanted = municipalityKey(text);
  if (!wanted) return null;
  for (const c of candidates) {
    if (municipalityKey(c.code) === wanted || names(c).some((n) => n !== undefined && normaliseName(n) === wanted)) return c;
  }
  return null;
}
