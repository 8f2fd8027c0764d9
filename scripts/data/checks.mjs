// Checks that fail the data build. Each throws a DataError naming the dataset, the row and what was wrong.
export class DataError extends Error {
  constructor(message) {
    super(message);
    this.name = 'DataError';
  }
}

const fail = (dataset, message) => {
  throw new DataError(`${dataset}: ${message}`);
};

/** The number of rows is the documented one. */
export function expectCount(dataset, rows, expected) {
  if (rows.length !== expected) fail(dataset, `${rows.length} rows, documented ${expected}`);
}

/** Every value of `field` is a known region code. */
export function expectCodes(dataset, rows, field, known) {
  rows.forEach((row, i) => {
    if (!known.has(row[field])) fail(dataset, `row ${i}: unknown region code ${JSON.stringify(row[field])} in ${field}`);
  });
}

/**
 * Each field is a finite number at least `min` (no NaN, no negative counts), or null where the row gives a
 * reason in `reasonField` (missing stays missing, and only with a reason).
 */
export function expectNumbers(dataset, rows, fields, { min = 0, reasonField } = {}) {
  rows.forEach((row, i) => {
    for (const field of fields) {
      const v = row[field];
      if (v === null) {
        if (!reasonField || !row[reasonField]) fail(dataset, `row ${i}: ${field} is missing without a reason`);
        continue;
      }
      if (typeof v !== 'number' || !Number.isFinite(v)) fail(dataset, `row ${i}: ${field} is not a number (${v})`);
      if (v < min) fail(dataset, `row ${i}: ${field} is ${v}, below ${min}`);
      if (reasonField && row[reasonField]) fail(dataset, `row ${i}: ${field} has a value and a missing-reason`);
    }
  });
}

/** No two rows share a key. */
export function expectUnique(dataset, rows, key) {
  const seen = new Set();
  rows.forEach((row, i) => {
    const k = key(row);
    if (seen.has(k)) fail(dataset, `row ${i}: duplicate ${k}`);
    seen.add(k);
  });
}

/** A sum that must agree with a documented figure, within rounding. */
export function expectSum(dataset, what, actual, expected, tolerance = 1e-6) {
  if (!(Math.abs(actual - expected) <= tolerance)) fail(dataset, `${what} is ${actual}, documented ${expected}`);
}

/** A value the provenance documents. */
export function expectValue(dataset, what, actual, expected) {
  if (actual !== expected) fail(dataset, `${what} is ${JSON.stringify(actual)}, documented ${JSON.stringify(expected)}`);
}
