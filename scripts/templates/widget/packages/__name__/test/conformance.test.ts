// The shared conformance suite (packages/core/test-suites), for <q4-__name__>.
import '../src/define.js';
import { runWidgetSuite } from '../../core/test-suites/widget-suite.js';
import { __camel__Figure, __camel__OptionText } from '../src/index.js';

runWidgetSuite({
  tag: 'q4-__name__',
  figure: __camel__Figure,
  optionText: __camel__OptionText,
  ownData: (text) => ({
    credit: text,
    rows: [
      { label: text, value: 3 },
      { label: 'B', value: 5 },
    ],
  }),
});
