/**
 * A file's bytes as text, never garbled silently: in the encoding its byte-order mark or its
 * Content-Type's `charset` names, else UTF-8; a file that is not valid UTF-8 (Excel's "CSV" on
 * Windows is Windows-1252) is read as Windows-1252, with a problem saying so.
 */
import type { Problem } from '../types.js';

const FALLBACK = 'windows-1252';

/** The encoding a byte-order mark names, as the Encoding standard (and so the browser) reads it. */
function bomEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** The `charset` parameter of a Content-Type, if any. */
function charsetOf(contentType: string | null | undefined): string | undefined {
  return /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '')?.[1];
}

const problem = (message: string, value: string): Problem => ({
  collection: 'dataset',
  item: 'dataset',
  field: '',
  message,
  value,
});

/**
 * Windows-1252's characters for bytes 0x80–0x9F (the Encoding standard's index); every other byte
 * is the code point of the same number. Decoded here, not with TextDecoder: Node 20 decodes
 * `windows-1252` as ISO-8859-1, and so would turn Excel's € and curly quotes into control codes.
 */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
  0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

function windows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const chunk = new Uint16Array(8192);
  for (let at = 0; at < bytes.length; at += chunk.length) {
    const n = Math.min(chunk.length, bytes.length - at);
    for (let i = 0; i < n; i++) {
      const b = bytes[at + i]!;
      chunk[i] = b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80]! : b;
    }
    parts.push(String.fromCharCode(...chunk.subarray(0, n)));
  }
  return parts.join('');
}

/** A TextDecoder for a label, or null when the label names no encoding. */
function decoder(label: string, fatal: boolean): TextDecoder | null {
  try {
    return new TextDecoder(label, { fatal });
  } catch {
    return null;
  }
}

/** The text, or null when the bytes are not valid in that encoding. */
function strict(bytes: Uint8Array, label: string): string | null {
  try {
    return decoder(label, true)!.decode(bytes);
  } catch {
    return null;
  }
}

/** Decodes a file's bytes; each problem is about the dataset as a whole. */
export function decodeText(
  bytes: Uint8Array,
  contentType?: string | null,
): { text: string; problems: Problem[] } {
  const problems: Problem[] = [];
  const bom = bomEncoding(bytes);
  const declared = charsetOf(contentType);
  let label = bom ?? declared;
  if (label && !bom && !decoder(label, true)) {
    problems.push(
      problem(`the server names an unknown charset "${label.slice(0, 40)}"; it was ignored`, label),
    );
    label = undefined;
  }
  const encoding = label ? decoder(label, true)!.encoding : 'utf-8';
  // Windows-1252 (labelled also latin1, iso-8859-1 or ascii) has a character for every byte.
  if (encoding === FALLBACK) return { text: windows1252(bytes), problems };
  if (encoding !== 'utf-8' || bom) {
    const text = strict(bytes, encoding);
    if (text !== null) return { text, problems };
    problems.push(
      problem(`the file is not valid ${encoding}; what could not be read shows as �`, encoding),
    );
    return { text: decoder(encoding, false)!.decode(bytes), problems };
  }
  const text = strict(bytes, 'utf-8');
  if (text !== null) return { text, problems };
  // Not UTF-8, whatever a server may say by default: most likely a spreadsheet saved as "CSV" by
  // Excel on Windows, whose bytes are Windows-1252.
  problems.push(
    problem(
      `the file is not UTF-8${declared && !bom ? ' (though the server says it is)' : ''}; it was read as Windows-1252, as Excel saves "CSV" on Windows: check its accented letters, or save it as "CSV UTF-8"`,
      FALLBACK,
    ),
  );
  return { text: windows1252(bytes), problems };
}
