// The bundle pages load with one script tag, dist/annals.js, built the same way by the build, the
// demo server and the benchmark. It is one file: nothing is imported from it at load. What only
// some pages need is bundled apart and imported by it, from its own directory, when first needed:
// chunks/dompurify.js (rich text), chunks/sources.js (the TimelineJS and CSV readers for `src`),
// chunks/messages-ru.js and chunks/messages-kk.js (the Russian and Kazakh words),
// chunks/export.js (toSVG, toPNG and the download buttons), chunks/markup.js (the reader of
// <annals-event>, <annals-era> and <annals-category> children) and chunks/contrast.js (the check
// of a page's colours, run when idle). Each lazy bundle carries its own copy
// of the code it shares with the main one.
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { build, transform } from 'esbuild';
import { readFile } from 'node:fs/promises';
import ts from 'typescript';
import { fileURLToPath } from 'node:url';

/** The repository's root, with a trailing slash. */
const root = fileURLToPath(new URL('..', import.meta.url));

const common = {
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  tsconfig: 'tsconfig.json',
  legalComments: 'eof',
  // Production Lit (no dev-mode warnings).
  conditions: ['production'],
  logLevel: 'warning',
};

/**
 * Lazy imports in the source, and the file the main bundle imports instead: a package by its name,
 * a source file by its path (the `import('./ru.js')` of src/core/messages/load.ts names ru.ts).
 */
const LAZY = [
  { entry: 'dompurify', file: 'chunks/dompurify.js' },
  { entry: 'src/core/sources/index.ts', file: 'chunks/sources.js' },
  { entry: 'src/core/messages/ru.ts', file: 'chunks/messages-ru.js' },
  { entry: 'src/core/messages/kk.ts', file: 'chunks/messages-kk.js' },
  { entry: 'src/components/timeline/export.ts', file: 'chunks/export.js' },
  { entry: 'src/components/markup/read-markup.ts', file: 'chunks/markup.js' },
  { entry: 'src/components/contrast-check.ts', file: 'chunks/contrast.js' },
];

/**
 * Keeps the lazy imports out of the main bundle, pointing at their own files. A dynamic import
 * that is not in LAZY fails the build: esbuild would inline it, and it would load with the page.
 */
const lazyImports = {
  name: 'annals-lazy-imports',
  setup(b) {
    b.onResolve({ filter: /.*/ }, ({ kind, path, resolveDir }) => {
      if (kind !== 'dynamic-import') return undefined;
      const entry = path.startsWith('.')
        ? relative(root, resolve(resolveDir, path)).replace(/\.js$/, '.ts')
        : path;
      const lazy = LAZY.find((l) => l.entry === entry);
      return lazy
        ? { path: `./${lazy.file}`, external: true }
        : { errors: [{ text: `import('${path}') is not a lazy chunk: add it to LAZY` }] };
    });
  },
};

/**
 * d3-zoom imports d3-transition (with d3-interpolate's zoom interpolator behind it) for two
 * things: animated double-click zooms, which Annals replaces with its own handler, and
 * `interrupt`, which stops running transitions. Annals starts no d3 transition (its view animates
 * itself), so every interrupt finds nothing to stop. The bundle gets those same no-ops instead of
 * the transition engine (about 3.5 KiB min+gzip); a `.transition()` call would fail loudly.
 * scripts/check-examples.mjs zooms and pans the bundle with a real wheel and drag.
 */
const noTransitions = {
  name: 'annals-no-d3-transition',
  setup(b) {
    b.onResolve({ filter: /^d3-transition$/ }, () => ({
      path: 'd3-transition',
      namespace: 'annals-no-transition',
    }));
    b.onLoad({ filter: /.*/, namespace: 'annals-no-transition' }, () => ({
      contents: `import { selection } from 'd3-selection';
        export function interrupt() {}
        selection.prototype.interrupt = function () { return this; };`,
      resolveDir: process.cwd(),
      loader: 'js',
    }));
  },
};

