import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@q4/key-figures/define';

const meta: Meta<{ lang: string }> = {
  title: 'Widgets/KeyFigures',
  component: 'q4-key-figures',
  args: { lang: 'nl' },
  argTypes: { lang: { control: 'inline-radio', options: ['nl', 'en'] } },
  render: ({ lang }) => html`<q4-key-figures lang=${lang}></q4-key-figures>`,
};
export default meta;

type Story = StoryObj<{ lang: string }>;
export const Default: Story = {};
export const English: Story = { args: { lang: 'en' } };
