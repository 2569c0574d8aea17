import { Extensions } from "type-graphql";

/**
 * How the query-cost model counts a field, beyond its defaults (a leaf is free, an object costs 1
 * plus its children, a list multiplies its children by its `first` or by an assumed size). The API
 * edge reads these hints before an operation runs; see `edge/operation-limits.ts`.
 */
export interface CostHint {
  /** The items of a connection: the connection's `first` already multiplies them. */
  perItem?: true;
  /** Computed from what is already loaded, so it costs nothing. */
  free?: true;
  /** A list without `first`: at most this many items, for the cost model. */
  listSize?: number;
}

export const COST_EXTENSION = "cost";

export function Cost(hint: CostHint): MethodDecorator & PropertyDecorator {
  return Extensions({ [COST_EXTENSION]: hint });
}
