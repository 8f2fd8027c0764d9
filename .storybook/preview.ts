import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';

// Docs tables (attributes, properties, events, parts, custom properties) come from the manifest,
// which is generated from the JSDoc of the element classes (npm run analyze).
setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
    docs: { toc: true },
  },
};
export default preview;
