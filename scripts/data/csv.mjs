// CSV through d3-dsv (RFC 4180: quoted fields, doubled quotes, CRLF), with the checks our sources need: every
// line has as many fields as the header, and a quote left open is an error rather than a silently long field.
import { csvParseRows } from 'd3-dsv';

/** Objects keyed by the header; throws on a ragged line or an unterminated quoted field. */
export function parseCsv(text, name = 'csv') {
  // d3-dsv reads an open quote to the end of the text: count quotes to catch it.
  if ((text.match(/"/g)?.length ?? 0) % 2) throw new Error(`${name}: unterminated quoted field`);
  const [header, ...body] = csvParseRows(text).filter((r) => !(r.length === 1 && r[0] === ''));
  return body.map((cells, n) => {
    if (cells.length !== header.length) throw new Error(`${name}: line ${n + 2} has ${cells.length} fields, the header ${header.length}`);
    return Object.fromEntries(header.map((h, i) => [h, cells[i]]));
  });
}

/** A published number: digits with an optional sign and decimals. Anything else is NaN (and fails the checks). */
export function num(text) {
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : NaN;
}
