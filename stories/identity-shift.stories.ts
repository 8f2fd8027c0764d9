import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@q4/identity-shift/define';

const meta: Meta<{ lang: string; width: number }> = {
  title: 'Widgets/Identity shift',
  component: 'q4-identity-shift',
  args: { lang: 'nl', width: 720 },
  argTypes: { lang: { control: 'inline-radio', options: ['nl', 'en'] }, width: { control: { type: 'range', min: 300, max: 1000, step: 10 } } },
  render: ({ lang, width }) => html`<div style="max-width: ${width}px"><q4-identity-shift lang=${lang}></q4-identity-shift></div>`,
};
export default meta;

type Story = StoryObj<{ lang: string; width: number }>;
/** The report's table, 11 pairs. */
export const Default: Story = {};
/** The faithful English translation. */
export const English: Story = { args: { lang: 'en' } };
/** A narrow column: long texts wrap. */
export const Narrow: Story = { args: { width: 320 } };
/** Your own pairs through the `data` property. */
export const OwnData: Story = {
  render: () =>
    html`<q4-identity-shift .data=${{
      credit: 'Bron: eigen werksessie (voorbeeld)',
      pairs: [
        { thick: 'Vaste vergaderingen', thin: 'Projectteams' },
        { thick: 'Lidmaatschap', thin: 'Deelname' },
      ],
    }}></q4-identity-shift>`,
};
