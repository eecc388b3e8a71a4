import type { StorybookConfig } from '@storybook/web-components-vite';
import remarkGfm from 'remark-gfm';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: [
    // MDX 3 leaves out GitHub-flavoured Markdown: without remark-gfm the tables in the .mdx
    // pages (the Introduction's keyboard table) render as lines of pipes.
    {
      name: '@storybook/addon-docs',
      options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } },
    },
    '@storybook/addon-a11y',
  ],
  // The datasets, so that stories load them with `src` as a page would.
  staticDirs: [{ from: '../data', to: '/data' }],
  core: { disableTelemetry: true },
  // Components use legacy decorators (experimentalDecorators + useDefineForClassFields: false),
  // which Vite 8's Oxc transform lowers itself (checked: fields become constructor
  // assignments, Lit reactive properties work in the built Storybook). Standard decorators
  // would need an esbuild pre-plugin here; see /work/shared/TOOLCHAIN.md.
  viteFinal: async (viteConfig) => ({
    ...viteConfig,
    build: { ...viteConfig.build, chunkSizeWarningLimit: 2000 },
  }),
};

export default config;
