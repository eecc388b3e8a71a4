/**
 * The page's side of the static export: PNG through a canvas, and downloads; with the picture
 * itself from `render/`, the same code as the Node CLI. Only an export needs any of it, so in the
 * bundle it is a chunk of its own (chunks/export.js), imported by the timeline's first `toSVG()`,
 * `toPNG()` or download.
 */
// Its words are the page's own (render/ imports no table of its own): the timeline passes them.
export { drawDatasetSvg } from '../../render/dataset.js';

/** The size an SVG document of `render/` declares on its root. */
function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const read = (name: string) => Number(new RegExp(`\\s${name}="([\\d.]+)"`).exec(root)?.[1]);
  return { width: read('width'), height: read('height') };
}

/**
 * An SVG document as a PNG, `scale` times its size: drawn on a canvas through an image loaded from
 * a `data:` URL (which strict policies allow in `img-src` far more often than `blob:`). Rejects with
 * the reason when the image cannot load (a Content-Security-Policy whose `img-src` leaves out
 * `data:`), the canvas is too large, or it cannot be encoded.
 */
export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
  if (!(scale > 0 && Number.isFinite(scale)))
    throw new RangeError(`toPNG needs a positive finite scale, not ${scale}`);
  const { width, height } = svgSize(svg);
  if (!(width > 0 && height > 0)) throw new Error('the picture has no size');
  const url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  const image = new Image();
  await new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () =>
      reject(
        new Error(
          'the browser would not load the picture as an image (a Content-Security-Policy without data: in img-src blocks it)',
        ),
      );
    image.src = url;
  });
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error(`no canvas of ${canvas.width} × ${canvas.height} px is available`);
  ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
  return await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob(
      (blob) =>
        blob ? resolve(blob) : reject(new Error('the canvas could not be encoded as PNG')),
      'image/png',
    ),
  );
}

/** A file name from a title: `Kazakhstan–Turkmenistan relations.svg`, or `timeline.svg`. */
export function fileName(title: string | undefined, extension: string): string {
  const base = (title ?? '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f/\\?%*:|"<>]+/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 120)
    .trim();
  return `${base || 'timeline'}.${extension}`;
}

/** Saves a blob as a file through a link with `download`. */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started by the time the click returns; the URL can go once it has been read.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
