/** Why a widget could not show its chart. */
export type Q4ErrorCode =
  | 'invalid-src'
  | 'network'
  | 'timeout'
  | 'http'
  | 'invalid-json'
  | 'invalid-data'
  | 'unknown-municipality'
  | 'unknown-area'
  | 'no-data'
  | 'invalid-option'
  | 'render'
  | 'too-large';

/** One problem found in user data: which row, which field, what was expected and what came. */
export interface ValidationIssue {
  /** Index of the row (0-based), where the problem is in a row. */
  row?: number;
  /** Name of the field, or a path such as `rows`. */
  field?: string;
  /** What was expected, in words. */
  expected: string;
  /** A short, safe rendering of what was found. */
  received?: string;
}

export interface Q4ErrorDetail {
  code: Q4ErrorCode;
  /** A message for people, in the widget's language. */
  message: string;
  /** For `invalid-data`: each problem found (at most 20). */
  issues?: ValidationIssue[];
  /** For `http`: the status code. */
  status?: number;
}

export interface Q4SelectDetail {
  /** CBS code of the chosen area, e.g. `GM0355`. */
  code: string;
  /** Its name. */
  name: string;
}

export interface Q4RenderDetail {
  /** Width in CSS pixels the chart was drawn at. */
  width: number;
}

/** Every event a Q4 widget fires, with its detail. */
export interface Q4EventMap {
  'q4-select': CustomEvent<Q4SelectDetail>;
  'q4-error': CustomEvent<Q4ErrorDetail>;
  'q4-render': CustomEvent<Q4RenderDetail>;
}

declare global {
  // Declaration merging: adds the q4-* events to addEventListener's map. It has no members of its own by design.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends Q4EventMap {}
}

/** An error with a code and a message for people. */
export class Q4Error extends Error {
  constructor(
    readonly code: Q4ErrorCode,
    message: string,
    readonly extra: Partial<Omit<Q4ErrorDetail, 'code' | 'message'>> = {},
  ) {
    super(message);
    this.name = 'Q4Error';
  }

  get detail(): Q4ErrorDetail {
    return { code: this.code, message: this.message, ...this.extra };
  }
}
