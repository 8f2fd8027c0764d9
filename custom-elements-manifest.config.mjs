// Custom Elements Manifest from the JSDoc of the element classes and their option tables (`npm run analyze`).
import { optionTables } from './scripts/cem/option-tables.mjs';

export default {
  globs: ['packages/*/src/**/*.ts'],
  exclude: ['**/*.test.ts', '**/*.d.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    optionTables(),
    {
      // The base class's generic emit(type, …) is not an event of its own: keep the documented q4-* events.
      name: 'q4-events-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const decl of mod.declarations ?? []) {
            if (decl.events) decl.events = decl.events.filter((e) => e.name?.startsWith('q4-'));
          }
        }
      },
    },
  ],
};
