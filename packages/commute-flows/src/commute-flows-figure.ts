import {
  Q4Error,
  coreMessages,
  fill,
  formatNumber,
  listFormat,
  regionWord,
  type FigureDefinition,
  type Lang,
  type Localized,
  type TableModel,
} from '@q4/core/figure';
import { findMunicipality, prefetchAreaCommuting } from '@q4/data';
import { messages } from './messages.js';
import { commuteChart, commuteChartSize, type CommuteColors } from './commute-flows-chart.js';
import {
  areaKey,
  asksForArea,
  type CommuteArea,
  isLarge,
  loadDefaultCommute,
  loadDefaultMap,
  defaultMapCredit,
  loadedDefaultMap,
  parseCommute,
  parseCommuteInSlices,
  type CommuteData,
  type MapArea,
} from './commute-flows-data.js';
import { describeCommute } from './commute-flows-text.js';
import { commuteView, flowOptions, labelView, type CommuteView } from './commute-flows-view.js';
import { commuteOptions } from './commute-flows-options.js';

/** The code for any area, once it has loaded (its caches answer `dataKey` and a map that is loaded already). */
let areaModule: typeof import('./commute-flows-area.js') | undefined;

/** The flows, the map they are drawn on, and the map's credit (shown on every map, in images and CSV). */
export interface CommuteDataset {
  data: CommuteData;
  map: MapArea[];
  mapCredit?: Localized;
  /** The area chosen with `municipality` or `region` (bundled data only). */
  area?: CommuteArea;
}

/** The commuting map's options: its attributes. */
export interface CommuteOptions {
  /**
   * Municipality whose flows are shown: any CBS code or name, of today or of an earlier year (`Zeist`, `GM0344`,
   * `Bergen (NH.)`); empty for the report's region. With your own data: a code or name in your data.
   */
  municipality: string;
  /** A region of municipalities (`GM0344,GM0307,GM0321`: codes or names, 2 to 80), or `NL` for the whole country. */
  region: string;
  /** The region's name in the texts (at most 60 characters). */
  regionName: string;
  /** `in`, `out` or `both`. */
  direction: string;
  /** At most this many flows. */
  top: number | string;
  /** Leave out flows of fewer jobs. */
  minJobs: number | string;
}

export interface CommuteModel {
  data: CommuteData;
  area?: CommuteArea;
  mapCredit?: Localized;
  map: MapArea[];
  /** What the map shows, for any width (the chart marks the names that fit its width). */
  view: CommuteView;
}

function resolveMunicipality(data: CommuteData, map: MapArea[], value: string, lang: Lang): string | null {
  value = value.trim();
  if (!value) return null;
  const name = (code: string) => data.names.get(code) ?? map.find((a) => a.code === code)?.name ?? code;
  const found = findMunicipality(
    [...data.complete].map((code) => ({ code })),
    value,
    (c) => [name(c.code)],
  );
  if (found) return found.code;
  const choices = [...data.complete].map((c) => `${name(c)} (${c})`).sort();
  const shown = choices.length > 12 ? [...choices.slice(0, 12), '…'] : choices;
  throw new Q4Error('unknown-municipality', fill(messages[lang].unknownMunicipality, { value: value.slice(0, 60), list: listFormat(shown, lang) }));
}

function prepare({ data, map, mapCredit, area }: CommuteDataset, options: Partial<CommuteOptions>, lang: Lang): CommuteModel {
  const t = messages[lang];
  const error = area?.error?.(lang);
  if (error) throw error;
  const { direction, top, minJobs } = flowOptions(options);
  if (!direction) throw new Q4Error('invalid-option', fill(t.badDirection, { value: String(options.direction).slice(0, 40) }));
  for (const [name, value] of [
    ['top', top],
    ['min-jobs', minJobs],
  ] as const) {
    if (!Number.isInteger(value) || value < 0) throw new Q4Error('invalid-option', fill(t.badNumber, { value: String(value), name }));
  }
  // A chosen area has been resolved on loading: a single municipality of today is the focus, more make a region.
  const focus = area
    ? area.kind === 'municipality' && data.members.length === 1
      ? data.members[0]
      : null
    : resolveMunicipality(data, map, options.municipality ?? '', lang);
  // Which names fit depends on the width: the chart marks them (labelView), for the width it is drawn at.
  const view = commuteView(data, map, { focus, direction, top, minJobs });
  return { data, area, map, mapCredit, view };
}

