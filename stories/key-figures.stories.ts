import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '@q4/key-figures/define';

interface Args {
  view: string;
  municipality: string;
  region: string;
  regionName: string;
  lang: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/Key figures',
  component: 'q4-key-figures',
  args: { view: 'today', municipality: '', region: '', regionName: '', lang: 'nl' },
  argTypes: {
    view: { control: 'inline-radio', options: ['today', 'report'] },
    municipality: { control: 'text', description: 'Any CBS code or name, of today or of an earlier year' },
    region: { control: 'text', description: 'Municipality codes separated by commas' },
    regionName: { control: 'text' },
    lang: { control: 'inline-radio', options: ['nl', 'en'] },
  },
  render: ({ view, municipality, region, regionName, lang }) =>
    html`<q4-key-figures view=${view} municipality=${municipality || nothing} region=${region || nothing} region-name=${regionName || nothing} lang=${lang}></q4-key-figures>`,
};
export default meta;

type Story = StoryObj<Args>;
/** The region's newest figures: population 2012-2026 of its five municipalities summed (CBS), and LISA 2017. */
export const Default: Story = {};
/** The report's key figures of May 2015: the region between the city regions of Utrecht and Amersfoort, in the report's wording. */
export const Report: Story = { args: { view: 'report' } };
/** One municipality: population 2012-2026 (CBS), jobs and establishments (LISA 2017), apart. */
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
/**
 * Any municipality: Groningen, whose boundaries changed in part in 2017 and 2019: the line breaks at each change and
 * a dashed rule marks it (said, and no change over the period claimed).
 */
export const Groningen: Story = { args: { municipality: 'Groningen' } };
/** Amsterdam took in Weesp whole in 2022: every year on today's boundaries, one line, said in a note. */
export const TodaysBoundaries: Story = { args: { municipality: 'Amsterdam' } };
/** A region of your choice: population summed only in years where every member has a figure. The name is an example. */
export const Region: Story = { args: { region: 'GM0344,GM0307', regionName: 'Voorbeeldregio' } };
/** Het Hogeland (2019) includes part of Winsum: the years before 2019 are missing, with why. */
export const MissingYears: Story = { args: { municipality: 'Het Hogeland', lang: 'en' } };
/**
 * The whole Netherlands (`region="NL"`): CBS's own count of the country's inhabitants, and LISA 2017 summed over the
 * 388 municipalities of 2017 (LISA's file has no national total), in the page's language.
 */
export const Netherlands: Story = { args: { region: 'NL', lang: 'en' } };
/** An ambiguous name: the candidates, never a guess. */
export const ErrorAmbiguous: Story = { args: { municipality: 'Bergen' } };
