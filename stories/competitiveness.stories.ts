import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@q4/competitiveness/define';

interface Args {
  edition: number;
  region: string;
  lang: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/Competitiveness',
  component: 'q4-competitiveness',
  args: { edition: 2019, region: 'NL31', lang: 'nl' },
  argTypes: {
    edition: { control: 'inline-radio', options: [2010, 2013, 2016, 2019] },
    region: { control: 'text' },
    lang: { control: 'inline-radio', options: ['nl', 'en'] },
  },
  render: ({ edition, region, lang }) => html`<q4-competitiveness edition=${edition} region=${region} lang=${lang}></q4-competitiveness>`,
};
export default meta;

type Story = StoryObj<Args>;
/** The latest edition: Utrecht third, with its rank in every edition in the caption. */
export const Default: Story = {};
/** 2010: the first time Utrecht was the most competitive region of Europe. */
export const Edition2010: Story = { args: { edition: 2010 } };
/** 2016: joint second, level at two decimals with Berkshire, Buckinghamshire and Oxfordshire. */
export const Edition2016: Story = { args: { edition: 2016 } };
/** English. */
export const English: Story = { args: { lang: 'en' } };
/** Another region highlighted. */
export const OtherRegion: Story = { args: { region: 'NL33', edition: 2013 } };
/** An edition that does not exist: a clear message. */
export const ErrorUnknownEdition: Story = { args: { edition: 2015 } };
/** A country's code: the index compares regions only, so this is an error that gives the country's own score. */
export const ErrorCountry: Story = { args: { region: 'NL' } };
