import { coreMessages, fill, formatNumber, type FigureDefinition, type Lang, type TableModel } from '@q4/core/figure';
import { messages } from './messages.js';
import { barsChart, barsChartSize, flowerChart, flowerLayout, petalColors } from './sector-bloem-chart.js';
import { asksForArea, prefetchAreaSectors } from '@q4/data';
import { loadDefaultSectors, lqText, parseSectors, type SectorData } from './sector-bloem-data.js';
import { describeSectors, prepareSectors, type SectorModel } from './sector-bloem-text.js';
import { sectorOptions } from './sector-bloem-options.js';

/** The sector flower's options: its attributes, and the organisations of the wreath (unvalidated). */
export interface SectorOptions {
  /** `data` (petals sized by quotient) or `equal` (the report's illustration). */
  mode: string;
  /** `flower` or `bars`. */
  view: string;
  /** `auto`, `own` (the place's strongest SBI sections) or `report` (the report's five). */
  sectors: string;
  /** Organisations for the wreath, as given (validated by the figure). */
  organisations: unknown;
  /** A municipality of 2010 or of today: a CBS code or name. */
  municipality: string;
  /** A region of municipalities: 2 to 80 codes or names separated by commas. */
  region: string;
  /** The region's name in the texts (at most 60 characters). */
  regionName: string;
}

function table(model: SectorModel, lang: Lang): TableModel {
  const t = messages[lang];
  const pct = (v: number | null) => (v === null ? '–' : `${formatNumber(v * 100, lang, 1)}%`);
  return {
    caption: model.data.own ? t.ownTable : t.tableCaption,
    rowHeader: t.tableSector,
    columns: [
      { label: t.tableSections },
      { label: model.data.area ? fill(t.tableArea, { area: model.data.area.name }) : t.tableRegion, numeric: true },
      { label: t.tableNl, numeric: true },
      { label: t.tableLq, numeric: true },
    ],
    sections: [
      {
        rows: model.sectors.map((s) => ({
          header: s.label[lang],
          cells: [
            s.sections.join(' + ') || (s.noCounterpart ? t.noCounterpart : '–'),
            // A lower bound is rounded down, so that it still holds.
            s.lowerBound && s.regionShare !== null ? `≥ ${pct(Math.floor(s.regionShare * 1000) / 1000)}` : pct(s.regionShare),
            pct(s.nlShare),
            s.lq === null ? (s.noCounterpart ? t.noCounterpart : coreMessages[lang].noData) : lqText(s, lang),
          ],
        })),
      },
    ],
  };
}

/** The sector-flower figure: what `<q4-sector-bloem>`, `q4-render` and the tests draw and say. */
export const sectorFigure: FigureDefinition<SectorData, SectorOptions, SectorModel> = {
  name: 'sector-bloem',
  attributes: sectorOptions,
  colors: {
    'petal-1': '--_petal-1',
    'petal-2': '--_petal-2',
    'petal-3': '--_petal-3',
    'petal-4': '--_petal-4',
    'petal-5': '--_petal-5',
    text: '--_text',
    halo: '--_halo',
  },
  // For an area, the data it reads first are asked for beside the code that reads them: one round trip, not two.
  // The place's own strongest sectors come with the area code: also for the report's region with `sectors="own"`.
  loadDefault: (options = {}) =>
    asksForArea(options) || options.sectors === 'own'
      ? (prefetchAreaSectors(), import('./sector-bloem-area.js').then((m) => m.loadAreaSectors(options)))
      : loadDefaultSectors(),
  dataKey: (o) => (asksForArea(o) || o.sectors === 'own' ? JSON.stringify([o.municipality, o.region, o.regionName, o.sectors]) : ''),
  // The places whose figures of 2010 can be given: the builder offers only these.
  places: () => import('./sector-bloem-area.js').then((m) => m.sectorPlaces()),
  parse: parseSectors,
  isEmpty: (data) => data.sectors.length === 0 && !data.areaError,
  prepare: (data, options, lang) => {
    // An area's quotients come with its data: bundled data loaded without the area would silently show the report's.
    if (data.year !== null && !data.area && !data.areaError && asksForArea(options))
      throw new Error('sector-bloem: load the bundled data with the options (loadDefault(options))');
    if (data.year !== null && !data.areaError && (options.sectors === 'own') !== !!data.own && (options.sectors === 'own' || options.sectors === 'report'))
      throw new Error('sector-bloem: load the bundled data with the options (loadDefault(options)), `sectors` included');
    return prepareSectors(
      data,
      { mode: options.mode ?? 'data', view: options.view ?? 'flower', sectors: options.sectors ?? 'auto', organisations: options.organisations },
      lang,
    );
  },
  describe: describeSectors,
  legend: (model, lang) => (model.mode === 'equal' ? '' : messages[lang].imageLegend),
  table,
  fileParts: (model) => [
    model.data.area?.name ?? '',
    model.mode === 'equal' ? 'illustratie' : '',
    model.view === 'bars' ? 'staven' : '',
    model.data.year ? String(model.data.year) : '',
  ],
  chartSize(model, { width, lang }) {
    if (model.view === 'bars') return barsChartSize(model.sectors.length, width);
    const { size, height } = flowerLayout(model.sectors, { width, lang, mode: model.mode, organisations: model.organisations });
    return { width: size, height };
  },
  chart(model, { width, lang, document, colors = {} }) {
    const options = {
      width,
      lang,
      mode: model.mode,
      organisations: model.organisations,
      colors: petalColors.map((c, i) => colors[`petal-${i + 1}`] ?? c),
      textColor: colors.text,
      haloColor: colors.halo,
      document,
    };
    return model.view === 'bars' ? barsChart(model.sectors, options) : flowerChart(model.sectors, options);
  },
};
