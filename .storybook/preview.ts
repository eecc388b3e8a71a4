import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import customElements from '../custom-elements.json';
import '../src/define.js';

interface Member {
  kind: string;
  name: string;
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
  description?: string;
  parameters?: { name: string }[];
}
interface Attribute {
  name: string;
  fieldName?: string;
}
interface Declaration {
  tagName?: string;
  description?: string;
  members?: Member[];
  attributes?: Attribute[];
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

const manifest = forDocs(customElements as Manifest);
setCustomElementsManifest(manifest);

type ArgTypesEnhancer = NonNullable<Preview['argTypesEnhancers']>[number];
type ArgType = ReturnType<ArgTypesEnhancer>[string];

/** The element declarations of the manifest, by tag name. */
const declarations = new Map(
  manifest.modules
    .flatMap((mod) => mod.declarations ?? [])
    .filter((decl) => decl.tagName)
    .map((decl) => [decl.tagName!, decl]),
);

/** The members of a TypeScript union written as text (`'a' | 'b' | undefined`), trimmed. */
function unionMembers(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote) {
      if (ch === quote && text[i - 1] !== '\\') quote = '';
    } else if (ch === "'" || ch === '"' || ch === '`') quote = ch;
    else if ('([{<'.includes(ch)) depth++;
    else if (')]}>'.includes(ch)) depth--;
    else if (ch === '|' && depth === 0) {
      parts.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(text.slice(start).trim());
  return parts.filter(Boolean);
}

const STRING_LITERAL = /^(['"])(.*)\1$/;

/**
 * The control for a property or attribute row, from its type in the manifest (or, where the
 * manifest has no type, its default): a select for a union of string literals, text, number or
 * boolean for those types, `undefined` for anything else (objects keep Storybook's object control).
 */
function valueControl(typeText: unknown, defaultText: unknown): Partial<ArgType> | undefined {
  const types =
    typeof typeText === 'string'
      ? unionMembers(typeText).filter((t) => t !== 'undefined' && t !== 'null')
      : [];
  if (!types.length && typeof defaultText === 'string') {
    if (/^-?(\d[\d_]*(\.\d+)?|Infinity)$/.test(defaultText)) types.push('number');
    else if (/^(true|false)$/.test(defaultText)) types.push('boolean');
    else if (STRING_LITERAL.test(defaultText)) types.push('string');
  }
  if (types.length && types.every((t) => STRING_LITERAL.test(t))) {
    return { control: { type: 'select' }, options: types.map((t) => STRING_LITERAL.exec(t)![2]) };
  }
  if (types.length !== 1) return undefined;
  const [only] = types;
  if (only === 'string') return { control: { type: 'text' } };
  if (only === 'number') return { control: { type: 'number' } };
  if (only === 'boolean') return { control: { type: 'boolean' } };
  return undefined;
}

/** A custom property that takes a colour: by its name, or by its description in the manifest. */
const isColourProperty = (name: string, description = '') =>
  /(^|-)(colou?r|background|border|stripe|ring|fill)(-|$)/i.test(name) ||
  /\bcolou?rs?\b|^(fill|background)\b/i.test(description);

const NO_CONTROL = { control: { disable: true } } as const;

/**
 * Gives each row that @storybook/web-components derives from the manifest the control its kind
 * calls for. Left alone, every type it cannot name (`void` for CSS custom properties, parts and
 * events, `string | undefined`, `'auto' | 'vertical'`, aliases) gets an object control, "Set
 * object". Here:
 * - properties and attributes: text, number, boolean or select from the manifest type; an
 *   attribute whose property has another name (`deep-link` for `deepLink`) is documentation only,
 *   since stories drive the property; a read-only property has no control; a type it cannot name
 *   (an alias such as `GroupBy`) is text where an attribute carries it (attributes are strings),
 *   and stays an object control for a property without one (`data`, `events`);
 * - CSS custom properties: a colour or text control, applied by `withCustomProperties` below;
 * - CSS parts, slots and events: documentation only.
 * A control that a story or component sets in its argTypes is kept.
 */
const controlsFromManifest: ArgTypesEnhancer = (context) => {
  const decl = typeof context.component === 'string' ? declarations.get(context.component) : null;
  // A story whose render takes no args has no controls (as Storybook's own inference has it).
  if (!decl || !context.parameters.__isArgsStory) return context.argTypes;
  const members = new Map((decl.members ?? []).map((m) => [m.name, m]));
  const attributes = new Map((decl.attributes ?? []).map((a) => [a.name, a]));
  const enhanced = { ...context.argTypes };
  for (const [name, argType] of Object.entries(context.argTypes)) {
    if (argType.control !== undefined || argType.table?.disable) continue;
    const typeText = argType.type && 'name' in argType.type ? argType.type.name : undefined;
    const defaultText = argType.table?.defaultValue?.summary;
    let update: Partial<ArgType> | undefined;
    switch (argType.table?.category) {
      case 'properties': {
        const member = members.get(name);
        update = member?.readonly
          ? NO_CONTROL
          : (valueControl(typeText, defaultText) ??
            (member?.attribute ? { control: { type: 'text' } } : undefined));
        break;
      }
      case 'attributes': {
        const fieldName = attributes.get(name)?.fieldName;
        update =
          (fieldName && fieldName !== name) || members.get(fieldName ?? name)?.readonly
            ? NO_CONTROL
            : (valueControl(typeText, defaultText) ?? { control: { type: 'text' } });
        break;
      }
      case 'css custom properties':
        update = {
          type: { name: 'string' },
          control: { type: isColourProperty(name, argType.description) ? 'color' : 'text' },
        };
        break;
      case 'css shadow parts':
      case 'slots':
      case 'events':
        update = NO_CONTROL;
        break;
    }
    if (update) enhanced[name] = { ...argType, ...update } as ArgType;
  }
  return enhanced;
};

/** Sets the CSS custom properties given in the Controls panel around the story. */
const withCustomProperties: Decorator = (story, { args }) => {
  const set = Object.entries(args).filter(
    ([name, value]) => name.startsWith('--') && typeof value === 'string' && value.trim() !== '',
  );
  if (!set.length) return story();
  return html`<div style=${styleMap({ display: 'contents', ...Object.fromEntries(set) })}>
    ${story()}
  </div>`;
};

const preview: Preview = {
  tags: ['autodocs'],
  argTypesEnhancers: [controlsFromManifest],
  decorators: [withCustomProperties],
  parameters: {
    // For args that the manifest does not describe; its rows get their controls above.
    controls: {
      expanded: true,
      matchers: { color: /^(?!--).*(background|color)$/i, date: /Date$/i },
    },
    a11y: { test: 'todo' },
  },
};

export default preview;
