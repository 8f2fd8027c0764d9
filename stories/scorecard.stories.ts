import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '@q4/scorecard/define';

interface Args {
  municipality: string;
  group: string;
  lang: string;
  src: string;
  width: number;
}

const meta: Meta<Args> = {
  title: 'Widgets/Scorecard',
  component: 'q4-scorecard',
  args: { municipality: '', group: 'all', lang: 'nl', src: '', width: 720 },
  argTypes: {
    municipality: { control: 'select', options: ['', 'GM0310', 'GM0312', 'GM0355', 'GM1581', 'GM0352'] },
    group: { control: 'inline-radio', options: ['all', 'cohesie', 'tevredenheid', 'milieuoverlast'] },
    lang: { control: 'inline-radio', options: ['nl', 'en'] },
    width: { control: { type: 'range', min: 280, max: 1000, step: 10 } },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The quality scorecard of the Q4 report (Staat van Utrecht 2014), five municipalities against the province of Utrecht. ' +
          'Bundled data, no configuration needed. Events are logged in the Actions panel.',
      },
    },
  },
  render: ({ municipality, group, lang, src, width }) => html`<div style="max-width: ${width}px">
    <q4-scorecard
      municipality=${municipality || nothing}
      group=${group}
      lang=${lang}
      src=${src || nothing}
      @q4-select=${(e: CustomEvent) => console.info('q4-select', e.detail)}
      @q4-error=${(e: CustomEvent) => console.info('q4-error', e.detail)}
    ></q4-scorecard>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Bundled data, no attributes at all. */
export const Default: Story = {};

/** One municipality highlighted and compared with the province. */
export const Highlighted: Story = { args: { municipality: 'GM0355' } };

/** Only the environmental nuisance indicators; Bunnik's missing Geurhinder stays "geen gegevens". */
export const OneGroup: Story = { args: { group: 'milieuoverlast', municipality: 'Bunnik' } };

/** All texts in English. */
export const English: Story = { args: { lang: 'en', municipality: 'Utrechtse Heuvelrug' } };

/** Narrow container: the chart keeps a readable minimum width and scrolls sideways. */
export const Narrow: Story = { args: { width: 320 } };

/** Your own data through the `data` property. */
export const OwnData: Story = {
  render: () => html`<q4-scorecard
    .data=${{
      credit: 'Bron: voorbeeldgegevens (fictief, alleen ter illustratie)',
      reference: 'R',
      rows: [
        { area: 'A', areaName: 'Dorp A', indicator: 'woning', value: 84.5 },
        { area: 'B', areaName: 'Dorp B', indicator: 'woning', value: 90.1 },
        { area: 'R', areaName: 'Regio', indicator: 'woning', value: 88 },
        { area: 'A', indicator: 'groenvoorziening', value: null },
        { area: 'B', indicator: 'groenvoorziening', value: 70.2 },
        { area: 'R', indicator: 'groenvoorziening', value: 75.5 },
      ],
    }}
  ></q4-scorecard>`,
};

/** A `src` that does not exist: the error state with a retry button, and a q4-error event. */
export const ErrorState: Story = { args: { src: '/does-not-exist.json' } };

/** An unknown municipality gives a clear message listing the valid ones. */
export const UnknownMunicipality: Story = { args: { municipality: 'Utrecht' } };

/** Dark: the page switches every widget with `data-q4-theme="dark"` (or `theme="dark"` on one widget; `auto` follows the reader's setting). */
export const Dark: Story = {
  render: () => html`<div data-q4-theme="dark" style="background: #111; padding: 1em"><q4-scorecard municipality="GM0355"></q4-scorecard></div>`,
};