function table(model: CommuteModel, lang: Lang): TableModel {
  const t = messages[lang];
  const { flows } = model.view;
  const origins = [...new Set(flows.map((f) => f.from))];
  const destinations = [...new Set(flows.map((f) => f.to))];
  const cells = new Map(model.data.flows.map((f) => [`${f.from}>${f.to}`, f.jobs]));
  const name = (code: string) => model.view.areas.find((a) => a.code === code)?.name ?? model.data.names.get(code) ?? code;
  return {
    caption: t.tableCaption,
    rowHeader: t.tableCorner,
    columns: destinations.map((d) => ({ label: name(d), numeric: true })),
    sections: [
      {
        rows: origins.map((o) => ({
          header: name(o),
          cells: destinations.map((d) => {
            const v = cells.get(`${o}>${d}`);
            return v === undefined ? t.none : formatNumber(v, lang);
          }),
        })),
      },
    ],
  };
}

/** The commuting map's figure: what `<q4-commute-flows>`, `q4-render` and the tests draw and say. */
export const commuteFigure: FigureDefinition<CommuteDataset, CommuteOptions, CommuteModel> = {
  name: 'commute-flows',
  attributes: commuteOptions,
  colors: {
    flow: '--_flow',
    region: '--_region',
    focus: '--_accent',
    border: '--_border',
    noData: '--_no-data',
    text: '--_text',
    halo: '--_halo',
  } satisfies Record<keyof CommuteColors, string>,
  loadDefault: (options = {}) =>
    asksForArea(options)
      ? (areaModule?.cachedAreaCommute(options) ??
        // The data that any area's map reads first are asked for beside the code that reads them: one round trip.
        (prefetchAreaCommuting(),
        import('./commute-flows-area.js').then((m) => {
          areaModule = m;
          return m.loadAreaCommute(options);
        })))
      : Promise.all([loadDefaultCommute(), loadDefaultMap()]).then(([data, map]) => ({ data, map, mapCredit: defaultMapCredit() })),
  // The map draws today's municipalities: one that no longer exists has none.
  places: () => import('./commute-flows-area.js').then((m) => m.todayPlaces()),
  // The area decides what loads, and then the part of the map its drawn flows reach (known once the area is
  // there): another `top` or `direction` loads only map tiles not loaded yet, and is drawn at once when it needs none.
  dataKey: (o) => (asksForArea(o) ? areaKey(o) + (areaModule?.mapKey(o) ?? '') : ''),
  parse(input) {
    const data = isLarge(input) ? parseCommuteInSlices(input) : parseCommute(input);
    const map = loadedDefaultMap();
    if (map && !(data instanceof Promise)) return { data, map, mapCredit: defaultMapCredit() };
    return Promise.all([data, map ?? loadDefaultMap()]).then(([d, m]) => ({ data: d, map: m, mapCredit: defaultMapCredit() }));
  },
  // An area that cannot be shown is an error (said in prepare), not an empty chart.
  isEmpty: ({ data, area }) => !area?.error && data.flows.length === 0,
  prepare,
  describe(model, lang) {
    const text = describeCommute(model.data, model.view, lang);
    if (model.area) text.notes = [...model.area.notes(lang), ...text.notes];
    const credit = model.data.credit?.[lang] ?? coreMessages[lang].ownData;
    return { ...text, credit: model.mapCredit ? `${credit} · ${model.mapCredit[lang]}` : credit };
  },
  legend: (_model, lang) => messages[lang].exportLegend,
  table,
  fileParts(model, lang) {
    const focus = model.view.areas.find((a) => a.code === model.view.focus)?.name ?? model.data.label ?? (model.data.national ? 'nl' : null);
    return [focus ?? regionWord(lang), model.view.direction === 'both' ? '' : model.view.direction, model.data.nationalTotals ? '2014' : ''];
  },
  chartSize: (model, { width }) => commuteChartSize(model.view, width),
  chart(model, { width, lang, document, colors }) {
    return commuteChart(labelView(model.view, width), { width, lang, colors, document });
  },
};
