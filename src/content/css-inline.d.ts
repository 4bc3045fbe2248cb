/** A stylesheet imported as its text (Vite's `?inline`): minified in a build, empty under the unit tests. */
declare module '*.css?inline' {
  const css: string;
  export default css;
}
