import { claimTask, nextTask } from './task.js';

/** A custom element class that says which release of the widgets it belongs to. */
export type VersionedElement = CustomElementConstructor & { version?: string };

const warned = new Set<string>();

/** Registrations put off by `staggerDefines`, while it is on. */
let later: (() => void)[] | undefined;

/**
 * While on, `define` puts each registration off to a task of its own, in order; turning it off starts them. Registering
 * upgrades the page's tags of that element there and then, so lazy/all.js of the CDN, which registers all seven
 * widgets, turns it on around them (rollup.config.mjs): a page of seven widgets upgrades them in seven short tasks,
 * not in one long one (Total Blocking Time; docs/performance.md). Off where there are no tasks to wait for.
 * @internal
 */
export function staggerDefines(on: boolean): void {
  if (on) {
    if (typeof document !== 'undefined' && typeof MessageChannel === 'function') later ??= [];
    return;
  }
  const queue = later ?? [];
  later = undefined;
  void (async () => {
    for (const register of queue) {
      await nextTask();
      register();
    }
  })();
}

/**
 * Registers `tag` unless it is registered already. Safe to call any number of times, from any number of
 * bundles: the same version is silent, another version logs one warning (per tag and version), and it
 * never throws, so a page that loads the CDN bundle and the npm packages, or two releases, keeps working
 * with whichever definition came first.
 */
export function define(tag: string, ctor: VersionedElement, registry: CustomElementRegistry = customElements): void {
  if (later) {
    later.push(() => define(tag, ctor, registry));
    return;
  }
  const existing = registry.get(tag) as VersionedElement | undefined;
  if (!existing) {
    registry.define(tag, ctor);
    // Defining upgrades the page's tags at once (their constructors and connectedCallbacks run in this task): their
    // first updates wait for tasks of their own (task.ts).
    if (typeof document !== 'undefined') claimTask(registry);
    return;
  }
  if (existing === ctor || existing.version === ctor.version) return;
  const key = `${tag}@${ctor.version}`;
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(
    `<${tag}>: version ${existing.version ?? 'unknown'} is already registered on this page; ` +
      `version ${ctor.version ?? 'unknown'} was not registered and the page uses the first one.`,
  );
}
