import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@q4/__name__/define';

const meta: Meta<{ lang: string }> = {
  title: 'Widgets/__Pascal__',
  component: 'q4-__name__',
  args: { lang: 'nl' },
  argTypes: { lang: { control: 'inline-radio', options: ['nl', 'en'] } },
  render: ({ lang }) => html`<q4-__name__ lang=${lang}></q4-__name__>`,
};
export default meta;

type Story = StoryObj<{ lang: string }>;
export const Default: Story = {};
export const English: Story = { args: { lang: 'en' } };
