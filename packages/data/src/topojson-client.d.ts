// topojson-client ships no types; this is the one function we use (its documented signature, loosely typed).
declare module 'topojson-client' {
  export function feature(topology: unknown, object: unknown): unknown;
}
