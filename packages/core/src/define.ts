/** A custom element class that says which release of the widgets it belongs to. */
export type VersionedElement = CustomElementConstructor & { version?: string };

const warned = new Set<string>();

/**
 * Registers `tag` unless it is registered already. Safe to call any number of times, from any number of
 * bundles: the same version is silent, another version logs one warning (per tag and version), and it
 * never throws, so a page that loads the CDN bundle and the npm packages, or two releases, keeps working
 * with whichever definition came first.
 */
export function define(tag: string, ctor: VersionedElement, registry: CustomElementRegistry = customElements): void {
  const existing = registry.get(tag) as VersionedElement | undefined;
  if (!existing) {
    registry.define(tag, ctor);
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
