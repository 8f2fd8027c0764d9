import type { StorybookConfig } from '@storybook/web-components-vite';
// @ts-expect-error: a plain .mjs script without types
import { workspaceSources } from '../scripts/workspace-sources.mjs';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.@(ts|js)', '../stories/**/*.mdx'],
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  // The builder and profile pages (dist/builder and dist/profile, built by `node scripts/builder.mjs --build` in both
  // Storybook scripts) are served beside the stories at /builder/ and /profile/; the "Builder" and "Profile" pages link to them.
  staticDirs: [
    { from: '../dist/builder', to: '/builder' },
    { from: '../dist/profile', to: '/profile' },
  ],
  async viteFinal(viteConfig) {
    // Workspace packages resolve to their TypeScript (scripts/workspace-sources.mjs), so Storybook needs no
    // prior build. Vite's Oxc lowers the legacy decorators from tsconfig.
    viteConfig.resolve ??= {};
    const aliases = [...(workspaceSources() as Map<string, string>)].map(([find, replacement]) => ({
      find: new RegExp(`^${find.replace(/[/.]/g, '\\$&')}$`),
      replacement,
    }));
    const existing = viteConfig.resolve.alias;
    viteConfig.resolve.alias = [
      ...aliases,
      ...(Array.isArray(existing) ? existing : Object.entries(existing ?? {}).map(([find, replacement]) => ({ find, replacement }))),
    ];
    return viteConfig;
  },
};
export default config;
