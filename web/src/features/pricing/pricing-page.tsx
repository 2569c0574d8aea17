import { useQuery } from "@apollo/client/react";
import { Stack, Title } from "@mantine/core";
import { PageHeader } from "../../components/page-header";
import { EmptyState, QueryState } from "../../components/query-state";
import { PartnerDiscountDocument, PricingProductsDocument } from "../../gql/graphql";
import { useSignedInViewer } from "../../session/viewer";
import { PartnerDiscountCard } from "../partner-discount/partner-discount-card";
import { PriceCalculator } from "./price-calculator";

/** What a purchase costs the reseller and its end customer, and the code that unlocks the discount. */
export function PricingPage() {
  const { account, can } = useSignedInViewer();
  const products = useQuery(PricingProductsDocument);
  const discount = useQuery(PartnerDiscountDocument);
  const resellingPercent = account?.tier?.resellingPercent;
  // The calculator starts from the active code, so it waits for it; when the code cannot be
  // loaded (its card says so), it starts without one rather than not at all.
  const discountSettled = discount.data !== undefined || discount.error !== undefined;

  return (
    <>
      <PageHeader
        title="Pricing"
        description="What a purchase costs you and your end customer, line by line, and what you keep."
      />
      <Stack gap="xl">
        <QueryState
          data={discount.data}
          loading={discount.loading}
          error={discount.error}
          onRetry={() => void discount.refetch().catch(() => undefined)}
          errorTitle="Could not load your partner discount code"
        >
          {({ partnerDiscount }) => (
            <PartnerDiscountCard
              status={partnerDiscount}
              resellingPercent={resellingPercent}
              canRequest={can("RESELLER_WRITE")}
            />
          )}
        </QueryState>

        <section aria-labelledby="calculator-heading">
          <Title order={2} size="h4" mb="md" id="calculator-heading">
            Price calculator
          </Title>
          <QueryState
            data={discountSettled ? products.data : undefined}
            loading={products.loading || discount.loading}
            error={products.error}
            onRetry={() => void products.refetch().catch(() => undefined)}
            errorTitle="Could not load the products"
            isEmpty={(data) => data.products.length === 0}
            empty={
              <EmptyState title="Nothing on sale" description="The vendor has no products on sale now." />
            }
          >
            {(data) => (
              <PriceCalculator
                products={data.products}
                activeCode={discount.data?.partnerDiscount.code ?? ""}
                resellingPercent={resellingPercent}
              />
            )}
          </QueryState>
        </section>
      </Stack>
    </>
  );
}
