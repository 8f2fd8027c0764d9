/** Each widget's attributes from custom-elements.json, by tag: type text and JSDoc description (rollup.config.mjs). */
declare module 'q4:manifest' {
  const manifest: Record<string, Record<string, { type: string; description: string }>>;
  export default manifest;
}
