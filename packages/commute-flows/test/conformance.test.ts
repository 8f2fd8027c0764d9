// The shared conformance suite (packages/core/test-suites), for <q4-commute-flows>.
import '../src/define.js';
import { runWidgetSuite } from '../../core/test-suites/widget-suite.js';
import { commuteFigure, commuteOptionText } from '../src/index.js';

runWidgetSuite({
  tag: 'q4-commute-flows',
  figure: commuteFigure,
  optionText: commuteOptionText,
  ownData: (text) => ({
    credit: text,
    flows: [
      { from: 'GM0355', to: 'GM0344', jobs: 100, toName: text },
      { from: 'GM0355', to: 'X9', jobs: 50, toName: text },
    ],
  }),
  ownAttributes: { municipality: 'GM0355' },
});
