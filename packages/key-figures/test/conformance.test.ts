// The shared conformance suite (packages/core/test-suites), for <q4-key-figures>.
import '../src/define.js';
import { runWidgetSuite } from '../../core/test-suites/widget-suite.js';
import { keyFiguresFigure, keyFiguresOptionText } from '../src/index.js';

runWidgetSuite({
  tag: 'q4-key-figures',
  figure: keyFiguresFigure,
  optionText: keyFiguresOptionText,
  ownData: (text) => ({
    credit: text,
    figures: [
      { area: text, measure: text, value: 1, wording: text },
      { area: 'B', measure: text, value: 2 },
    ],
  }),
});
