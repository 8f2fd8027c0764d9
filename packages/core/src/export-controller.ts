import { chartToSvg, download, svgToPng, tableToCsv } from './export.js';
import type { Lang } from './i18n.js';
import { fileBase } from './figure.js';
import type { FigureDefinition, FigureText, TableModel } from './types.js';

/** What an export needs of the figure on screen. */
export interface ExportSource {
  /** File name without extension (`q4-scorecard-zeist-2014`). */
  fileBase: string;
  text: FigureText;
  legend: string;
  table: TableModel;
  lang: Lang;
  /** The chart as drawn on the page; null while it is not drawn. */
  chart: Element | null;
}

/** What an export needs, from the figure, the model and texts on screen, and the chart drawn for them (null if none). */
export function exportSource<M>(
  figure: Pick<FigureDefinition<unknown, unknown, M>, 'name' | 'fileParts' | 'legend' | 'table'>,
  shown: { model: M; text: FigureText },
  lang: Lang,
  chart: Element | null,
): ExportSource {
  const { model, text } = shown;
  return {
    fileBase: fileBase(figure.name, figure.fileParts(model, lang)),
    text,
    legend: figure.legend(model, lang),
    table: figure.table(model, lang),
    lang,
    chart,
  };
}

/**
 * Downloads of the figure on screen: the chart as SVG and PNG (title, legend line and credit in the image, in the
 * widget's own colours, so that a dark widget gives a dark image) and the data as CSV with the credit in the file.
 * Images and CSV come from the same figure as `q4-render`'s, so they say the same.
 */
export class ExportController {
  constructor(
    private readonly host: HTMLElement,
    private readonly current: () => ExportSource | null,
  ) {}

  /** `q4-scorecard-zeist-2014.csv`; null while there is no figure. */
  fileName(extension: 'csv' | 'svg' | 'png'): string | null {
    const figure = this.current();
    return figure ? `${figure.fileBase}.${extension}` : null;
  }

  /** The data shown as CSV, with the source credit in the file; null while there is no figure. */
  csv(): string | null {
    const figure = this.current();
    return figure ? tableToCsv(figure.table, figure.text.credit, figure.lang) : null;
  }

  /** The chart as a standalone SVG document with its title, legend line and credit; null while there is no chart. */
  svg(): string | null {
    const figure = this.current();
    if (!figure || !(figure.chart instanceof SVGSVGElement)) return null;
    // The image carries the widget's own colours (dark in dark mode), not the page's.
    const style = getComputedStyle(this.host);
    const solid = (v: string) => (v && v !== 'transparent' && v !== 'rgba(0, 0, 0, 0)' ? v : undefined);
    return chartToSvg(figure.chart, {
      title: figure.text.title,
      credit: figure.text.credit,
      lang: figure.lang,
      legend: figure.legend,
      background: solid(style.getPropertyValue('--_halo').trim()) ?? solid(style.backgroundColor) ?? '#ffffff',
      color: style.color || undefined,
      muted: style.getPropertyValue('--_muted').trim() || undefined,
    });
  }

  /** The chart as a PNG at twice its size on screen; null while there is no chart. */
  async png(): Promise<Blob | null> {
    const svg = this.svg();
    return svg ? svgToPng(svg, 2) : null;
  }

  /** Offers one of the three files to the reader. */
  async download(kind: 'csv' | 'svg' | 'png'): Promise<void> {
    const name = this.fileName(kind);
    if (!name) return;
    if (kind === 'csv') download(`\ufeff${this.csv()}`, name, 'text/csv;charset=utf-8');
    else if (kind === 'svg') download(this.svg() ?? '', name, 'image/svg+xml');
    else {
      const png = await this.png();
      if (png) download(png, name, 'image/png');
    }
  }
}
