// The strict policy Annals promises to work under (README, "Strict pages"): no inline script or
// style, and Trusted Types required, with Lit's policy ("lit-html") and Annals' own allowed.
export const STRICT_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html annals',
].join('; ');
