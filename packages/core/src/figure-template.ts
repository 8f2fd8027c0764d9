import { html, nothing, type TemplateResult } from 'lit';
import { coreMessages, type Lang } from './i18n.js';
import type { ChartSize, FigureText, TableModel } from './types.js';

/** The data table: a caption, column headings with scope, one tbody per section with a row-group heading. */
export function tableTemplate(table: TableModel): TemplateResult {
  const span = table.columns.length + 1;
  return html`<table>
    <caption>${table.caption}</caption>
    <thead>
      <tr>
        <th scope="col">${table.rowHeader}</th>
        ${table.columns.map((c) => html`<th scope="col" class=${c.numeric ? 'num' : ''}>${c.label}</th>`)}
      </tr>
    </thead>
    ${table.sections.map(
      (section) => html`<tbody>
        ${section.label ? html`<tr><th scope="rowgroup" colspan=${span}>${section.label}</th></tr>` : nothing}
        ${section.rows.map(
          (row) => html`<tr>
            <th scope="row">${row.header}</th>
            ${row.cells.map((cell, i) => html`<td class=${table.columns[i]?.numeric ? 'num' : ''}>${cell}</td>`)}
          </tr>`,
        )}
      </tbody>`,
    )}
  </table>`;
}

/**
 * The loading or empty state; `deferred` holds about a chart's height (`--q4-deferred-height`): while the widget waits
 * to come into view, and while its data and first chart are on the way.
 */
export function statusTemplate(lang: Lang, kind: 'loading' | 'empty', deferred: boolean): TemplateResult {
  const t = coreMessages[lang];
  return html`<div class="state ${deferred ? 'state--deferred' : ''}" part="status" role="status" lang=${lang} aria-live="polite">
    ${kind === 'loading' ? t.loading : t.empty}
  </div>`;
}

/**
 * The chart's box before the chart: an empty canvas of the size the chart will have, hidden from assistive
 * technology. It takes the chart's place while the chart is made in a task of its own, so the words are on screen
 * first and the chart, when it comes, moves nothing. A canvas takes its size from attributes, as the chart's SVG does
 * (a strict CSP allows them, where it forbids a style attribute), draws nothing, and is not an `svg` that a page
 * waiting for the chart would take for it.
 */
export function pendingChartTemplate(size: ChartSize): TemplateResult {
  return html`<canvas class="pending-chart" width=${Math.max(0, Math.round(size.width))} height=${Math.max(0, Math.round(size.height))} aria-hidden="true"></canvas>`;
}

/** The error state: why the chart cannot be shown, with a retry button where trying again may help. */
export function errorTemplate(lang: Lang, message: string, retry?: () => void): TemplateResult {
  const t = coreMessages[lang];
  return html`<div class="state state--error" part="error" role="alert" lang=${lang}>
    <p class="state__title">${t.errorTitle}</p>
    <p class="state__message">${message}</p>
    ${retry ? html`<button type="button" class="retry" @click=${retry}>${t.retry}</button>` : nothing}
  </div>`;
}

/** The parts of a figure the element fills in. */
export interface FigureParts {
  lang: Lang;
  text: FigureText;
  /** The chart: an element, or (in a static fragment rendered on a server) its markup as a template. */
  chart: Element | TemplateResult | undefined;
  chartNote: string;
  /** The live element's readout line, table toggle, downloads and chart listeners; a static fragment has none. */
  readout?: string;
  headingLevel: number;
  legend: TemplateResult | typeof nothing;
  afterChart: TemplateResult | typeof nothing;
  /** The table, or null while it is closed (it is built only when opened). */
  table: (() => TableModel) | null;
  hideActions?: boolean;
  onToggleTable?: () => void;
  onDownload?: (kind: 'png' | 'svg' | 'csv') => void;
  chartEvents?: { focusin: (e: FocusEvent) => void; focusout: () => void; pointerover: (e: PointerEvent) => void };
  /**
   * A static fragment (HTML without script, `q4-render --format html`): the table in a `<details>` that opens
   * without JavaScript, and no buttons that would need it (downloads). Everything above the chart is the same as
   * in the live element, so taking it over moves nothing.
   */
  static?: boolean;
}

