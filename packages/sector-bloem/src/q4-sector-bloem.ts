import { html, nothing, type TemplateResult } from 'lit';
import { DataController, Q4Element, baseStyles, declareOptions, rovingGrid, type Lang, type OptionProperties } from '@q4/core';
import { sectorOptions } from './sector-bloem-options.js';
import { messages } from './messages.js';
import type { SectorData } from './sector-bloem-data.js';
import { sectorFigure, type SectorOptions } from './sector-bloem-figure.js';
import { sectorStyles } from './styles.js';
import type { SectorModel } from './sector-bloem-text.js';

export interface OrganisationInput {
  name: string;
  /** A sector id (`zorg-welzijn`) or its name; anything else goes under "other". */
  sector?: string;
  /** An http(s) link. */
  link?: string;
}

type Model = SectorModel;

/**
 * The report's "Heuvelrug KRS bloem": five petals for the leading sectors (gastvrijheidseconomie; openbaar
 * bestuur & veiligheid; zorg & welzijn; voeding & gezondheid; consultancy & overige diensten). Each petal's length
 * is the region's specialisation in that sector: the location quotient of employee jobs in 2010 (the sector's
 * share of the five municipalities' jobs divided by its share in the Netherlands, CBS 81402NED); the dashed circle
 * is the national average. Voeding & gezondheid has no clean SBI counterpart and gets no quotient, which the chart
 * and table say; where CBS keeps a municipality's figure secret, the quotient is given as the range the published aggregates allow (1,57–1,89), and the title claims a strongest sector only when it is certain. `mode="equal"`
 * draws the report's illustration with equal petals.
 *
 * `municipality` or `region` shows any municipality of 2010 or of today, or a region of them. A municipality of
 * today is the sum of the municipalities of 2010 it was made of, where they went into it whole (Goeree-Overflakkee,
 * Vijfheerenlanden); where a part of one moved since 2010, it gets an error that says why. Outside the report's
 * region such a place shows its own strongest sectors: the five SBI sections with the highest quotient among those
 * with a published figure, with every tie (`sectors="own"`); `sectors="report"` shows the report's five anywhere.
 * A wreath of organisations comes from you (`organisations` or `organisations-src`), since the report names none.
 * `view="bars"` (or the button) shows sorted bars instead.
 *
 * @summary The leading sectors of the region (or a place's own strongest) as a flower, petal size = location quotient.
 * @tag q4-sector-bloem
 * @fires q4-error - The data or an option is unusable, or there is nothing to draw (`no-data`); `detail` is `{ code, message, issues? }`.
 * @fires q4-render - The chart was drawn; `detail.width` is its width.
 * @csspart legend - The view switch above the chart.
 * @csspart wreath - The list of organisations under the chart.
 * @cssprop --q4-sector-bloem-petal-1-color - Colour of the first petal (and -2 to -5 for the others).
 */
export class Q4SectorBloem extends Q4Element<unknown, SectorData, SectorOptions, Model> {
  static override styles = [baseStyles, sectorStyles];
  static override properties = { organisations: { attribute: false }, organisationsSrc: { attribute: 'organisations-src' } };
  static {
    declareOptions(this, sectorOptions);
  }

  /** Organisations for the wreath: `{ name, sector?, link? }`; links must be http(s). */
  organisations: OrganisationInput[] | undefined = undefined;

  /** URL of a JSON list of organisations for the wreath (http(s) or relative). */
  organisationsSrc = '';

  /** Your own quotients: a list of `{ label, value }` (value a quotient or null), or `{ credit, sectors }`. */
  override data: unknown = undefined;

  /** The organisations: the `organisations` property, else the JSON at `organisations-src`, else none. */
  #organisations = new DataController<unknown>(this, {
    input: () => this.organisations,
    src: () => this.organisationsSrc.trim() || undefined,
    timeout: () => this.fetchTimeout,
    bundled: () => undefined,
    parse: (input) => input,
  });

  /** @internal */
  protected get figure(): typeof sectorFigure {
    return sectorFigure;
  }

  /** @internal */
  protected override get extraData(): DataController<unknown>[] {
    return [this.#organisations];
  }

  /** @internal */
  protected override options(): Partial<SectorOptions> {
    // Read once the data are ready, and so the organisations too (Q4Element waits for every source in extraData).
    const organisations = this.#organisations.resolve(this.locale);
    return { ...super.options(), organisations: organisations.state === 'ready' ? organisations.value : undefined };
  }

  /** @internal */
  protected override renderLegend(model: Model, lang: Lang): TemplateResult | typeof nothing {
    if (model.mode === 'equal') return nothing;
    const t = messages[lang];
    return html`<div class="legend" part="legend">
      <button type="button" class="view-toggle" ?disabled=${this.isStatic} @click=${() => (this.view = model.view === 'bars' ? 'flower' : 'bars')}>
        ${model.view === 'bars' ? t.showFlower : t.showBars}
      </button>
    </div>`;
  }

  /** @internal */
  protected override renderAfterChart(model: Model, lang: Lang): TemplateResult | typeof nothing {
    if (!model.organisations.length) return nothing;
    const t = messages[lang];
    const name = (id: string | null) => model.sectors.find((s) => s.id === id)?.label[lang] ?? t.wreathOther;
    const groups = [...new Set(model.organisations.map((o) => o.sector))];
    return html`<section class="wreath" part="wreath" aria-label=${t.wreathLabel}>
      <h3 class="wreath__title">${t.wreathLabel}</h3>
      ${groups.map(
        (g) => html`<p class="wreath__group"><span class="wreath__sector">${name(g)}:</span>
          ${model.organisations
            .filter((o) => o.sector === g)
            .map(
              (o, i, all) => html`${o.link ? html`<a href=${o.link} rel="noopener" target="_blank">${o.name}</a>` : o.name}${i < all.length - 1 ? ', ' : ''}`,
            )}</p>`,
      )}
    </section>`;
  }

  /** @internal */
  protected override bindChart(chart: Element): () => void {
    const marks = [...chart.querySelectorAll<SVGElement>('[data-key]')];
    return rovingGrid(
      chart,
      marks.map((element, col) => ({ element: element as SVGElement & { focus(): void }, row: 0, col })),
      () => {},
    );
  }
}

/** The options of `<q4-sector-bloem>`, one property each, declared in `sectorOptions` with their documentation. */
export interface Q4SectorBloem extends OptionProperties<typeof sectorOptions> {}
