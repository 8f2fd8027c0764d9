import { Q4Error, type Q4ErrorDetail, type ValidationIssue } from './events.js';
import { coreMessages, fill, type Lang, type Localized } from './i18n.js';

/** A problem in user data, with the expectation in both languages. */
export interface Issue {
  row?: number;
  field?: string;
  expected: Localized;
  received?: unknown;
}

/** Thrown by a widget's data parser; carries every problem found (up to a limit). */
export class ValidationError extends Error {
  constructor(readonly issues: Issue[]) {
    super(`invalid data: ${issues.length} problem(s)`);
    this.name = 'ValidationError';
  }
}

/** A short, safe rendering of any value for a message (never markup: it is rendered as text). */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    // Quotes and backslashes grow when quoted: cut the quoted text too, so a message stays short.
    const quoted = JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
    return quoted.length > 50 ? `${quoted.slice(0, 48)}…"` : quoted;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  return typeof value === 'object' ? 'an object' : typeof value;
}

/** Collects issues; stops collecting after `limit` so that a huge bad input stays cheap. */
export class IssueList {
  readonly issues: Issue[] = [];
  count = 0;
  constructor(readonly limit = 20) {}

  add(issue: Issue): void {
    this.count++;
    if (this.issues.length < this.limit) this.issues.push(issue);
  }

  /** Throws a ValidationError when anything was added. */
  throwIfAny(): void {
    if (this.count) throw new ValidationError(this.issues);
  }
}

/** Issues in one language, for the `q4-error` event. */
export function localizeIssues(issues: Issue[], lang: Lang): ValidationIssue[] {
  return issues.map((issue) => {
    const out: ValidationIssue = { expected: issue.expected[lang] };
    if (issue.row !== undefined) out.row = issue.row;
    if (issue.field !== undefined) out.field = issue.field;
    if ('received' in issue) out.received = describeValue(issue.received);
    return out;
  });
}

/** "rij 3, veld "value": verwacht een getal, gevonden "abc"" — rows are counted from 1 for people. */
export function issueText(issue: ValidationIssue, lang: Lang): string {
  const t = coreMessages[lang];
  const where = [
    issue.row === undefined ? '' : fill(t.issueRow, { row: issue.row + 1 }),
    issue.field === undefined ? '' : fill(t.issueField, { field: issue.field }),
  ].filter(Boolean);
  const what = [fill(t.issueExpected, { expected: issue.expected })];
  if (issue.received !== undefined) what.push(fill(t.issueReceived, { received: issue.received }));
  return `${where.length ? `${where.join(', ')}: ` : ''}${what.join(', ')}`;
}

/** Whether `value` is a plain object (not an array, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Whether `value` is a non-empty text (after trimming) of at most `max` characters; with `trimmed`, also without
 * spaces around it (for codes used as keys as they are, such as the 160,000 flows of a national matrix).
 */
export function isText(value: unknown, max = 80, trimmed = false): value is string {
  return typeof value === 'string' && value.trim().length > 0 && value.length <= max && (!trimmed || value.trim() === value);
}

const creditExpected = { nl: 'een bronvermelding (tekst tot 200 tekens)', en: 'a credit line (text up to 200 characters)' };

/**
 * Reads the two shapes every widget's own data may take: a list of rows, or an object with that list under
 * `key` and an optional `credit` line. Problems go to `issues`; the rows themselves are the widget's to check.
 */
export function readRows(
  input: unknown,
  key: string,
  issues: IssueList,
): { rows: unknown[]; credit: Localized | null; record: Record<string, unknown> | null } {
  if (Array.isArray(input)) return { rows: input, credit: null, record: null };
  if (isRecord(input) && Array.isArray(input[key])) {
    let credit: Localized | null = null;
    if (input.credit !== undefined) {
      if (isText(input.credit, 200)) credit = { nl: input.credit.trim(), en: input.credit.trim() };
      else issues.add({ field: 'credit', expected: creditExpected, received: input.credit });
    }
    return { rows: input[key] as unknown[], credit, record: input };
  }
  issues.add({ expected: { nl: `een lijst, of een object met "${key}"`, en: `a list, or an object with "${key}"` }, received: input });
  return { rows: [], credit: null, record: null };
}

/**
 * What the page (or the command line) is told about an error, in `lang`: a ValidationError becomes `invalid-data`
 * with its first problem in words and every problem listed; a Q4Error keeps its code and message. Anything else
 * is null (the caller decides).
 */
export function errorDetail(error: unknown, lang: Lang): Q4ErrorDetail | null {
  if (error instanceof ValidationError) {
    const issues = localizeIssues(error.issues, lang);
    const t = coreMessages[lang];
    const more = issues.length > 1 ? fill(t.moreIssues, { count: issues.length - 1 }) : '';
    return { code: 'invalid-data', message: fill(t['invalid-data'], { first: issueText(issues[0], lang), more }), issues };
  }
  return error instanceof Q4Error ? error.detail : null;
}
