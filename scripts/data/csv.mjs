// A small RFC 4180 CSV reader: quoted fields, doubled quotes, CRLF. Returns objects keyed by the header.
export function parseCsv(text, name = 'csv') {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (quoted) throw new Error(`${name}: unterminated quoted field`);
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  const [header, ...body] = rows.filter((r) => !(r.length === 1 && r[0] === ''));
  return body.map((cells, n) => {
    if (cells.length !== header.length) throw new Error(`${name}: line ${n + 2} has ${cells.length} fields, the header ${header.length}`);
    return Object.fromEntries(header.map((h, i) => [h, cells[i]]));
  });
}

/** A published number: digits with an optional sign and decimals. Anything else is NaN (and fails the checks). */
export function num(text) {
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : NaN;
}
