/**
 * Named values in a URL fragment shared with the page: `#notes&kt.selected=e5&lib=x`. A fragment
 * is read as parts between `&`; only the parts whose decoded name is asked for are read or
 * written, and every other part (a plain `#notes` anchor, another library's `a=b`, even text
 * that cannot be decoded) is kept byte for byte, in its place.
 */

/** Decodes one name or value as a form would (`+` is a space); null if it cannot be decoded. */
function decode(text: string): string | null {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/** Encodes a name or value; `:` and `/` stay readable (dates), as a fragment allows them. */
function encode(text: string): string {
  return encodeURIComponent(text).replace(/%3A/gi, ':').replace(/%2F/gi, '/');
}

/** The decoded name of a `name=value` part, or null for a part without `=` or undecodable. */
function nameOf(part: string): string | null {
  const eq = part.indexOf('=');
  return eq < 0 ? null : decode(part.slice(0, eq));
}

/** The fragment's parts, without its `#`; an empty fragment has none. */
function partsOf(fragment: string): string[] {
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  return text === '' ? [] : text.split('&');
}

/** The value of the first part named `name` (decoded), or null if there is none. */
export function fragmentValue(fragment: string, name: string): string | null {
  for (const part of partsOf(fragment)) {
    if (nameOf(part) !== name) continue;
    const value = decode(part.slice(part.indexOf('=') + 1));
    if (value !== null) return value;
  }
  return null;
}

/**
 * The fragment (with its `#`, or `''` when nothing is left) with the named values set: a value
 * replaces the first part of that name where it stands (later ones of the same name go), a new
 * name is added at the end, and null removes every part of that name. Other parts are untouched.
 */
export function withFragmentValues(
  fragment: string,
  values: Readonly<Record<string, string | null | undefined>>,
): string {
  const done = new Set<string>();
  const parts: string[] = [];
  for (const part of partsOf(fragment)) {
    const name = nameOf(part);
    if (name === null || !Object.hasOwn(values, name)) {
      parts.push(part);
      continue;
    }
    const value = values[name];
    if (value === null || value === undefined || done.has(name)) continue;
    done.add(name);
    parts.push(`${encode(name)}=${encode(value)}`);
  }
  for (const [name, value] of Object.entries(values)) {
    if (value === null || value === undefined || done.has(name)) continue;
    parts.push(`${encode(name)}=${encode(value)}`);
  }
  return parts.length ? `#${parts.join('&')}` : '';
}

/** The whole fragment decoded, as a browser reads it to find the element it names. */
export function fragmentText(fragment: string): string {
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * The element ids a fragment may name besides its values: its parts without `=`, decoded
 * (`#notes&kt.selected=e5` names `notes`). The whole fragment is one part when it has no `&`.
 */
export function fragmentAnchors(fragment: string): string[] {
  return partsOf(fragment)
    .filter((part) => part !== '' && !part.includes('='))
    .map(fragmentText);
}
