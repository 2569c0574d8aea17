/**
 * The download of a lazily loaded component, started at most once: later calls share the one under
 * way or done. A failed download is not kept, so a later call tries again (a passing network fault);
 * `failure` turns its error into the one callers see. `load` is the `import()` of the module and
 * `pick` the component in it.
 */
export function loadOnce<M, C>(
  load: () => Promise<M>,
  pick: (module: M) => C,
  failure: (error: unknown) => unknown = (error) => error,
): () => Promise<{ default: C }> {
  let loading: Promise<{ default: C }> | undefined;
  return () => {
    loading ??= load().then(
      (module) => ({ default: pick(module) }),
      (error: unknown) => {
        loading = undefined;
        throw failure(error);
      },
    );
    return loading;
  };
}
