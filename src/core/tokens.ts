/**
 * Every visual decision of Annals as a public `--annals-*` custom property, in one table. Each
 * element reads each public token once, into a private `--_*` one, and its styles use only the
 * private ones; the sizes the Scene needs come from the same tokens; the SVG export and the Node
 * CLI resolve the same table (with a theme's values over it), so page, export and print agree.
 * A test checks that every token here is documented on the elements and used, and that no style
 * reads a public token anywhere else.
 */
import type { Metrics } from './metrics.js';

export type TokenGroup =
  'type' | 'colour' | 'category' | 'line' | 'size' | 'space' | 'axis' | 'card' | 'overview';

export interface Token {
  /** The public name a page sets. */
  readonly name: `--annals-${string}`;
  /** The private property the styles use. */
  readonly private: `--_${string}`;
  /**
   * The default: CSS text, which may refer to other private tokens (`var(--_accent)`). Null for
   * a token with no default (the font follows the page).
   */
  readonly value: string | null;
  readonly group: TokenGroup;
  /** The layout metric that this token sets, when the Scene needs it. */
  readonly metric?: keyof Metrics;
  /**
   * A size that holds text: unless a page sets it, it grows with the font size, in proportion
   * from `BASE_FONT_SIZE` and never below `value` (lanes of 44px at 13px are 54px at 16px).
   */
  readonly grows?: boolean;
}

/** The font size, in px, that the default sizes are drawn for. */
export const BASE_FONT_SIZE = 13;

const t = (
  name: Token['name'],
  priv: Token['private'],
  value: string | null,
  group: TokenGroup,
  metric?: keyof Metrics,
  grows?: 'grows',
): Token =>
  Object.freeze({ name, private: priv, value, group, metric, ...(grows ? { grows: true } : {}) });

/** The category palette of the default theme: restrained, each at least 4.5:1 on white. */
export const PALETTE = ['#1f5f99', '#b0432a', '#2e7d32', '#7b3fa0', '#8a6300', '#00707a'] as const;

export const TOKENS: readonly Token[] = Object.freeze([
  // Type
  t('--annals-font', '--_font', null, 'type'),
  // 13px, or more where the reader's default font size is larger (a root of 200%: 26px).
  t('--annals-font-size', '--_font-size', 'max(13px, 0.8125rem)', 'type'),
  t('--annals-heading-font', '--_heading-font', 'var(--_font)', 'type'),
  t('--annals-heading-weight', '--_heading-weight', '700', 'type'),
  t('--annals-title-size', '--_title-size', '1.3em', 'type'),
  // Colours
  t('--annals-color-text', '--_text', '#1a1a1a', 'colour'),
  t('--annals-color-muted', '--_muted', '#5c5f66', 'colour'),
  t('--annals-color-background', '--_bg', '#ffffff', 'colour'),
  t('--annals-color-surface', '--_surface', '#f3f3f1', 'colour'),
  t('--annals-color-line', '--_line', '#80858c', 'colour'),
  t('--annals-color-rule', '--_rule', '#dcdcd8', 'colour'),
  t('--annals-color-accent', '--_accent', '#1a5b94', 'colour'),
  t('--annals-focus-ring', '--_focus', '#0b57d0', 'colour'),
  t('--annals-selected-color', '--_selected', '#b3261e', 'colour'),
  t('--annals-match-background', '--_match', '#ffec8c', 'colour'),
  t('--annals-match-color', '--_match-text', '#1a1a1a', 'colour'),
  t('--annals-marker-color', '--_marker', 'var(--_accent)', 'colour'),
  t('--annals-era-background', '--_era', 'rgba(26, 91, 148, 0.06)', 'colour'),
  t('--annals-era-color', '--_era-text', 'var(--_muted)', 'colour'),
  t('--annals-break-stripe', '--_break', 'rgba(0, 0, 0, 0.07)', 'colour'),
  t('--annals-grid-color', '--_grid', '#ececea', 'colour'),
  // Categories
  ...PALETTE.map((c, i) => t(`--annals-category-${i}`, `--_cat-${i}`, c, 'category')),
  // Lines
  t('--annals-rule-width', '--_rule-width', '1px', 'line'),
  t('--annals-axis-width', '--_axis-width', '1px', 'line'),
  t('--annals-focus-width', '--_focus-width', '3px', 'line'),
  t('--annals-selected-width', '--_selected-width', '3px', 'line'),
  // Sizes the layout uses
  t('--annals-lane-height', '--_m-lane-height', '44px', 'size', 'laneHeight', 'grows'),
  t('--annals-marker-size', '--_m-marker-size', '14px', 'size', 'markerSize'),
  t('--annals-label-line-height', '--_m-label-line-height', '16px', 'size', 'labelLine', 'grows'),
  t('--annals-axis-size', '--_m-axis-size', '32px', 'size', 'axisSize', 'grows'),
  t('--annals-era-band', '--_m-era-band', '22px', 'size', 'eraBand', 'grows'),
  t('--annals-gutter', '--_m-gutter', '72px', 'size', 'gutter', 'grows'),
  t('--annals-cluster-height', '--_m-cluster-height', '26px', 'size', 'clusterStrip', 'grows'),
  // Spacing and shape
  t('--annals-gap', '--_gap', '10px', 'space'),
  t('--annals-radius', '--_radius', '3px', 'space'),
  t('--annals-control-height', '--_control-height', '32px', 'space'),
  // Axis
  t('--annals-axis-color', '--_axis', 'var(--_text)', 'axis'),
  t('--annals-axis-label-color', '--_axis-label', 'var(--_muted)', 'axis'),
  t('--annals-axis-sticky-offset', '--_axis-sticky-offset', '0px', 'axis'),
  // Overview
  t('--annals-overview-height', '--_overview-height', '28px', 'overview'),
  t('--annals-overview-mark', '--_overview-mark', 'var(--_muted)', 'overview'),
  t('--annals-overview-window', '--_overview-window', 'rgba(26, 91, 148, 0.14)', 'overview'),
  // Card
  t('--annals-card-background', '--_card-bg', 'var(--_bg)', 'card'),
  t('--annals-card-border', '--_card-border', 'var(--_rule)', 'card'),
  t('--annals-card-padding', '--_card-padding', '18px 0 8px', 'card'),
  t('--annals-card-title-size', '--_card-title-size', '1.45em', 'card'),
  t('--annals-card-measure', '--_card-measure', '38em', 'card'),
]);

