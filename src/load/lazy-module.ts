/**
 * A module fetched on first use (a chunk of the script-tag build): `get()` once it is here, `load()`
 * to ask for it. One request however often asked, and a failed one stays failed until the page
 * reloads: Firefox keeps a failed module that way whatever we do, and asking again on every render
 * would make a request per frame in Chromium (see `#await` in the element).
 */
export function lazyModule<T>(importer: () => Promise<T>) {
  let module: T | undefined;
  let loading: Promise<T> | undefined;
  let failed = false;
  return {
    get: (): T | undefined => module,
    load: (): Promise<T> =>
      (loading ??= importer().then(
        (loaded) => (module = loaded),
        (cause: unknown) => {
          failed = true;
          throw cause;
        },
      )),
    /** Whether it was asked for and could not load (it will not be asked for again). */
    failed: (): boolean => failed,
  };
}

/**
 * Everything that talks to the vendor's backend (requests, reading answers, the `src` lifecycle):
 * one chunk, fetched the first time a card has a `src` or asks for a repair link. The repair flow
 * takes its requests from here at run time, so the two never share a third chunk.
 */
// Stryker disable next-line all: the import itself runs in browsers only (test/built/module.test.ts loads the chunk).
export const sourceLoader = lazyModule(() => import('./source-loader.js'));
