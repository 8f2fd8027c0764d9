// The shared conformance suite (packages/core/test-suites), for <q4-scorecard>.
import '../src/define.js';
import { runWidgetSuite } from '../../core/test-suites/widget-suite.js';
import { scorecardFigure, scorecardOptionText } from '../src/index.js';

runWidgetSuite({
  tag: 'q4-scorecard',
  figure: scorecardFigure,
  optionText: scorecardOptionText,
  ownData: (text) => ({
    credit: text,
    rows: [
      { area: 'X', areaName: text, indicator: 'woning', value: 50 },
      { area: 'PV26', indicator: 'woning', value: 40 },
    ],
  }),
  ownAttributes: { municipality: 'X' },
});