/**
 * The accessible figure every widget shows: a title that states the point (a heading when `heading-level` is
 * set), the legend, the chart, the readout line, the table toggle and download menu, the table, and a caption
 * with summary, notes and the source credit. The figure is named by its title and described by its summary.
 */
export function figureTemplate(p: FigureParts): TemplateResult {
  const level = Math.round(p.headingLevel);
  const heading = level >= 1 && level <= 6;
  const open = p.table !== null;
  return html`<figure class="figure" part="figure" lang=${p.lang} aria-labelledby="title" aria-describedby="summary">
    <div id="title" class="title" part="title" role=${heading ? 'heading' : nothing} aria-level=${heading ? level : nothing}>${p.text.title}</div>
    ${p.legend}
    <div class="chart" part="chart" @focusin=${p.chartEvents?.focusin} @focusout=${p.chartEvents?.focusout} @pointerover=${p.chartEvents?.pointerover}>
      ${p.chart ?? nothing}
    </div>
    ${p.chartNote ? html`<p class="chart-note">${p.chartNote}</p>` : nothing}
    <p class="readout" aria-hidden="true">${p.readout ?? ''}</p>
    ${p.afterChart}
    ${p.static ? staticTable(p) : liveActions(p, open)}
    <figcaption class="caption" part="caption">
      <p id="summary" class="summary">${p.text.summary}</p>
      ${(p.text.notes ?? []).map((note) => html`<p class="note">${note}</p>`)}
      <p class="credit">${p.text.credit}</p>
    </figcaption>
  </figure>`;
}

/**
 * A static fragment's table: in a `<details>`, which opens without JavaScript. Its box is not made focusable: without
 * script nothing can tell whether it scrolls, and a focus stop on a box that does not scroll is one with no role
 * (WCAG 4.1.2). Chromium and Firefox let the keyboard scroll an overflowing box of their own accord; the live
 * element, once it takes over, adds the stop where the table is wider than its box (`Q4Element.updated`).
 */
function staticTable(p: FigureParts): TemplateResult {
  const t = coreMessages[p.lang];
  return html`<details class="actions static-table">
    <summary class="table-toggle">${t.showTable}</summary>
    <div id="table" class="table-wrap" part="table" role="region" aria-label=${t.tableRegion}>
      ${p.table ? tableTemplate(p.table()) : nothing}
    </div>
  </details>`;
}

/** The live element's table toggle and download menu, and the table (built only when opened). */
function liveActions(p: FigureParts, open: boolean): TemplateResult {
  const t = coreMessages[p.lang];
  return html`<div class="actions" part="actions">
      <button type="button" class="table-toggle" aria-expanded=${open ? 'true' : 'false'} aria-controls="table" @click=${p.onToggleTable}>
        ${open ? t.hideTable : t.showTable}
      </button>
      ${
        p.hideActions
          ? nothing
          : html`<details class="downloads">
            <summary>${t.download}</summary>
            <div class="downloads__list">
              <button type="button" class="download download--png" @click=${() => p.onDownload?.('png')}>${t.downloadPng}</button>
              <button type="button" class="download download--svg" @click=${() => p.onDownload?.('svg')}>${t.downloadSvg}</button>
              <button type="button" class="download download--csv" @click=${() => p.onDownload?.('csv')}>${t.downloadCsv}</button>
            </div>
          </details>`
      }
    </div>
    <div id="table" class="table-wrap" part="table" role="region" aria-label=${t.tableRegion} ?hidden=${!open}>
      ${p.table ? tableTemplate(p.table()) : nothing}
    </div>`;
}
