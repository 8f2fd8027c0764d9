import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '@q4/key-figures/define';

interface Args {
  municipality: string;
  lang: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/Key figures',
  component: 'q4-key-figures',
  args: { municipality: '', lang: 'nl' },
  argTypes: {
    municipality: { control: 'select', options: ['', 'GM0310', 'GM0312', 'GM0355', 'GM1581', 'GM0352', 'GM0344', 'GM0307'] },
    lang: { control: 'inline-radio', options: ['nl', 'en'] },
  },
  render: ({ municipality, lang }) => html`<q4-key-figures municipality=${municipality || nothing} lang=${lang}></q4-key-figures>`,
};
export default meta;

type Story = StoryObj<Args>;
/** The report's headline comparison, in its own wording. */
export const Default: Story = {};
/** One municipality: population 2012-2023 (CBS), jobs and establishments (LISA 2017), apart. */
export const Municipality: Story = { args: { municipality: 'GM0355' } };
/** English. */
export const English: Story = { args: { lang: 'en' } };
/** Your own figures. */
export const OwnData: Story = {
  render: () => html`<q4-key-figures
    .data=${{
      credit: 'Bron: voorbeeldgegevens (fictief, alleen ter illustratie)',
      figures: [
        { area: 'Dorp A', measure: 'inwoners', value: 12000, wording: 'circa 12.000' },
        { area: 'Dorp B', measure: 'inwoners', value: 8000 },
        { area: 'Dorp A', measure: 'leden', value: 140 },
      ],
    }}
  ></q4-key-figures>`,
};
/** An unknown municipality. */
export const ErrorUnknownMunicipality: Story = { args: { municipality: 'Atlantis' } };
