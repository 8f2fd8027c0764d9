import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@q4/sector-bloem/define';

const meta: Meta<{ lang: string }> = {
  title: 'Widgets/SectorBloem',
  component: 'q4-sector-bloem',
  args: { lang: 'nl' },
  argTypes: { lang: { control: 'inline-radio', options: ['nl', 'en'] } },
  render: ({ lang }) => html`<q4-sector-bloem lang=${lang}></q4-sector-bloem>`,
};
export default meta;

type Story = StoryObj<{ lang: string }>;
export const Default: Story = {};
export const English: Story = { args: { lang: 'en' } };
