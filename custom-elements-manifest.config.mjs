// Configuration of `cem analyze` (read automatically from the project root).
// The elements are registered in a loop in src/define.ts and dispatch typed event classes from
// src/events.ts; the analyzer sees neither, so this plugin reads both files and (1) gives each
// class its tag name, which Storybook needs to find the element's docs, and (2) names each
// dispatched event by its class's `static readonly type`, merging it with the @fires entry,
// instead of the analyzer's guesses from the constructor's first argument ("id", "problems").
import { readFileSync } from 'node:fs';

const read = (file) => readFileSync(new URL(file, import.meta.url), 'utf8');

/** `'annals-axis': AnnalsAxis` in src/define.ts -> Map { AnnalsAxis => 'annals-axis' }. */
function tagNames() {
  const map = new Map();
  for (const m of read('./src/define.ts').matchAll(/'([a-z][\w-]*-[\w-]*)':\s*(\w+)/g))
    map.set(m[2], m[1]);
  return map;
}

/** `class AnnalsSelectEvent … static readonly type = 'annals-select'` -> Map { AnnalsSelectEvent => 'annals-select' }. */
function eventTypes() {
  const map = new Map();
  const re = /class\s+(\w+)\s+extends\s+Event\s*{\s*static\s+readonly\s+type\s*=\s*'([^']+)'/g;
  for (const m of read('./src/events.ts').matchAll(re)) map.set(m[1], m[2]);
  return map;
}

function annalsPlugin() {
  return {
    name: 'annals-tags-and-events',
    packageLinkPhase({ customElementsManifest }) {
      const tags = tagNames();
      const types = eventTypes();
      for (const mod of customElementsManifest.modules ?? []) {
        for (const decl of mod.declarations ?? []) {
          const tag = tags.get(decl.name);
          if (tag && !decl.tagName) {
            decl.tagName = tag;
            decl.customElement = true;
          }
          if (!decl.events) continue;
          const byName = new Map();
          for (const event of decl.events) {
            const name = types.get(event.type?.text) ?? event.name;
            if (!name) continue;
            const seen = byName.get(name);
            byName.set(
              name,
              seen
                ? { ...event, ...seen, name, ...(event.type ? { type: event.type } : {}) }
                : { ...event, name },
            );
          }
          decl.events = [...byName.values()];
        }
      }
    },
  };
}

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/components/**/*.styles.ts'],
  litelement: true,
  plugins: [annalsPlugin()],
};
