import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '@q4/sector-bloem/define';

interface Args {
  mode: string;
  view: string;
  sectors: string;
  municipality: string;
  region: string;
  regionName: string;
  lang: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/Sector flower',
  component: 'q4-sector-bloem',
  args: { mode: 'data', view: 'flower', sectors: 'auto', municipality: '', region: '', regionName: '', lang: 'nl' },
  argTypes: {
    mode: { control: 'inline-radio', options: ['data', 'equal'] },
    view: { control: 'inline-radio', options: ['flower', 'bars'] },
    sectors: { control: 'inline-radio', options: ['auto', 'own', 'report'] },
    municipality: { control: 'text', description: 'A municipality of today or of 2010 (code or name)' },
    region: { control: 'text', description: 'Municipality codes or names separated by commas' },
    regionName: { control: 'text' },
    lang: { control: 'inline-radio', options: ['nl', 'en'] },
  },
  render: ({ mode, view, sectors, municipality, region, regionName, lang }) =>
    html`<q4-sector-bloem mode=${mode} view=${view} sectors=${sectors} municipality=${municipality || nothing} region=${region || nothing} region-name=${regionName || nothing} lang=${lang}></q4-sector-bloem>`,
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
/** Amersfoort's own strongest sectors: the five SBI sections with the highest published quotient. */
export const Amersfoort: Story = { args: { municipality: 'Amersfoort' } };
/** The report's five leading sectors, chosen for Amersfoort (`sectors="report"`). */
export const AmersfoortReportSectors: Story = { args: { municipality: 'Amersfoort', sectors: 'report' } };
/** A municipality of today (2013) as the sum of its four municipalities of 2010, as its notes say. */
export const GoereeOverflakkee: Story = { args: { municipality: 'Goeree-Overflakkee' } };
/** A municipality with several secret cells: bounds, and every sector they leave open named in the title. */
export const Woudenberg: Story = { args: { municipality: 'Woudenberg', view: 'bars', sectors: 'report' } };
/** A region with a name (fictitious name, real municipalities). */
export const Region: Story = { args: { region: 'GM0344,GM0356,GM0321', regionName: 'Voorbeeldregio (fictief)' } };
/** A municipality that received part of a neighbour since 2010: a clear message with the reason, no empty chart. */
export const ErrorSplit: Story = { args: { municipality: 'Groningen' } };
/** An unknown view: a clear message. */
export const ErrorUnknownView: Story = { args: { view: 'pie' } };
