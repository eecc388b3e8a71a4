import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import customElements from '../custom-elements.json';
import '../src/define.js';

interface Member {
  kind: string;
  name: string;
  privacy?: string;
  static?: boolean;
  description?: string;
  parameters?: { name: string }[];
}
interface Declaration {
  tagName?: string;
  description?: string;
  members?: Member[];
  cssParts?: { name: string }[];
}
interface Manifest {
  modules: { declarations?: Declaration[] }[];
}

/**
 * Adapts the manifest to Storybook's docs table, which lists every member it is given, keys rows
 * by name and skips methods: private members are left out, CSS parts are named `::part(name)`
 * (the timeline's `label` and `events` parts would otherwise replace the properties of those
 * names), and public methods are listed under the element's description.
 */
function forDocs(manifest: Manifest): Manifest {
  const signature = (m: Member) =>
    `${m.name}(${(m.parameters ?? []).map((p) => p.name).join(', ')})`;
  return {
    ...manifest,
    modules: manifest.modules.map((mod) => ({
      ...mod,
      declarations: mod.declarations?.map((decl) => {
        if (!decl.tagName) return decl;
        const members = (decl.members ?? []).filter(
          (m) =>
            m.privacy !== 'private' &&
            m.privacy !== 'protected' &&
            !m.name.startsWith('_') &&
            !m.static,
        );
        const methods = members.filter((m) => m.kind === 'method');
        const list = methods.map(
          (m) => `- \`${signature(m)}\`: ${(m.description ?? '').replace(/\s+/g, ' ')}`,
        );
        return {
          ...decl,
          description: `${decl.description ?? ''}${list.length ? `\n\n**Methods**\n\n${list.join('\n')}` : ''}`,
          members,
          cssParts: decl.cssParts?.map((part) => ({ ...part, name: `::part(${part.name})` })),
        };
      }),
    })),
  };
}

setCustomElementsManifest(forDocs(customElements as Manifest));

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    // Not the `--annals-*-color` rows: CSS custom properties have no value type to control.
    controls: {
      expanded: true,
      matchers: { color: /^(?!--).*(background|color)$/i, date: /Date$/i },
    },
    a11y: { test: 'todo' },
  },
};

export default preview;
