/**
 * Attribute values as the timeline uses them: an unknown value of an enumerated attribute, or a
 * zoom that is not a positive finite number, falls back to the default with one console warning.
 * No value (a removed attribute is `null`, a property never set `undefined`) is the default, quietly.
 */
const warned = new WeakMap<object, Set<string>>();

/** Warns once per element and text. */
export function warnOnce(owner: object, text: string) {
  let seen = warned.get(owner);
  if (!seen) warned.set(owner, (seen = new Set()));
  if (seen.has(text)) return;
  seen.add(text);
  console.warn(text);
}

/**
 * `value` if it is one of `allowed`, else `fallback` (warning once per element and value, with
 * `using`: what the fallback does, for one that is no value).
 */
export function oneOf<T extends string, F extends T | undefined = T>(
  owner: object,
  name: string,
  value: unknown,
  allowed: readonly T[],
  fallback: F,
  using = `using "${fallback}"`,
): T | F {
  if ((allowed as readonly unknown[]).includes(value)) return value as T;
  if (value == null) return fallback;
  warnOnce(
    owner,
    `annals-timeline: ${name}="${String(value).slice(0, 40)}" is not one of ${allowed.join(', ')}; ${using}`,
  );
  return fallback;
}

/** `value` if it is a positive number (finite unless `infinite` is allowed), else `fallback`. */
export function positive(
  owner: Element,
  name: string,
  value: unknown,
  fallback: number,
  infinite = false,
): number {
  const n = typeof value === 'number' ? value : NaN;
  if (n > 0 && (Number.isFinite(n) || (infinite && n === Infinity))) return n;
  if (value == null) return fallback;
  // Quote what the page wrote, not the NaN it became.
  const given = owner.getAttribute(name) ?? String(value);
  warnOnce(
    owner,
    `annals-timeline: ${name}="${given.slice(0, 40)}" is not a positive number; using ${fallback}`,
  );
  return fallback;
}
