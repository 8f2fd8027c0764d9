import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@q4/land-use/define';

const meta: Meta<{ lang: string }> = {
  title: 'Widgets/LandUse',
  component: 'q4-land-use',
  args: { lang: 'nl' },
  argTypes: { lang: { control: 'inline-radio', options: ['nl', 'en'] } },
  render: ({ lang }) => html`<q4-land-use lang=${lang}></q4-land-use>`,
};
export default meta;

type Story = StoryObj<{ lang: string }>;
export const Default: Story = {};
export const English: Story = { args: { lang: 'en' } };
