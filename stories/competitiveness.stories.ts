import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@q4/competitiveness/define';

const meta: Meta<{ lang: string }> = {
  title: 'Widgets/Competitiveness',
  component: 'q4-competitiveness',
  args: { lang: 'nl' },
  argTypes: { lang: { control: 'inline-radio', options: ['nl', 'en'] } },
  render: ({ lang }) => html`<q4-competitiveness lang=${lang}></q4-competitiveness>`,
};
export default meta;

type Story = StoryObj<{ lang: string }>;
export const Default: Story = {};
export const English: Story = { args: { lang: 'en' } };
