/**
 * The `annals` command: `annals render data.json -o timeline.svg` draws a dataset file (Annals
 * JSON, TimelineJS JSON or CSV) as a standalone SVG or PNG picture, with the same code as the
 * page's `toSVG()`. Bundled for Node by esbuild into `dist/cli.js` (scripts/bundle-options.mjs),
 * with the themes beside it in `dist/themes/`.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { toCivilDate } from '../core/date.js';
import type { GroupBy, Orientation } from '../core/scene-types.js';
import { readSourceBytes } from '../core/sources/index.js';
import type { Problem } from '../core/types.js';
import { formatProblem, inRowOrder, summarizeProblems, validateDataset } from '../core/validate.js';
import {
  DEFAULT_FONT_FAMILY,
  renderDatasetSvg,
  themeTokens,
  type TokenValues,
} from '../render/index.js';
import { endsBeforeStart } from '../render/dataset.js';

const USAGE = `Usage: annals render <data.json|data.csv> [options]

Draws a timeline (Annals JSON, TimelineJS JSON or CSV) as an SVG or PNG picture.

Options:
  -o, --output <file>     Write to <file>: .svg, or .png (2x, needs @resvg/resvg-js).
                          Without it, the SVG goes to standard output.
  --theme <name|file.css> default, dark, publication, high-contrast, auto, or a theme
                          stylesheet of your own (default: default)
  --width <px>            Width of the picture (default 1200)
  --from <date>           Start of the window shown (ISO date: 2009, 2013-05, 2013-05-10)
  --to <date>             End of the window shown, inclusive (2014: through 2014)
  --locale <tag>          Locale of the dates (BCP 47: en-GB, ru, kk; default en)
  --orientation <o>       horizontal (default) or vertical
  --group-by <g>          Rows of events: none, category or group (default: group for
                          TimelineJS data with groups, as the page draws it; else none)
  --gaps <g>              compress (default) long empty spans into axis breaks, or none
  --selected <id>         Ring the event with this id, as the page shows a selection
  --legend                Draw a key of the categories above the timeline
  -h, --help              Show this help

Exit status: 0 drawn; 1 the file could not be read or holds no event; 2 bad arguments.
`;

const THEMES = ['default', 'dark', 'publication', 'high-contrast', 'auto'] as const;
const ORIENTATIONS: readonly Orientation[] = ['horizontal', 'vertical'];
const GROUPS: readonly GroupBy[] = ['none', 'category', 'group'];
/** Problems printed before "and N more": enough to act on, few enough to read. */
const PROBLEM_LINES = 20;

/** Something wrong with the arguments: exit 2 with the usage. */
class UsageError extends Error {}
/** Something wrong with the input or the output: exit 1 with the message. */
class RunError extends Error {}

interface Streams {
  readonly stdout: { write(chunk: string | Uint8Array): unknown };
  readonly stderr: { write(chunk: string): unknown };
}

interface RenderArgs {
  readonly file: string;
  readonly output?: string;
  readonly theme: string;
  readonly width: number;
  readonly from?: string;
  readonly to?: string;
  readonly locale?: string;
  readonly orientation: Orientation;
  /** Undefined when not given: rows by group for TimelineJS data with groups, as the page. */
  readonly groupBy: GroupBy | undefined;
  readonly gaps: boolean;
  readonly selected?: string;
  readonly legend: boolean;
}

