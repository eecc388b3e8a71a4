import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import customElements from '../custom-elements.json';
import '../src/define.js';

// Storybook keys the docs table by name, so a CSS part named like a property (the timeline's
// `label` and `events`) would replace that property's row: list parts as `::part(name)`.
setCustomElementsManifest({
  ...customElements,
  modules: customElements.modules.map((mod) => ({
    ...mod,
    declarations: mod.declarations?.map((decl) =>
      'cssParts' in decl && decl.cssParts
        ? { ...decl, cssParts: decl.cssParts.map((part) => ({ ...part, name: `::part(${part.name})` })) }
        : decl,
    ),
  })),
});

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true, matchers: { color: /(background|color)$/i, date: /Date$/i } },
    a11y: { test: 'todo' },
  },
};

export default preview;
