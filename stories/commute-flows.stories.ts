import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '@q4/commute-flows/define';

interface Args {
  municipality: string;
  region: string;
  regionName: string;
  direction: string;
  top: number;
  minJobs: number;
  lang: string;
  width: number;
}

const meta: Meta<Args> = {
  title: 'Widgets/Commute flows',
  component: 'q4-commute-flows',
  args: { municipality: '', region: '', regionName: '', direction: 'both', top: 15, minJobs: 0, lang: 'nl', width: 760 },
  argTypes: {
    municipality: { control: 'text', description: 'Any CBS code or name of a municipality of today (Amsterdam, GM1961, Bergen (NH.))' },
    region: { control: 'text', description: 'Municipality codes separated by commas, or NL' },
    regionName: { control: 'text' },
    direction: { control: 'inline-radio', options: ['both', 'in', 'out'] },
    top: { control: { type: 'range', min: 1, max: 60 } },
    minJobs: { control: { type: 'number', min: 0, step: 100 } },
    lang: { control: 'inline-radio', options: ['nl', 'en'] },
    width: { control: { type: 'range', min: 300, max: 1100, step: 10 } },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Commuting December 2014 (CBS 81251NED) on the map of today (2025 boundaries): municipalities coloured by net balance (blue a net destination, red a net origin), ' +
          'flows as arrows from home to work municipality. Map and data load on demand.',
      },
    },
  },
  render: ({ municipality, region, regionName, direction, top, minJobs, lang, width }) => html`<div style="max-width: ${width}px">
    <q4-commute-flows
      municipality=${municipality || nothing}
      region=${region || nothing}
      region-name=${regionName || nothing}
      direction=${direction}
      top=${top}
      min-jobs=${minJobs}
      lang=${lang}
      @q4-select=${(e: CustomEvent) => console.info('q4-select', e.detail)}
    ></q4-commute-flows>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The region's largest flows with its partners, bundled data, no attributes. */
export const Default: Story = {};

/** One municipality: where its residents work and where its workers come from. */
export const Zeist: Story = { args: { municipality: 'GM0355' } };

/** Only the jobs in Wijk bij Duurstede held by residents of other municipalities. */
export const Inflows: Story = { args: { municipality: 'GM0352', direction: 'in', top: 10 } };

/** Only flows of 1,000 jobs or more. */
export const LargeFlowsOnly: Story = { args: { minJobs: 1000, top: 60 } };

/** All texts in English. */
export const English: Story = { args: { lang: 'en', municipality: 'GM0310' } };

/** A narrow column, as on a phone. */
export const Narrow: Story = { args: { width: 340 } };

/** Your own flows through the `data` property: balances are computed from them. */
export const OwnData: Story = {
  render: () => html`<q4-commute-flows
    .data=${{
      credit: 'Bron: voorbeeldgegevens (fictief, alleen ter illustratie)',
      flows: [
        { from: 'GM0355', to: 'GM0344', jobs: 1200 },
        { from: 'GM0344', to: 'GM0355', jobs: 500 },
        { from: 'GM0310', to: 'GM0344', jobs: 900 },
        { from: 'GM0355', to: 'GM0355', jobs: 2000 },
      ],
    }}
  ></q4-commute-flows>`,
};

/** Any municipality of the country: Amsterdam's residents, from the national matrix (loaded per municipality). */
export const Amsterdam: Story = { args: { municipality: 'Amsterdam', direction: 'out' } };

/** Groningen's inflows: every municipality that ties at the shown precision is named. */
export const GroningenInflows: Story = { args: { municipality: 'groningen', direction: 'in' } };

/** Maastricht, in English. */
export const Maastricht: Story = { args: { municipality: 'Maastricht', lang: 'en' } };

/** A municipality of today (2019) on the map of 2025: its flows of 2014 are those of Leerdam, Vianen and Zederik, as its notes say. */
export const Vijfheerenlanden: Story = { args: { municipality: 'Vijfheerenlanden' } };

/** A region of your choice: flows between its members are internal (counted, not drawn). The name is an example. */
export const Region: Story = { args: { region: 'GM0344,GM0307,GM0321', regionName: 'Voorbeeldregio' } };

/** The whole country: every municipality's balance and the largest flows. */
export const Netherlands: Story = { args: { region: 'NL', top: 20 } };

/** A municipality that received part of a divided one (Het Hogeland, part of Winsum in 2019): the flows of its whole parts, and the part not counted said. */
export const PartNotCounted: Story = { args: { municipality: 'Het Hogeland' } };
/** A municipality that no longer exists (Leerdam, since 2019 part of Vijfheerenlanden): no map of today, and the error says what it became. */
export const ErrorFormerMunicipality: Story = { args: { municipality: 'Leerdam' } };

/** An unknown municipality: a clear message with the closest names. */
export const ErrorUnknownMunicipality: Story = { args: { municipality: 'Amsterdm' } };

/** Dark: `theme="dark"`; the flows stay dark because they lie on the map's light balance colours. */
export const Dark: Story = {
  render: () => html`<div style="background: #111; padding: 1em"><q4-commute-flows theme="dark" municipality="GM0355" top="10"></q4-commute-flows></div>`,
};
