/**
 * Contrast of colours as WCAG 2 measures it, for the timeline's check of a page's own colours
 * (a publication's house style, a dark theme that forgot a token): each colour is read as the
 * browser computed it, `rgb()` or `rgba()`, laid over the background behind it, and compared.
 */

/** Red, green and blue (0–255) and alpha (0–1). */
export type Rgba = readonly [number, number, number, number];

/**
 * A computed colour, `rgb(26, 26, 26)`, `rgba(0, 0, 0, 0.5)` or `rgb(26 26 26 / 50%)`; null for
 * any other text (a colour a browser keeps in another space, `oklch(…)`, `color(display-p3 …)`,
 * is not guessed at).
 */
export function parseRgb(text: string): Rgba | null {
  const m = /^rgba?\(\s*([^)]*)\)$/i.exec(text.trim());
  if (!m) return null;
  const parts = m[1]!.split(/\s*[,/]\s*|\s+/).filter(Boolean);
  if (parts.length !== 3 && parts.length !== 4) return null;
  const value = (p: string, max: number) =>
    p.endsWith('%') ? (Number(p.slice(0, -1)) / 100) * max : Number(p);
  const [r, g, b] = parts.slice(0, 3).map((p) => value(p, 255)) as [number, number, number];
  const a = parts[3] === undefined ? 1 : value(parts[3], 1);
  return [r, g, b, a].every(Number.isFinite) ? [r, g, b, Math.min(1, Math.max(0, a))] : null;
}

/** `top` laid over `under` (opaque): what the eye sees. */
export function over(top: Rgba, under: Rgba): Rgba {
  const a = top[3];
  return [
    top[0] * a + under[0] * (1 - a),
    top[1] * a + under[1] * (1 - a),
    top[2] * a + under[2] * (1 - a),
    1,
  ];
}

/** WCAG 2's relative luminance of an opaque colour. */
export function luminance([r, g, b]: Rgba): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG 2's contrast ratio of two opaque colours, from 1 to 21. */
export function contrastRatio(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** A colour that must stand out from what is behind it. */
export interface ContrastNeed {
  /** What a reader sees in it, for the message: `'focus rings'`. */
  readonly what: string;
  /** What sets it, for the message: `'--annals-focus-ring'`, `'its color'`. */
  readonly token: string;
  readonly colour: Rgba;
  /** What it is drawn on (opaque). */
  readonly against: Rgba;
  /** The ratio WCAG asks: 4.5 for text (1.4.3), 3 for marks and rings (1.4.11). */
  readonly need: number;
}

const css = ([r, g, b, a]: Rgba) =>
  a < 1
    ? `rgba(${Math.round(r)}, ${Math.round(g)}, ${Math.round(b)}, ${a})`
    : `rgb(${Math.round(r)}, ${Math.round(g)}, ${Math.round(b)})`;

/**
 * A sentence for each colour below its ratio, laid over its background: `low contrast for focus
 * rings: --annals-focus-ring is rgb(11, 87, 208), 2.4:1 on rgb(16, 17, 20); WCAG 1.4.11 asks
 * 3:1`. Ratios are cut, not rounded, to one decimal, so 2.96 is never "3:1".
 */
export function lowContrast(needs: readonly ContrastNeed[]): string[] {
  const out: string[] = [];
  for (const n of needs) {
    const ratio = contrastRatio(over(n.colour, n.against), n.against);
    if (ratio >= n.need) continue;
    const sc = n.need >= 4.5 ? '1.4.3' : '1.4.11';
    out.push(
      `low contrast for ${n.what}: ${n.token} is ${css(n.colour)}, ` +
        `${Math.floor(ratio * 10) / 10}:1 on ${css(n.against)}; WCAG ${sc} asks ${n.need}:1`,
    );
  }
  return out;
}
