import { skipToken, useQuery } from "@apollo/client/react";
import type { ReactNode } from "react";
import { EmptyState } from "../../components/empty-state";
import { type QueryLike, QueryState } from "../../components/query-state";
import type { PricingProductsQuery } from "../../gql/graphql";
import { PartnerDiscountDocument } from "../partner-discount/partner-discount.generated";
import type { PricingProduct } from "./license-fields";
import { PricingProductsDocument } from "./pricing.generated";

/**
 * What pricing and buying start from: the products on sale, and the reseller's active partner
 * discount code, which the code field starts with. So the products wait for the code; when the
 * code cannot be loaded, they go on without one (retail) rather than not at all.
 */
export function usePricingStart(enabled = true) {
  const products = useQuery(PricingProductsDocument, enabled ? {} : skipToken);
  const discount = useQuery(PartnerDiscountDocument, enabled ? {} : skipToken);
  const settled = discount.data !== undefined || discount.error !== undefined;
  const onSale: QueryLike<PricingProductsQuery> = {
    ...products,
    data: settled ? products.data : undefined,
    loading: products.loading || discount.loading,
  };
  return { products: onSale, discount, activeCode: discount.data?.partnerDiscount.code ?? "" };
}

/** The products on sale, once they (and the code) are there; else why not. */
export function ProductsOnSale({
  query,
  children,
}: {
  query: QueryLike<PricingProductsQuery>;
  children: (products: readonly PricingProduct[]) => ReactNode;
}) {
  return (
    <QueryState
      query={query}
      errorTitle="Could not load the products"
      isEmpty={(data) => data.products.length === 0}
      empty={<EmptyState title="Nothing on sale" description="The vendor has no products on sale now." />}
    >
      {(data) => children(data.products)}
    </QueryState>
  );
}
