// The shared conformance suite (packages/core/test-suites), for <q4-competitiveness>.
import '../src/define.js';
import { runWidgetSuite } from '../../core/test-suites/widget-suite.js';
import { rciFigure, rciOptionText } from '../src/index.js';

runWidgetSuite({
  tag: 'q4-competitiveness',
  figure: rciFigure,
  optionText: rciOptionText,
  ownData: (text) => ({
    credit: text,
    rows: [
      { code: 'A1', name: text, country: 'NL', edition: 2020, score: 1 },
      { code: 'A2', name: 'B', edition: 2020, score: 0.5 },
    ],
  }),
  ownAttributes: { region: 'A1' },
});
