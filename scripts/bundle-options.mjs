// The esbuild options of the bundle pages load with one script tag (dist/annals.js), shared by
// the build, the demo server and the benchmark so that all three ship the same thing. What only
// some pages need (DOMPurify for rich text, the TimelineJS and CSV readers for `src`) is split
// into chunks beside it, which it imports from its own directory when first needed.

/** @param {string} outdir */
export function bundleOptions(outdir) {
  return /** @type {const} */ ({
    entryPoints: { annals: 'src/define.ts' },
    outdir,
    entryNames: '[name]',
    chunkNames: 'chunks/[name]-[hash]',
    splitting: true,
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    tsconfig: 'tsconfig.json',
    legalComments: 'eof',
    // Production Lit (no dev-mode warnings).
    conditions: ['production'],
    logLevel: 'warning',
  });
}
