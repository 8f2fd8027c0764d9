// The shared conformance suite (packages/core/test-suites), for <q4-land-use>.
import '../src/define.js';
import { runWidgetSuite } from '../../core/test-suites/widget-suite.js';
import { landUseFigure, landUseOptionText } from '../src/index.js';

runWidgetSuite({
  tag: 'q4-land-use',
  figure: landUseFigure,
  optionText: landUseOptionText,
  ownData: (text) => ({
    credit: text,
    rows: [
      { year: 2010, code: 'X', name: text, total: 10, traffic: 1, builtUp: 1, semiBuiltUp: 1, recreation: 1, agriculture: 1, forestNature: 1, innerWater: 1 },
    ],
  }),
});
