/** Vite's `?raw` imports: a file's text. */
declare module '*.css?raw' {
  const text: string;
  export default text;
}
