import DataLoader from "dataloader";
import type { RequestContext } from "./context.js";

/**
 * A DataLoader that lives as long as one request: the first field that asks makes it, and every
 * row of a list then shares one batched lookup. `load` maps every key it gets to a value.
 */
export function requestLoader<K, V>(
  cache: WeakMap<RequestContext, DataLoader<K, V>>,
  ctx: RequestContext,
  load: (keys: readonly K[]) => Promise<Map<K, V>>,
  missing: V,
): DataLoader<K, V> {
  let loader = cache.get(ctx);
  if (!loader) {
    loader = new DataLoader(async (keys: readonly K[]) => {
      const found = await load(keys);
      return keys.map((key) => (found.has(key) ? (found.get(key) as V) : missing));
    });
    cache.set(ctx, loader);
  }
  return loader;
}
