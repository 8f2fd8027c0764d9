import type { StorybookConfig } from '@storybook/web-components-vite';
import { defaultClientConditions } from 'vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.@(ts|js)', '../stories/**/*.mdx'],
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  // The builder page (dist/builder, built by `node scripts/builder.mjs --build` in both Storybook scripts) is
  // served beside the stories at /builder/, and the "Builder" page links to it.
  staticDirs: [{ from: '../dist/builder', to: '/builder' }],
  async viteFinal(viteConfig) {
    // Workspace packages resolve to their TypeScript through the "source" export condition,
    // so Storybook needs no prior build. Vite's Oxc lowers the legacy decorators from tsconfig.
    viteConfig.resolve ??= {};
    viteConfig.resolve.conditions = ['source', ...defaultClientConditions];
    return viteConfig;
  },
};
export default config;
