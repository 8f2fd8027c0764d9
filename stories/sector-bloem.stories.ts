import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '@q4/sector-bloem/define';

interface Args {
  mode: string;
  view: string;
  municipality: string;
  region: string;
  regionName: string;
  lang: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/Sector flower',
  component: 'q4-sector-bloem',
  args: { mode: 'data', view: 'flower', municipality: '', region: '', regionName: '', lang: 'nl' },
  argTypes: {
    mode: { control: 'inline-radio', options: ['data', 'equal'] },
    view: { control: 'inline-radio', options: ['flower', 'bars'] },
    municipality: { control: 'text', description: 'One of the sixteen municipalities with sector figures (code or name)' },
    region: { control: 'text', description: 'Municipality codes or names separated by commas' },
    regionName: { control: 'text' },
    lang: { control: 'inline-radio', options: ['nl', 'en'] },
  },
  render: ({ mode, view, municipality, region, regionName, lang }) =>
    html`<q4-sector-bloem mode=${mode} view=${view} municipality=${municipality || nothing} region=${region || nothing} region-name=${regionName || nothing} lang=${lang}></q4-sector-bloem>`,
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
/** A wreath of an association's members (fictitious example names). */
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
/** One of the report's partner municipalities: the same five sectors for Amersfoort. */
export const Amersfoort: Story = { args: { municipality: 'Amersfoort' } };
/** A municipality with several secret cells: bounds, and every sector they leave open named in the title. */
export const Woudenberg: Story = { args: { municipality: 'Woudenberg', view: 'bars' } };
/** A region of partner municipalities with a name (fictitious name, real municipalities). */
export const Region: Story = { args: { region: 'GM0344,GM0356,GM0321', regionName: 'Voorbeeldregio (fictief)' } };
/** A municipality outside the sixteen: a clear message and the own-data route, no empty chart. */
export const ErrorOutsideData: Story = { args: { municipality: 'Groningen' } };
/** An unknown view: a clear message. */
export const ErrorUnknownView: Story = { args: { view: 'pie' } };
