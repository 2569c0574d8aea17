import { type ComponentType, type LazyExoticComponent, lazy } from "react";
import { loadOnce } from "../lib/load-once";

/**
 * A page's code could not be downloaded: the network dropped, or a new release replaced the files
 * this copy of the app still asks for. Reloading fetches the current app.
 */
export class PageLoadError extends Error {
  constructor(cause: unknown) {
    super("This page could not be downloaded.", { cause });
    this.name = "PageLoadError";
  }
}

/** A page whose code is a chunk of its own, downloaded when first shown or earlier on `preload`. */
export type LazyPage = LazyExoticComponent<ComponentType> & {
  /** Starts downloading the page's code (once); for a link the pointer or focus rests on. */
  preload(): Promise<unknown>;
};

/**
 * Makes a page load on demand: `load` is the `import()` of its module and `pick` the component in
 * it, so every page is its own chunk and the first load ships only the app's frame.
 */
export function lazyPage<M>(load: () => Promise<M>, pick: (module: M) => ComponentType): LazyPage {
  const preload = loadOnce(load, pick, (error) => new PageLoadError(error));
  return Object.assign(lazy(preload), { preload });
}
