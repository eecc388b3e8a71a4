/**
 * Whether two values of plain data (what validation returns: objects, arrays, strings, numbers,
 * booleans, null) hold the same: arrays item by item, objects by their own keys, the rest as
 * `Object.is` has it. Stops at the first difference.
 */
export function samePlainData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!samePlainData(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b) || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  for (const k of keys) if (!Object.hasOwn(y, k) || !samePlainData(x[k], y[k])) return false;
  return true;
}
