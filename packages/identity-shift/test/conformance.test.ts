// The shared conformance suite (packages/core/test-suites), for <q4-identity-shift>.
import '../src/define.js';
import { runWidgetSuite } from '../../core/test-suites/widget-suite.js';
import { identityFigure, identityOptionText } from '../src/index.js';

runWidgetSuite({
  tag: 'q4-identity-shift',
  figure: identityFigure,
  optionText: identityOptionText,
  ownData: (text) => ({
    credit: text,
    pairs: [
      { thick: text, thin: { nl: text, en: text } },
      { thick: 'a', thin: 'b' },
    ],
  }),
});
