import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css';
import '../packages/widgets/q4-nlds.css';
import '@q4/widgets';

/**
 * The widgets in an NL Design System theme: `q4-nlds.css` maps their tokens onto the theme's `--basis-*` tokens, so
 * a municipality's existing theme class restyles them. Shown with the NL Design System example theme
 * ("voorbeeld", EUPL-1.2); `node scripts/nlds-contrast.mjs` checks the contrast of the derived palette.
 */
const meta: Meta = {
  title: 'Themes/NL Design System',
  component: 'q4-scorecard',
  render: () => html`<div class="voorbeeld-theme nlds-demo">
    <q4-scorecard municipality="GM0355"></q4-scorecard>
    <q4-competitiveness edition="2013"></q4-competitiveness>
    <q4-land-use></q4-land-use>
  </div>`,
};
export default meta;

export const VoorbeeldTheme: StoryObj = {};
