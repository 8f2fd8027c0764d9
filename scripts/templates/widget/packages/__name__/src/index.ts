export { Q4__Pascal__ } from './q4-__name__.js';
export { __camel__Chart, type __Pascal__ChartOptions } from './__name__-chart.js';
export { default__Pascal__, parse__Pascal__, type __Pascal__Data, type __Pascal__Input, type __Pascal__Row } from './__name__-data.js';
export { __camel__Figure, type __Pascal__Options } from './__name__-figure.js';
export { __camel__Options, __camel__OptionText } from './__name__-options.js';
