// The one import that registers every widget. Each line is a widget package's define entry.
import '@q4/scorecard/define';
import '@q4/commute-flows/define';
import '@q4/identity-shift/define';
import '@q4/competitiveness/define';
import '@q4/land-use/define';
import '@q4/key-figures/define';
import '@q4/sector-bloem/define';

export * from '@q4/core';
export * from '@q4/scorecard';
export * from '@q4/commute-flows';
export * from '@q4/identity-shift';
export * from '@q4/competitiveness';
export * from '@q4/land-use';
export * from '@q4/key-figures';
export * from '@q4/sector-bloem';
