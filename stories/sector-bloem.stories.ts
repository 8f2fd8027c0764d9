import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@q4/sector-bloem/define';

interface Args {
  mode: string;
  view: string;
  lang: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/Sector flower',
  component: 'q4-sector-bloem',
  args: { mode: 'data', view: 'flower', lang: 'nl' },
  argTypes: {
    mode: { control: 'inline-radio', options: ['data', 'equal'] },
    view: { control: 'inline-radio', options: ['flower', 'bars'] },
    lang: { control: 'inline-radio', options: ['nl', 'en'] },
  },
  render: ({ mode, view, lang }) => html`<q4-sector-bloem mode=${mode} view=${view} lang=${lang}></q4-sector-bloem>`,
};
export default meta;

type Story = StoryObj<Args>;
/** Petals sized by location quotient (CBS employee jobs 2010). */
export const Default: Story = {};
/** The same quotients as sorted bars. */
export const Bars: Story = { args: { view: 'bars' } };
/** The report's illustration: equal petals, no figures. */
export const Equal: Story = { args: { mode: 'equal' } };
/** English. */
export const English: Story = { args: { lang: 'en' } };
/** A wreath of an association's members (example names). */
export const Wreath: Story = {
  render: () => html`<q4-sector-bloem
    .organisations=${[
      { name: 'Voorbeeldhotel', sector: 'gastvrijheidseconomie' },
      { name: 'Voorbeeldzorg', sector: 'zorg-welzijn' },
      { name: 'Voorbeeldadvies', sector: 'consultancy-overige-diensten', link: 'https://example.org' },
      { name: 'Voorbeeldbedrijf' },
    ]}
  ></q4-sector-bloem>`,
};
/** An unknown view: a clear message. */
export const ErrorUnknownView: Story = { args: { view: 'pie' } };
