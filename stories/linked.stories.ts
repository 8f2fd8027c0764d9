import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@q4/widgets';

/**
 * Linked widgets: widgets with the same `link` value follow a municipality chosen in any of them, without
 * JavaScript on the page. Choose a municipality on the map or in the scorecard (click, or Tab to the chart and press
 * Enter). The key figures follow any municipality. The scorecard follows only the report's five, and says so under
 * its chart for any other. The identity diagram shows no place, and says so too. Each linked widget tells what
 * changed in a polite live region.
 */
const meta: Meta<{ lang: string }> = {
  title: 'Pages/Linked widgets',
  component: 'q4-commute-flows',
  argTypes: { lang: { control: 'inline-radio', options: ['nl', 'en'] } },
  args: { lang: 'nl' },
  render: ({ lang }) => html`<div style="display: grid; gap: 2rem">
    <q4-commute-flows link="zeist-pagina" lang=${lang}></q4-commute-flows>
    <q4-key-figures link="zeist-pagina" lang=${lang}></q4-key-figures>
    <q4-scorecard link="zeist-pagina" lang=${lang}></q4-scorecard>
    <q4-identity-shift link="zeist-pagina" lang=${lang}></q4-identity-shift>
  </div>`,
};
export default meta;

export const ZeistPage: StoryObj<{ lang: string }> = {};
export const English: StoryObj<{ lang: string }> = { args: { lang: 'en' } };
