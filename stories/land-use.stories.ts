import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '@q4/land-use/define';

interface Args {
  year: number;
  lang: string;
  areas: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/Land use',
  component: 'q4-land-use',
  args: { year: 2015, lang: 'nl', areas: '' },
  argTypes: {
    year: { control: 'select', options: [1996, 2000, 2003, 2006, 2008, 2010, 2012, 2015] },
    lang: { control: 'inline-radio', options: ['nl', 'en'] },
    areas: { control: 'text' },
  },
  render: ({ year, lang, areas }) => html`<q4-land-use year=${year} lang=${lang} areas=${areas || nothing}></q4-land-use>`,
};
export default meta;

type Story = StoryObj<Args>;
/** The province of Utrecht against the Netherlands, 2015. */
export const Default: Story = {};
/** 1996, the first year of the series. */
export const Year1996: Story = { args: { year: 1996 } };
/** Three provinces compared. */
export const Provinces: Story = { args: { areas: 'PV26,PV27,PV25' } };
/** English. */
export const English: Story = { args: { lang: 'en' } };
/** A municipality's own rows (example figures, not real). */
export const OwnData: Story = {
  render: () => html`<q4-land-use
    .data=${{
      credit: 'Bron: voorbeeldgegevens (fictief, alleen ter illustratie)',
      rows: [
        {
          year: 2010,
          code: 'GM0000',
          name: 'Voorbeeldgemeente',
          total: 5000,
          traffic: 250,
          builtUp: 600,
          semiBuiltUp: 50,
          recreation: 200,
          agriculture: 2600,
          forestNature: 1200,
          innerWater: 100,
          outerWater: null,
        },
      ],
    }}
  ></q4-land-use>`,
};
/** A year without data: a clear message. */
export const ErrorUnknownYear: Story = { args: { year: 2011 } };
