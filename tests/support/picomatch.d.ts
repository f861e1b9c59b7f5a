// picomatch is the matcher Astro's glob() loader uses (a dependency of astro); it ships no types.
declare module 'picomatch' {
  const picomatch: { isMatch(input: string, pattern: string | string[], options?: object): boolean };
  export default picomatch;
}
