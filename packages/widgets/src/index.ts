// The one import that registers every widget. Each line is a widget package's define entry.
import '@q4/scorecard/define';

export * from '@q4/core';
export * from '@q4/scorecard';