function oneOf<T extends string>(
  name: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${name} must be one of ${allowed.join(', ')}, not "${value}"`);
}

function dateArg(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const parsed = toCivilDate(value);
  if (!parsed.ok)
    throw new UsageError(`--${name}: cannot read the date "${value}": ${parsed.reason}`);
  return value;
}

/** The arguments of `annals render`, or a UsageError; null for --help. */
function parseRenderArgs(argv: readonly string[]): RenderArgs | null {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        output: { type: 'string', short: 'o' },
        theme: { type: 'string' },
        width: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        locale: { type: 'string' },
        orientation: { type: 'string' },
        'group-by': { type: 'string' },
        gaps: { type: 'string' },
        selected: { type: 'string' },
        legend: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
  const { values: v, positionals } = parsed;
  if (v.help) return null;
  const [command, file, ...rest] = positionals;
  if (command !== 'render')
    throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
  if (!file) throw new UsageError('no data file given');
  if (rest.length) throw new UsageError(`unexpected argument "${rest[0]}"`);
  const width = v.width === undefined ? 1200 : Number(v.width);
  if (!(Number.isFinite(width) && width >= 100 && width <= 10_000))
    throw new UsageError(`--width must be a number of px from 100 to 10000, not "${v.width}"`);
  const theme = v.theme ?? 'default';
  if (!theme.endsWith('.css') && !(THEMES as readonly string[]).includes(theme))
    throw new UsageError(
      `--theme must be one of ${THEMES.join(', ')} or a .css file, not "${theme}"`,
    );
  const from = dateArg('from', v.from);
  const to = dateArg('to', v.to);
  // A window whose (inclusive) end comes before its start is a mistake in the arguments, not a
  // window that misses the data.
  if (from !== undefined && to !== undefined && endsBeforeStart(from, to))
    throw new UsageError(`--to ${to} ends before --from ${from} begins`);
  const output = v.output === '-' ? undefined : v.output;
  if (output !== undefined && !/\.(svg|png)$/i.test(output))
    throw new UsageError(`--output must end in .svg or .png, not "${output}"`);
  return {
    file,
    output,
    theme,
    width,
    from,
    to,
    locale: v.locale,
    orientation: oneOf('orientation', v.orientation, ORIENTATIONS, 'horizontal'),
    groupBy:
      v['group-by'] === undefined ? undefined : oneOf('group-by', v['group-by'], GROUPS, 'none'),
    gaps: oneOf('gaps', v.gaps, ['compress', 'none'] as const, 'compress') === 'compress',
    selected: v.selected,
    legend: !!v.legend,
  };
}

const why = (e: unknown) =>
  (e as NodeJS.ErrnoException)?.code === 'ENOENT'
    ? 'no such file'
    : (e as NodeJS.ErrnoException)?.code === 'EISDIR'
      ? 'it is a directory'
      : e instanceof Error
        ? e.message
        : String(e);

/** A theme's token values: a shipped theme from `themes/` beside this script, or a stylesheet. */
async function readTheme(theme: string): Promise<TokenValues> {
  if (theme === 'default') return {};
  const path = theme.endsWith('.css')
    ? theme
    : fileURLToPath(new URL(`./themes/${theme}.css`, import.meta.url));
  let css: string;
  try {
    css = await readFile(path, 'utf8');
  } catch (e) {
    throw new RunError(`cannot read the theme ${path}: ${why(e)}`);
  }
  return themeTokens(css);
}

function reportProblems(
  file: string,
  problems: readonly Problem[],
  dropped: number,
  err: Streams['stderr'],
) {
  if (!problems.length) return;
  const { shown, more } = summarizeProblems(problems, PROBLEM_LINES);
  const n = problems.length;
  err.write(
    `annals: ${n} problem${n === 1 ? '' : 's'} in ${file}` +
      (dropped ? `; ${dropped} event${dropped === 1 ? '' : 's'} left out` : '') +
      ':\n',
  );
  for (const p of shown) err.write(`  - ${formatProblem(p)}\n`);
  if (more) err.write(`  … and ${more} more\n`);
}

/** PNG at twice the size, through resvg (an optional dependency) with the system's fonts. */
async function toPng(svg: string): Promise<Uint8Array> {
  let Resvg: typeof import('@resvg/resvg-js').Resvg;
  try {
    const mod = (await import('@resvg/resvg-js')) as typeof import('@resvg/resvg-js') & {
      default?: typeof import('@resvg/resvg-js');
    };
    Resvg = mod.Resvg ?? mod.default!.Resvg;
  } catch (e) {
    throw new RunError(
      `PNG needs the optional package @resvg/resvg-js, which could not be loaded (${why(e).split('\n')[0]}).\n` +
        'Install it (npm install @resvg/resvg-js), or write SVG instead: -o out.svg',
    );
  }
  const png = new Resvg(svg, {
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
    fitTo: { mode: 'zoom', value: 2 },
  })
    .render()
    .asPng();
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}

async function render(args: RenderArgs, io: Streams): Promise<void> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(args.file);
  } catch (e) {
    throw new RunError(`cannot read ${args.file}: ${why(e)}`);
  }
  const read = readSourceBytes(bytes, { url: args.file });
  if (!read.ok) throw new RunError(`cannot read ${args.file}: ${read.message}`);
  const { dataset, problems, dropped } = validateDataset(read.input, read.names);
  reportProblems(
    args.file,
    inRowOrder([...read.problems, ...problems]),
    read.dropped + dropped,
    io.stderr,
  );
  if (!dataset.events.length) throw new RunError(`${args.file} holds no event that can be shown`);
  if (args.selected !== undefined && !dataset.events.some((e) => e.id === args.selected))
    io.stderr.write(`annals: no event has the id "${args.selected}"; nothing is ringed\n`);
  const theme = await readTheme(args.theme);
  const svg = renderDatasetSvg(dataset, {
    width: args.width,
    orientation: args.orientation,
    from: args.from,
    to: args.to,
    locale: args.locale,
    theme,
    fontFamily: DEFAULT_FONT_FAMILY,
    // As the page draws it: TimelineJS's groups are rows unless --group-by says otherwise.
    groupBy:
      args.groupBy ??
      (read.as.startsWith('timelinejs') && dataset.events.some((e) => e.group) ? 'group' : 'none'),
    gaps: args.gaps,
    selected: args.selected,
    // Drawn on its own however dense its surroundings, as the page draws a selection.
    pinned: args.selected === undefined ? undefined : [args.selected],
    legend: args.legend,
    // A file without a title of its own (CSV) is named after the file.
    title: dataset.title || basename(args.file, extname(args.file)),
  });
  if (args.output === undefined) {
    io.stdout.write(svg);
    return;
  }
  const data = /\.png$/i.test(args.output) ? await toPng(svg) : svg;
  try {
    await writeFile(args.output, data);
  } catch (e) {
    throw new RunError(`cannot write ${args.output}: ${why(e)}`);
  }
}

/** Runs the command with its arguments (without `node` and the script); resolves to the exit status. */
async function main(
  argv: readonly string[],
  io: Streams = { stdout: process.stdout, stderr: process.stderr },
): Promise<number> {
  try {
    const args = parseRenderArgs(argv);
    if (!args) {
      io.stdout.write(USAGE);
      return 0;
    }
    await render(args, io);
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`annals: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    io.stderr.write(`annals: ${e instanceof RunError ? e.message : why(e)}\n`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
