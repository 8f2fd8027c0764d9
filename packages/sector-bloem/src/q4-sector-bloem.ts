import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import {
  Q4Element,
  Q4Error,
  baseStyles,
  coreMessages,
  fetchJson,
  fill,
  formatNumber,
  rovingGrid,
  safeUrl,
  type FigureText,
  type Lang,
  type Q4ErrorCode,
  type TableModel,
} from '@q4/core';
import { messages } from './messages.js';
import { barsChart, flowerChart, petalColors } from './sector-chart.js';
import { SECTIONS, formatLq, loadDefaultSectors, parseSectors, type SectorData } from './sector-data.js';
import { sectorStyles } from './styles.js';
import { describeSectors, prepareSectors, type SectorModel } from './sector-text.js';

export interface OrganisationInput {
  name: string;
  /** A sector id (`zorg-welzijn`) or its name; anything else goes under "other". */
  sector?: string;
  /** An http(s) link. */
  link?: string;
}

/** @internal */
interface FetchedOrganisations {
  src: string;
  value?: unknown;
  error?: Q4ErrorCode;
  status?: number;
}

type Model = SectorModel;

/**
 * The report's "Heuvelrug KRS bloem": five petals for the leading sectors (gastvrijheidseconomie; openbaar
 * bestuur & veiligheid; zorg & welzijn; voeding & gezondheid; consultancy & overige diensten). Each petal's length
 * is the region's specialisation in that sector: the location quotient of employee jobs in 2010 (the sector's
 * share of the five municipalities' jobs divided by its share in the Netherlands, CBS 81402NED); the dashed circle
 * is the national average. Voeding & gezondheid has no clean SBI counterpart and gets no quotient, which the chart
 * and table say; where CBS keeps a municipality's figure secret, the quotient is a lower bound (≥). `mode="equal"`
 * draws the report's illustration with equal petals. A wreath of organisations comes from you (`organisations` or
 * `organisations-src`), since the report names none. `view="bars"` (or the button) shows sorted bars instead.
 *
 * @summary The five leading sectors of the region as a flower, petal size = location quotient.
 * @tag q4-sector-bloem
 * @fires q4-error - The data or an option is unusable; `detail` is `{ code, message, issues? }`.
 * @fires q4-render - The chart was drawn; `detail.width` is its width.
 * @csspart legend - The view switch above the chart.
 * @csspart wreath - The list of organisations under the chart.
 * @cssprop --q4-sector-bloem-petal-1-color - Colour of the first petal (and -2 to -5 for the others).
 */
export class Q4SectorBloem extends Q4Element<unknown, SectorData, Model> {
  static override styles = [baseStyles, sectorStyles];

  /** `data` (default): petals sized by location quotient; `equal`: the report's illustration with equal petals. */
  @property({ reflect: true }) mode = 'data';

  /** `flower` (default) or `bars`: sorted bars of the same quotients. */
  @property({ reflect: true }) view = 'flower';

  /** Organisations for the wreath: `{ name, sector?, link? }`; links must be http(s). */
  @property({ attribute: false }) organisations: OrganisationInput[] | undefined = undefined;

  /** URL of a JSON list of organisations for the wreath (http(s) or relative). */
  @property({ attribute: 'organisations-src' }) organisationsSrc = '';

  /** Your own quotients: a list of `{ label, value }` (value a quotient or null), or `{ credit, sectors }`. */
  @property({ attribute: false }) override data: unknown = undefined;

  #fetchedOrgs?: FetchedOrganisations;
  #orgsAbort?: AbortController;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#orgsAbort?.abort();
    if (this.#fetchedOrgs && this.#fetchedOrgs.value === undefined && !this.#fetchedOrgs.error) this.#fetchedOrgs = undefined;
  }

  #loadOrganisations(): void {
    const src = this.organisationsSrc.trim();
    if (!src || this.organisations || this.#fetchedOrgs?.src === src) return;
    this.#orgsAbort?.abort();
    const url = safeUrl(src);
    const entry: FetchedOrganisations = { src };
    this.#fetchedOrgs = entry;
    if (!url) {
      entry.error = 'invalid-src';
      return;
    }
    const controller = new AbortController();
    this.#orgsAbort = controller;
    fetchJson(url, controller.signal, this.fetchTimeout, () => '')
      .then((value) => (entry.value = value))
      .catch((error) => {
        if (controller.signal.aborted) return;
        entry.error = (error as Q4Error).code ?? 'network';
        entry.status = (error as Q4Error).extra?.status;
      })
      .finally(() => !controller.signal.aborted && this.revision++);
  }

  /** @internal */
  protected override get ready(): boolean {
    this.#loadOrganisations();
    const pending = !this.organisations && this.organisationsSrc.trim() && this.#fetchedOrgs && this.#fetchedOrgs.value === undefined && !this.#fetchedOrgs.error;
    return !pending;
  }