/**
 * d3-scale's time scale brings two packages Annals never runs, both for things its scales do not
 * do: d3-interpolate's general `interpolate` (colours, strings, objects, with d3-color behind it)
 * where Annals' ranges are always numbers, and d3-time-format for `tickFormat()`, where Annals
 * writes its own labels with Intl in the reader's language (core/ticks.ts). The bundle gets the
 * numeric interpolators d3-scale calls, as d3-interpolate defines them (`a * (1 - t) + b * t`), and
 * formatters that fail loudly if anything ever asks for a d3 format: about 9 KiB min+gzip less in
 * annals.js, and as much in chunks/export.js, which lays out a scene too.
 * Source, tests and the ESM build keep the real packages; scripts/check-examples.mjs drives the
 * bundle's scales (zoom, pan, fit) in Chromium.
 */
export const numericScales = {
  name: 'annals-numeric-scales',
  setup(b) {
    b.onResolve({ filter: /^d3-(interpolate|time-format)$/ }, (args) => ({
      path: args.path,
      namespace: 'annals-numeric-scales',
    }));
    const unsupported = (what) =>
      `() => { throw new Error(${JSON.stringify(`annals bundle: ${what} is not included`)}); }`;
    const contents = {
      'd3-interpolate': `
        export function interpolateNumber(a, b) {
          return (a = +a), (b = +b), (t) => a * (1 - t) + b * t;
        }
        export function interpolateRound(a, b) {
          return (a = +a), (b = +b), (t) => Math.round(a * (1 - t) + b * t);
        }
        export function interpolate(a, b) {
          if (typeof b !== 'number') (${unsupported("d3-interpolate's interpolate of non-numbers")})();
          return interpolateNumber(a, b);
        }
        export const piecewise = ${unsupported("d3-interpolate's piecewise")};
        export const interpolateZoom = ${unsupported("d3-interpolate's interpolateZoom")};`,
      'd3-time-format': `
        const format = () => ${unsupported('d3-time-format')};
        export { format as timeFormat, format as utcFormat };`,
    };
    b.onLoad({ filter: /.*/, namespace: 'annals-numeric-scales' }, (args) => ({
      contents: contents[args.path],
      resolveDir: process.cwd(),
      loader: 'js',
    }));
  },
};

/**
 * The elements' templates are written for people: indented and commented. esbuild minifies the
 * code around them but leaves template text as it is, so in the main bundle:
 * - each stylesheet (Lit's css`…`) is minified with esbuild's own CSS minifier; an interpolation
 *   (`${unsafeCSS(…)}`, which only ever stands for declarations) is kept through it as a
 *   placeholder declaration, and one that does not come back out fails the build;
 * - in each html`…` and svg`…` template, a run of white space that holds a line break becomes one
 *   space, which HTML draws the same (no element of Annals keeps white space as written).
 * Templates are found with the TypeScript parser, so text in code or strings is never touched.
 */
