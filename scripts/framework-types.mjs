#!/usr/bin/env node
// Types for React 19 JSX and Vue 3 templates, generated from custom-elements.json with
// @wc-toolkit/jsx-types and custom-element-vuejs-integration: every element's properties,
// attributes and events typed where a framework's templates use them. Written to
// dist/frameworks/ by `npm run build` (after the manifest), published as annals/react-types and
// annals/vue-types.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateJsxTypes } from '@wc-toolkit/jsx-types';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';
import { fileURLToPath } from 'node:url';

// Parts of <annals-timeline> that pages do not use on their own.
const exclude = ['AnnalsAxis', 'AnnalsOverview', 'AnnalsLegend'];

/**
 * The manifest without its read-only properties (`normalized`, `scene`, `orientation`, …): getters
 * a template cannot set (Vue's generator lists every public field as a prop, and setting one throws).
 */
const withoutReadonly = (manifest) => ({
  ...manifest,
  modules: manifest.modules.map((m) => ({
    ...m,
    declarations: m.declarations?.map((d) =>
      d.members ? { ...d, members: d.members.filter((x) => !x.readonly) } : d,
    ),
  })),
});

/** Writes react.d.ts and vue.d.ts for `manifest` (relative to the working directory) into `outdir`. */
export function writeFrameworkTypes(manifest, outdir) {
  generateJsxTypes(manifest, {
    outdir,
    fileName: 'react.d.ts',
    globalTypePath: '../index.js',
    exclude,
    stronglyTypedEvents: true,
  });
  // The JSX generator imports only what the elements' own modules export; the event classes are in
  // src/events.ts: import the ones the types name, from the same entry point.
  const eventTypes = new Set(
    manifest.modules.flatMap((m) =>
      (m.declarations ?? []).flatMap((d) =>
        (d.events ?? []).map((e) => e.type?.text).filter(Boolean),
      ),
    ),
  );
  const jsxFile = join(outdir, 'react.d.ts');
  // The generator types `ref` as the element or a callback taking it, which React's `useRef`
  // objects are not (`ref={timeline}` failed to type-check), and React calls a callback ref with
  // null when the element goes. Take both, as React's own `Ref<T>` does.
  const refProp = '  ref?: (T | ((e: T) => void)) | undefined;';
  const jsxWithRefs = readFileSync(jsxFile, 'utf8').replace(
    refProp,
    '  ref?: T | ((e: T | null) => void | (() => void)) | { current: T | null } | null | undefined;',
  );
  if (!jsxWithRefs.includes('{ current: T | null }'))
    throw new Error(`framework-types: react.d.ts has no "${refProp.trim()}" to widen`);
  const jsx = jsxWithRefs;
  const missing = [...eventTypes].filter(
    (t) => !new RegExp(`import type \\{[^}]*\\b${t}\\b`).test(jsx),
  );
  writeFileSync(
    jsxFile,
    missing.length ? `import type { ${missing.join(', ')} } from "../index.js";\n${jsx}` : jsx,
  );

  generateVuejsTypes(withoutReadonly(manifest), {
    outdir,
    fileName: 'vue.d.ts',
    globalTypePath: '../index.js',
    exclude,
  });

  // The Vue generator reads an event's type as its detail (`CustomEvent<AnnalsSelectEvent>`);
  // Annals' events are classes with their detail typed: name them as they are.
  const vueFile = join(outdir, 'vue.d.ts');
  // Vue's templates turn `@annals-select` into the prop `onAnnalsSelect`: declare that spelling too,
  // so the handler's type is checked.
  const camel = (name) => name.replace(/-(\w)/g, (_, c) => c.toUpperCase());
  writeFileSync(
    vueFile,
    readFileSync(vueFile, 'utf8')
      .replace(/CustomEvent<(Annals\w+Event)>/g, '$1')
      .replace(
        /^(\s*)"on(annals-[\w-]+)"\?: (.*)$/gm,
        (line, indent, name, type) => `${line}\n${indent}${camel(`on-${name}`)}?: ${type}`,
      ),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.chdir(fileURLToPath(new URL('..', import.meta.url)));
  writeFrameworkTypes(JSON.parse(readFileSync('custom-elements.json', 'utf8')), 'dist/frameworks');
}
