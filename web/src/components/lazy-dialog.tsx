import { type ComponentType, lazy, type ReactNode, Suspense, useState } from "react";
import { loadOnce } from "../lib/load-once";

/** A dialog whose code is a chunk of its own: downloaded when first opened, or earlier on `preload`. */
export type LazyDialog<P> = ComponentType<P> & {
  /** Starts downloading the dialog's code; for the button that opens it, under the pointer or focus. */
  preload(): void;
};

/**
 * Makes a page's dialog load on demand, so the page shows without the dialog's code (its form,
 * focus trap, transitions). `load` is the `import()` of its module and `pick` the component in it.
 */
export function lazyDialog<M, P extends object>(
  load: () => Promise<M>,
  pick: (module: M) => ComponentType<P>,
): LazyDialog<P> {
  const start = loadOnce(load, pick);
  const Dialog = lazy(start);
  return Object.assign((props: P) => <Dialog {...props} />, {
    preload: () => void start().catch(() => undefined),
  });
}

/**
 * Renders `children` from the first time `opened` is true on, so a lazy dialog is not downloaded
 * before it is wanted, and stays mounted afterwards to fade out and give focus back.
 */
export function MountWhenOpened({ opened, children }: { opened: boolean; children: ReactNode }) {
  const [wanted, setWanted] = useState(opened);
  if (opened && !wanted) setWanted(true);
  return wanted ? <Suspense fallback={null}>{children}</Suspense> : null;
}