export const minifyTemplates = {
  name: 'annals-minify-templates',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async ({ path }) => {
      const text = await readFile(path, 'utf8');
      if (!/\b(css|html|svg)`/.test(text)) return undefined;
      const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
      /** Replacements of [start, end) ranges of the file, made from the end backwards. */
      const edits = [];
      const visit = (node) => {
        if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag)) {
          const tag = node.tag.text;
          const t = node.template;
          if (tag === 'css') edits.push(cssEdit(t, text, path));
          else if (tag === 'html' || tag === 'svg')
            for (const q of ts.isNoSubstitutionTemplateLiteral(t)
              ? [t]
              : [t.head, ...t.templateSpans.map((sp) => sp.literal)]) {
              // The raw text between the quasi's delimiters (` or } before, ` or ${ after).
              const from = q.getStart(file) + 1;
              const to =
                q.end -
                (q.kind === ts.SyntaxKind.TemplateHead || q.kind === ts.SyntaxKind.TemplateMiddle
                  ? 2
                  : 1);
              const raw = text.slice(from, to);
              // A line continuation (backslash, line break) is left as written.
              if (/\\\r?\n/.test(raw)) continue;
              const squeezed = raw.replace(/[ \t]*\n\s*/g, ' ');
              if (squeezed !== raw) edits.push({ from, to, text: squeezed });
            }
        }
        ts.forEachChild(node, visit);
      };
      visit(file);
      const done = await Promise.all(edits);
      let out = text;
      for (const e of done.filter(Boolean).sort((a, b) => b.from - a.from))
        out = out.slice(0, e.from) + e.text + out.slice(e.to);
      return { contents: out, loader: 'ts' };
    });
  },
};

/**
 * A css`…` template minified: the edit that replaces its text between the backticks. Its
 * interpolations are read from the syntax tree; each must stand where declarations do (after
 * `{` or `;`, before `;` or `}`), or the build fails rather than minify around it.
 */
async function cssEdit(t, text, path) {
  const from = t.getStart() + 1;
  const to = t.end - 1;
  const quasis = ts.isNoSubstitutionTemplateLiteral(t)
    ? [t]
    : [t.head, ...t.templateSpans.map((sp) => sp.literal)];
  const body = (q) =>
    text.slice(
      q.getStart() + 1,
      q.end -
        (q.kind === ts.SyntaxKind.TemplateHead || q.kind === ts.SyntaxKind.TemplateMiddle ? 2 : 1),
    );
  const holes = ts.isNoSubstitutionTemplateLiteral(t)
    ? []
    : t.templateSpans.map((sp) => text.slice(sp.expression.getStart(), sp.expression.end));
  let plain = body(quasis[0]);
  holes.forEach((expr, i) => {
    const after = body(quasis[i + 1]);
    if (!/[{;]\s*$/.test(plain) || !/^\s*[;}\n]/.test(after))
      throw new Error(`${path}: css\` interpolation \${${expr}} must stand where declarations do`);
    plain += `--annals-hole-${i}: 0;` + after;
  });
  const { code } = await transform(plain, { loader: 'css', minify: true, logLevel: 'error' });
  let css = code.trim();
  holes.forEach((expr, i) => {
    const hole = new RegExp(`--annals-hole-${i}:\\s*0;?`);
    if (!hole.test(css)) throw new Error(`${path}: a css\` interpolation was lost in minifying`);
    css = css.replace(hole, `\${${expr}};`);
  });
  return { from, to, text: css.replace(/`/g, '\\`') };
}

/**
 * Builds dist/annals.js and its lazy bundles into `outdir`. `extra` is passed to every build
 * (sourcemap, write: false, metafile…). Returns esbuild's results, the main bundle's first.
 */
export async function buildBundles(outdir, extra = {}) {
  const main = build({
    ...common,
    ...extra,
    entryPoints: ['src/define.ts'],
    outfile: `${outdir}/annals.js`,
    plugins: [lazyImports, noTransitions, numericScales, minifyTemplates],
    // V8's explicit compile hint (Chrome 136 and later; a plain comment elsewhere): compile every
    // function as the file loads, on a background thread while it streams in, rather than each on
    // the main thread the first time it runs, which is during a timeline's first render. What
    // only some pages run is in the lazy chunks, so little is compiled for nothing.
    banner: { js: '//# allFunctionsCalledOnLoad' },
  });
  const lazy = LAZY.map(({ entry, file }) =>
    build({
      ...common,
      ...extra,
      entryPoints: [entry],
      outfile: `${outdir}/${file}`,
      plugins: [numericScales],
    }),
  );
  return Promise.all([main, ...lazy]);
}

/**
 * Builds the `annals` command (src/cli/annals.ts) into `${outdir}/cli.js` for Node, and copies the
 * themes it reads into `${outdir}/themes/`. Its dependencies are bundled but for resvg, an
 * optional native package it imports only to write PNG. The tests build it the same way.
 */
export async function buildCli(outdir, extra = {}) {
  const result = await build({
    entryPoints: [`${root}src/cli/annals.ts`],
    outfile: `${outdir}/cli.js`,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    tsconfig: `${root}tsconfig.json`,
    banner: { js: '#!/usr/bin/env node' },
    external: ['@resvg/resvg-js'],
    legalComments: 'eof',
    logLevel: 'warning',
    ...extra,
  });
  copyThemes(`${outdir}/themes`);
  return result;
}

/** Copies the theme stylesheets (src/themes/*.css) into `dir`, as the package ships them. */
export function copyThemes(dir) {
  const themes = `${root}src/themes`;
  if (!existsSync(themes)) return [];
  mkdirSync(dir, { recursive: true });
  const files = readdirSync(themes).filter((f) => f.endsWith('.css'));
  for (const f of files) copyFileSync(`${themes}/${f}`, `${dir}/${f}`);
  return files;
}