  /** @internal */
  protected get defaultData(): Promise<SectorData> {
    return loadDefaultSectors();
  }

  /** @internal */
  protected parse(input: unknown): SectorData {
    return parseSectors(input);
  }

  /** @internal */
  protected isEmpty(data: SectorData): boolean {
    return data.sectors.length === 0;
  }

  /** @internal */
  protected prepare(data: SectorData, lang: Lang): Model {
    let raw: unknown = this.organisations;
    if (raw === undefined && this.organisationsSrc.trim()) {
      const f = this.#fetchedOrgs;
      if (f?.error) {
        const src = this.organisationsSrc.slice(0, 200);
        throw new Q4Error(f.error, fill(coreMessages[lang][f.error as 'network'], { src, status: f.status ?? '' }), f.status ? { status: f.status } : {});
      }
      raw = f?.value;
    }
    return prepareSectors(data, { mode: this.mode, view: this.view, organisations: raw }, lang);
  }

  /** @internal */
  protected describe(model: Model, lang: Lang): FigureText {
    return describeSectors(model, lang);
  }

  #colors(): string[] {
    const style = getComputedStyle(this);
    return petalColors.map((c, i) => style.getPropertyValue(`--_petal-${i + 1}`).trim() || c);
  }

  /** @internal */
  protected renderChart(model: Model, width: number, lang: Lang): Element {
    const style = getComputedStyle(this);
    const textColor = style.getPropertyValue('--_text').trim() || undefined;
    const haloColor = style.getPropertyValue('--_halo').trim() || undefined;
    const options = { width, lang, mode: model.mode, organisations: model.organisations, colors: this.#colors(), textColor, haloColor };
    return model.view === 'bars' ? barsChart(model.data.sectors, options) : flowerChart(model.data.sectors, options);
  }

  /** @internal */
  protected override renderLegend(model: Model, lang: Lang): TemplateResult | typeof nothing {
    if (model.mode === 'equal') return nothing;
    const t = messages[lang];
    return html`<div class="legend" part="legend">
      <button type="button" class="view-toggle" @click=${() => (this.view = model.view === 'bars' ? 'flower' : 'bars')}>
        ${model.view === 'bars' ? t.showFlower : t.showBars}
      </button>
    </div>`;
  }

  /** @internal */
  protected override renderAfterChart(model: Model, lang: Lang): TemplateResult | typeof nothing {
    if (!model.organisations.length) return nothing;
    const t = messages[lang];
    const name = (id: string | null) => model.data.sectors.find((s) => s.id === id)?.label[lang] ?? t.wreathOther;
    const groups = [...new Set(model.organisations.map((o) => o.sector))];
    return html`<section class="wreath" part="wreath" aria-label=${t.wreathLabel}>
      <h3 class="wreath__title">${t.wreathLabel}</h3>
      ${groups.map(
        (g) => html`<p class="wreath__group"><span class="wreath__sector">${name(g)}:</span>
          ${model.organisations
            .filter((o) => o.sector === g)
            .map((o, i, all) => html`${o.link ? html`<a href=${o.link} rel="noopener" target="_blank">${o.name}</a>` : o.name}${i < all.length - 1 ? ', ' : ''}`)}</p>`,
      )}
    </section>`;
  }

  /** @internal */
  protected override fileParts(model: Model): string[] {
    return [model.mode === 'equal' ? 'illustratie' : '', model.view === 'bars' ? 'staven' : '', model.data.year ? String(model.data.year) : ''];
  }

  /** @internal */
  protected tableModel(model: Model, lang: Lang): TableModel {
    const t = messages[lang];
    const pct = (v: number | null) => (v === null ? '–' : `${formatNumber(v * 100, lang, 1)}%`);
    return {
      caption: t.tableCaption,
      rowHeader: t.tableSector,
      columns: [{ label: t.tableSections }, { label: t.tableRegion, numeric: true }, { label: t.tableNl, numeric: true }, { label: t.tableLq, numeric: true }],
      sections: [
        {
          rows: model.data.sectors.map((s) => ({
            header: s.label[lang],
            cells: [
              s.sections.join(' + ') || (s.noCounterpart ? t.noCounterpart : '–'),
              s.lowerBound ? `≥ ${pct(s.regionShare)}` : pct(s.regionShare),
              pct(s.nlShare),
              s.lq === null ? (s.noCounterpart ? t.noCounterpart : coreMessages[lang].noData) : `${s.lowerBound ? '≥ ' : ''}${formatLq(s.lq, lang)}`,
            ],
          })),
        },
      ],
    };
  }

  /** @internal */
  protected override bindChart(chart: Element): () => void {
    const marks = [...chart.querySelectorAll<SVGElement>('[data-key]')];
    return rovingGrid(chart, marks.map((element, col) => ({ element: element as SVGElement & { focus(): void }, row: 0, col })), () => {});
  }
}

export { SECTIONS };
