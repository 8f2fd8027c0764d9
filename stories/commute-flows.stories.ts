import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '@q4/commute-flows/define';

interface Args {
  municipality: string;
  direction: string;
  top: number;
  minJobs: number;
  lang: string;
  width: number;
}

const meta: Meta<Args> = {
  title: 'Widgets/Commute flows',
  component: 'q4-commute-flows',
  args: { municipality: '', direction: 'both', top: 15, minJobs: 0, lang: 'nl', width: 760 },
  argTypes: {
    municipality: { control: 'select', options: ['', 'GM0310', 'GM0312', 'GM0355', 'GM1581', 'GM0352'] },
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
          'Commuting December 2014 (CBS 81251NED) on a map: municipalities coloured by net balance (blue a net destination, red a net origin), ' +
          'flows as arrows from home to work municipality. Map and data load on demand.',
      },
    },
  },
  render: ({ municipality, direction, top, minJobs, lang, width }) => html`<div style="max-width: ${width}px">
    <q4-commute-flows
      municipality=${municipality || nothing}
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

/** An unknown municipality: a clear message with the valid choices. */
export const ErrorUnknownMunicipality: Story = { args: { municipality: 'Amsterdam' } };

/** Dark: `theme="dark"`; the flows stay dark because they lie on the map's light balance colours. */
export const Dark: Story = {
  render: () => html`<div style="background: #111; padding: 1em"><q4-commute-flows theme="dark" municipality="GM0355" top="10"></q4-commute-flows></div>`,
};
