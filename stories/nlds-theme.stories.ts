import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
// The themes as municipalities publish them on npm (dev dependencies, shown here and used in tests only; the
// Utrecht, Amsterdam, Rotterdam and Rijkshuisstijl packages are proprietary, Den Haag and the example are EUPL-1.2).
// Each applies only inside its own theme class.
import '@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css';
import '@utrecht/design-tokens/dist/index.css';
import '@amsterdam/design-system-tokens/dist/index.theme.css';
import '@nl-design-system-unstable/rotterdam-design-tokens/dist/design-tokens.css';
import '@gemeente-denhaag/design-tokens-components/dist/theme/index.css';
import '@rijkshuisstijl-community/design-tokens/dist/index.css';
import '../packages/widgets/q4-nlds.css';
import '@q4/widgets';

/**
 * The widgets in an NL Design System theme: `q4-nlds.css` maps their tokens onto the tokens the theme defines
 * (`--basis-*`, the Utrecht family's `--utrecht-*`, Amsterdam's `--ams-*`, Rijkshuisstijl's `--rhc-*`), so a
 * municipality's existing theme class restyles them: its font, text colour and brand colour, in the charts too.
 * The theme's own web fonts are not loaded here, so the font's fallback shows. `node scripts/nlds-contrast.mjs --all`
 * checks the contrast of each derived palette.
 */
const meta: Meta<{ themeClass: string }> = {
  title: 'Themes/NL Design System',
  component: 'q4-scorecard',
  argTypes: { themeClass: { control: 'select', options: ['voorbeeld-theme', 'utrecht-theme', 'ams-theme', 'rotterdam-theme', 'denhaag-theme', 'rhc-theme'] } },
  render: ({ themeClass }) => html`<div class="${themeClass} nlds-demo" style="padding: 1rem">
    <q4-scorecard municipality="GM0355"></q4-scorecard>
    <q4-key-figures></q4-key-figures>
    <q4-land-use></q4-land-use>
    <q4-competitiveness edition="2013"></q4-competitiveness>
  </div>`,
};
export default meta;

type Story = StoryObj<{ themeClass: string }>;
/** The NL Design System example theme (`@nl-design-system-unstable/voorbeeld-design-tokens`, EUPL-1.2). */
export const VoorbeeldTheme: Story = { args: { themeClass: 'voorbeeld-theme' } };
/** Gemeente Utrecht (`@utrecht/design-tokens`, `.utrecht-theme`). */
export const Utrecht: Story = { args: { themeClass: 'utrecht-theme' } };
/** Gemeente Amsterdam (`@amsterdam/design-system-tokens`, `.ams-theme`). */
export const Amsterdam: Story = { args: { themeClass: 'ams-theme' } };
/** Gemeente Rotterdam (`@nl-design-system-unstable/rotterdam-design-tokens`, `.rotterdam-theme`). */
export const Rotterdam: Story = { args: { themeClass: 'rotterdam-theme' } };
/** Gemeente Den Haag (`@gemeente-denhaag/design-tokens-components`, `.denhaag-theme`). */
export const DenHaag: Story = { args: { themeClass: 'denhaag-theme' } };
/** Rijkshuisstijl (`@rijkshuisstijl-community/design-tokens`, `.rhc-theme`). */
export const Rijkshuisstijl: Story = { args: { themeClass: 'rhc-theme' } };
