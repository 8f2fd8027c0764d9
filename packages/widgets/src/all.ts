// Every widget registered by one import: the npm package's entry (index.ts) imports this, and the CDN build makes
// it `lazy/all.js`, the one module that the autoloader gives a page showing most widgets (loader.ts). The list of
// widgets is the registry's (widgets.json), written out as imports by scripts/widget-registry.mjs.
import './generated/all.js';
