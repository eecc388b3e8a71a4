/** Text and numbers made safe for an XML document, whatever a dataset or a stylesheet holds. */

/**
 * Characters XML 1.0 does not allow at all (C0 controls but tab, line feed and carriage return,
 * lone surrogates, U+FFFE and U+FFFF): escaping cannot make them legal, so they are dropped.
 */
const ILLEGAL =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Text for element content or an attribute value (either quote). */
export function xml(text: string): string {
  return String(text)
    .replace(ILLEGAL, '')
    .replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** A number for an attribute: at most `digits` decimals, no `-0`, no exponent for small values. */
export function num(value: number, digits = 2): string {
  if (!Number.isFinite(value)) return '0';
  const f = 10 ** digits;
  const r = Math.round(value * f) / f;
  return String(r === 0 ? 0 : r);
}
