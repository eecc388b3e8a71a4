/**
 * CSS colours checked without a browser. A dataset's colour ends up in a style attribute, so it
 * must be a colour and nothing more: a dataset is data, not CSS, and `var()`, `calc()`, `url()` or
 * a second declaration after `;` have no place in it.
 */

/** The named colours of CSS Color 4, with `transparent` and `currentcolor`. */
export const NAMED_COLORS: ReadonlySet<string> = new Set(
  `aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet
  brown burlywood cadetblue chartreuse chocolate coral cornflowerblue cornsilk crimson cyan
  darkblue darkcyan darkgoldenrod darkgray darkgreen darkgrey darkkhaki darkmagenta darkolivegreen
  darkorange darkorchid darkred darksalmon darkseagreen darkslateblue darkslategray darkslategrey
  darkturquoise darkviolet deeppink deepskyblue dimgray dimgrey dodgerblue firebrick floralwhite
  forestgreen fuchsia gainsboro ghostwhite gold goldenrod gray green greenyellow grey honeydew
  hotpink indianred indigo ivory khaki lavender lavenderblush lawngreen lemonchiffon lightblue
  lightcoral lightcyan lightgoldenrodyellow lightgray lightgreen lightgrey lightpink lightsalmon
  lightseagreen lightskyblue lightslategray lightslategrey lightsteelblue lightyellow lime
  limegreen linen magenta maroon mediumaquamarine mediumblue mediumorchid mediumpurple
  mediumseagreen mediumslateblue mediumspringgreen mediumturquoise mediumvioletred midnightblue
  mintcream mistyrose moccasin navajowhite navy oldlace olive olivedrab orange orangered orchid
  palegoldenrod palegreen paleturquoise palevioletred papayawhip peachpuff peru pink plum
  powderblue purple rebeccapurple red rosybrown royalblue saddlebrown salmon sandybrown seagreen
  seashell sienna silver skyblue slateblue slategray slategrey snow springgreen steelblue tan teal
  thistle tomato turquoise violet wheat white whitesmoke yellow yellowgreen
  transparent currentcolor`.split(/\s+/),
);

const HEX = /^#(?:[\da-f]{3,4}|[\da-f]{6}|[\da-f]{8})$/i;

// The pieces of the functional notations, as regular-expression source.
const WS = '[ \\t\\n\\r\\f]';
const NUMBER = '[+-]?(?:\\d+(?:\\.\\d+)?|\\.\\d+)(?:e[+-]?\\d+)?';
const PERCENT = `${NUMBER}%`;
const ANGLE = `${NUMBER}(?:deg|rad|grad|turn)?`;
/** A component of the space-separated syntax: a number, a percentage or `none`. */
const C = `(?:${NUMBER}%?|none)`;
/** A hue of the space-separated syntax. */
const H = `(?:${ANGLE}|none)`;
/** The colour spaces `color()` names. */
const SPACE = `(?:${'srgb srgb-linear display-p3 a98-rgb prophoto-rgb rec2020 xyz xyz-d50 xyz-d65'
  .split(' ')
  .join('|')})`;

/** Space-separated parts with an optional `/ alpha`, as CSS Color 4 writes every notation. */
const modern = (...parts: string[]) => `${WS}*${parts.join(`${WS}+`)}${WS}*(?:/${WS}*${C}${WS}*)?`;

/** `a, b, c` with an optional `, alpha`, as `rgb()` and `hsl()` were first written (no `none`). */
const legacy = (a: string, b: string, c: string) =>
  [a, b, c].map((x) => `${WS}*${x}${WS}*`).join(',') + `(?:,${WS}*${NUMBER}%?${WS}*)?`;

/** Each notation (name pattern) and its arguments. */
const NOTATIONS: readonly (readonly [name: string, args: string])[] = [
  ['rgba?', modern(C, C, C)],
  ['rgba?', legacy(NUMBER, NUMBER, NUMBER)],
  ['rgba?', legacy(PERCENT, PERCENT, PERCENT)],
  ['hsla?', modern(H, C, C)],
  ['hsla?', legacy(ANGLE, PERCENT, PERCENT)],
  ['hwb', modern(H, C, C)],
  ['(?:ok)?lab', modern(C, C, C)],
  ['(?:ok)?lch', modern(C, C, H)],
  ['color', modern(SPACE, C, C, C)],
];

const FUNCTIONAL = new RegExp(
  `^(?:${NOTATIONS.map(([name, args]) => `${name}\\((?:${args})\\)`).join('|')})$`,
  'i',
);

/**
 * Never in a colour, whatever the grammar above becomes: these end a declaration, open a block,
 * quote, escape or fetch.
 */
const UNSAFE = /[;:{}"'\\]|url\(/i;

/** Longest colour text accepted; real colours are far shorter. */
const MAX_LENGTH = 100;

/**
 * Whether `text` is a CSS colour, and only that: a hex colour (`#rgb`, `#rgba`, `#rrggbb`,
 * `#rrggbbaa`), a named colour (CSS Color 4, with `transparent` and `currentcolor`), or
 * `rgb()`/`rgba()`, `hsl()`/`hsla()`, `hwb()`, `lab()`, `lch()`, `oklab()`, `oklch()` or
 * `color()` with plain numbers, percentages, angles and `none`. `var()`, `calc()`, nested
 * functions, relative colours, surrounding white space and anything over 100 characters are
 * refused. Needs no DOM; anything it accepts, a browser accepts as a colour too.
 */
export function isCssColor(text: string): boolean {
  if (typeof text !== 'string' || text.length > MAX_LENGTH || UNSAFE.test(text)) return false;
  return HEX.test(text) || NAMED_COLORS.has(text.toLowerCase()) || FUNCTIONAL.test(text);
}