/** The tokens by public name. */
export const TOKEN_BY_NAME: ReadonlyMap<string, Token> = new Map(TOKENS.map((k) => [k.name, k]));

/** The declarations that read each public token into its private one (CSS text for `:host`). */
export function tokenDeclarations(tokens: readonly Token[] = TOKENS): string {
  return tokens
    .map((k) => {
      const fallback = k.grows ? grownDefaultCss(k) : k.value;
      return `${k.private}: var(${k.name}${fallback === null ? '' : `, ${fallback}`});`;
    })
    .join('\n');
}

/** A growing size's default as CSS: `max(44px, calc(44em / 13))`, in px at the element. */
function grownDefaultCss(k: Token): string {
  return `max(${k.value}, calc(${parseFloat(k.value!)}em / ${BASE_FONT_SIZE}))`;
}

/**
 * A size of `size` px at `BASE_FONT_SIZE`, grown for a font of `fontSize` px: 44 at 13, 54.15…
 * at 16; never smaller than `size`.
 */
export function grow(size: number, fontSize: number): number {
  const grown = (size * fontSize) / BASE_FONT_SIZE;
  return Number.isFinite(grown) && grown > size ? grown : size;
}

/**
 * A CSS length in px (`13px`, `0.8em`, `1rem`, `12`), or `fallback`: `em` and `%` are of `em` px,
 * `rem` of 16. `max()`, `min()` and `clamp()` of such lengths are read too, as the themes write
 * their font size (`max(13px, 0.8125rem)`).
 */
export function cssPx(text: string | undefined, fallback: number, em = 16): number {
  const f = /^\s*(max|min|clamp)\((.*)\)\s*$/i.exec(text ?? '');
  if (f) {
    const args = f[2]!.split(',').map((arg) => cssPx(arg, NaN, em));
    const name = f[1]!.toLowerCase();
    const out =
      name !== 'clamp'
        ? Math[name as 'max' | 'min'](...args)
        : args.length === 3
          ? Math.max(args[0]!, Math.min(args[1]!, args[2]!))
          : NaN;
    return Number.isFinite(out) && out >= 0 ? out : fallback;
  }
  const m = /^\s*(-?(?:\d+\.?\d*|\.\d+))\s*(px|em|rem|%)?\s*$/i.exec(text ?? '');
  if (!m) return fallback;
  const v = parseFloat(m[1]!);
  const unit = (m[2] ?? 'px').toLowerCase();
  const out = unit === 'px' ? v : unit === 'em' ? v * em : unit === 'rem' ? v * 16 : (v / 100) * em;
  return Number.isFinite(out) && out >= 0 ? out : fallback;
}

