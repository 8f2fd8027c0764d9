// The one import that registers every widget. Each line is a widget package's define entry.
import '@q4/scorecard/define';
import '@q4/commute-flows/define';

export * from '@q4/core';
export * from '@q4/scorecard';
export * from '@q4/commute-flows';
