import type { ReactiveElement } from 'lit';
import { optionName } from './figure.js';
import type { OptionSpec, OptionTable } from './types.js';

/** `min-jobs` -> `minJobs`, as a type. */
type CamelCase<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<CamelCase<Tail>>}` : S;

/** The property type of one option: a number for an integer, a boolean for a boolean, else the attribute's string. */
type OptionValue<S extends OptionSpec> = S['kind'] extends 'integer' ? number : S['kind'] extends 'boolean' ? boolean : string;

/**
 * The element's properties of an option table, typed: `{ 'min-jobs': { kind: 'integer', … } }` gives `minJobs: number`.
 * An element class merges it into an interface of its own name, so each option is declared once, in its table.
 */
export type OptionProperties<T extends OptionTable> = { -readonly [A in keyof T & string as CamelCase<A>]: OptionValue<T[A]> };

/**
 * Makes each option of a table a reactive property of an element class, as `@property` would: read from its attribute,
 * reflected unless the table says `reflect: false`, and set to its default when an element is made (`optionDefaults`). Call it in the
 * class's static block: `static { declareOptions(this, scorecardOptions); }`.
 */
export function declareOptions(element: typeof ReactiveElement, table: OptionTable): void {
  const defaults: Record<string, OptionSpec['default']> = {};
  for (const [attribute, spec] of Object.entries(table)) {
    // Lit reads an attribute as a string unless told Number or Boolean.
    const type = spec.kind === 'integer' ? Number : spec.kind === 'boolean' ? Boolean : undefined;
    element.createProperty(optionName(attribute), { attribute, type, reflect: spec.reflect ?? true });
    defaults[optionName(attribute)] = spec.default;
  }
  declaredDefaults.set(element, defaults);
}

/** Each class's option defaults, set by `declareOptions`. */
const declaredDefaults = new WeakMap<object, Record<string, OptionSpec['default']>>();

/**
 * The option defaults of an element's class (or of the nearest class it extends that declared options). Q4Element's
 * constructor sets them after its own fields, so that an element's attributes keep their order: its own, then its
 * options.
 */
export function optionDefaults(element: object): Record<string, OptionSpec['default']> {
  for (let c: object | null = element.constructor; c; c = Object.getPrototypeOf(c)) {
    const defaults = declaredDefaults.get(c);
    if (defaults) return defaults;
  }
  return {};
}