/** Public token values a theme or a page sets (`{'--annals-color-text': '#000'}`). */
export type TokenValues = Readonly<Record<string, string>>;

/**
 * Every private token's value, resolved: the page's or theme's values over the defaults, with
 * `var(--_x)` references to other tokens substituted (as the browser would), for renderers
 * without CSS such as the SVG export in Node. A token with no value resolves to `fallback`'s.
 */
export function resolveTokens(
  values: TokenValues = {},
  fallback: TokenValues = {},
): Readonly<Record<string, string>> {
  const raw = new Map<string, string>();
  for (const k of TOKENS) {
    const v = values[k.name]?.trim() || k.value || fallback[k.name] || '';
    raw.set(k.private, v);
  }
  const out: Record<string, string> = {};
  const given = (k: Token) => !!(values[k.name]?.trim() || fallback[k.name]);
  const resolve = (text: string, depth: number): string =>
    depth > 8
      ? text
      : text.replace(/var\((--_[\w-]+)(?:,\s*([^()]*))?\)/g, (_, name: string, fb?: string) =>
          resolve(raw.get(name) ?? fb ?? '', depth + 1),
        );
  for (const [name, v] of raw) out[name] = resolve(v, 0);
  // Sizes as the elements' CSS has them: unset, those that hold text grow with the font; set to
  // what is not a length, the plain default (the registered property's initial value).
  const font = cssPx(out['--_font-size'], BASE_FONT_SIZE);
  for (const k of TOKENS) {
    if (!k.metric) continue;
    if (k.grows && !given(k)) out[k.private] = `${grow(parseFloat(k.value!), font)}px`;
    else if (sizeLength(out[k.private], font) === null) out[k.private] = k.value!;
  }
  return out;
}

/**
 * A size token's value in px, as a registered `<length>` reads it, or null: a positive number
 * with a unit (`px`, `em` of `em` px, `rem` of 16). A bare number or a percentage is not a
 * length; `calc()` is one to the browser only.
 */
export function sizeLength(text: string | undefined, em: number): number | null {
  // Read here, not by cssPx, which the page's bundle then leaves to the export's chunk.
  const m = /^\s*(\d+\.?\d*|\.\d+)\s*(px|em|rem)\s*$/i.exec(text ?? '');
  if (!m) return null;
  const unit = m[2]!.toLowerCase();
  const v = parseFloat(m[1]!) * (unit === 'px' ? 1 : unit === 'em' ? em : 16);
  return Number.isFinite(v) && v > 0 && v < 10_000 ? v : null;
}

/**
 * The `--annals-*` declarations of a theme's stylesheet: those of its first rule outside any
 * `@media` block (its light, screen values). Comments are ignored.
 */
export function themeTokens(cssText: string): TokenValues {
  const text = cssText.replace(/\/\*[\s\S]*?\*\//g, '');
  const out: Record<string, string> = {};
  // The first block that is not inside an at-rule: skip `@…{ … }` blocks by brace depth.
  let depth = 0;
  let start = -1;
  let atDepth = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '@' && depth === 0) atDepth = 0;
    if (ch === ';' && depth === 0) atDepth = -1;
    if (ch === '{') {
      if (depth === 0 && atDepth < 0) start = i + 1;
      depth++;
    } else if (ch === '}') {
      depth--;
      if (depth === 0) {
        if (start >= 0) {
          for (const m of text.slice(start, i).matchAll(/(--annals-[\w-]+)\s*:\s*([^;]+);?/g))
            out[m[1]!] = m[2]!.trim();
          return out;
        }
        atDepth = -1;
      }
    }
  }
  return out;
}

/** A token's default as documentation shows it: references to other tokens by their public name. */
export function tokenDefaultText(token: Token): string {
  const byPrivate = new Map<string, string>(TOKENS.map((k) => [k.private, k.name]));
  return (token.value ?? '').replace(
    /var\((--_[\w-]+)\)/g,
    (whole, name: string) => byPrivate.get(name) ?? whole,
  );
}
