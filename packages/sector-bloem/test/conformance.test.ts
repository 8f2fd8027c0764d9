// The shared conformance suite (packages/core/test-suites), for <q4-sector-bloem>.
import '../src/define.js';
import { runWidgetSuite } from '../../core/test-suites/widget-suite.js';
import { sectorFigure, sectorOptionText } from '../src/index.js';

runWidgetSuite({
  tag: 'q4-sector-bloem',
  figure: sectorFigure,
  optionText: sectorOptionText,
  ownData: (text) => ({
    credit: text,
    sectors: [
      { label: text, value: 1.2 },
      { label: 'B', value: null },
    ],
  }),
});
