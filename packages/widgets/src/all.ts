// Every widget registered by one import: the npm package's entry (index.ts) imports this, and the CDN build makes
// it `lazy/all.js`, the one module that the autoloader gives a page showing most widgets (loader.ts).
import '@q4/scorecard/define';
import '@q4/commute-flows/define';
import '@q4/identity-shift/define';
import '@q4/competitiveness/define';
import '@q4/land-use/define';
import '@q4/key-figures/define';
import '@q4/sector-bloem/define';
