import { Anchor, Stack } from "@mantine/core";
import { Link } from "wouter";
import { PageHeader } from "../../components/page-header";
import { QueryState } from "../../components/query-state";
import { PageSection } from "../../components/sections";
import { useSignedInViewer } from "../../session/viewer";
import { PartnerDiscountCard } from "../partner-discount/partner-discount-card";
import { PriceCalculator } from "./price-calculator";
import { ProductsOnSale, usePricingStart } from "./products-on-sale";

/** What a purchase costs the reseller and its end customer, and the code that unlocks the discount. */
export function PricingPage() {
  const { account, can } = useSignedInViewer();
  const { products, discount, activeCode } = usePricingStart();
  const resellingBp = account?.tier?.resellingBp;

  return (
    <>
      <PageHeader
        title="Pricing"
        description="What a purchase costs you and your end customer, line by line, and what you keep."
      />
      <Stack gap="xl">
        <QueryState query={discount} errorTitle="Could not load your partner discount code">
          {({ partnerDiscount }) => (
            <PartnerDiscountCard
              status={partnerDiscount}
              resellingBp={resellingBp}
              canRequest={can("RESELLER_WRITE")}
            />
          )}
        </QueryState>

        <PageSection
          title="Price calculator"
          actions={
            <Anchor component={Link} to="/quote-requests" size="sm">
              Large deal? Ask for a special price
            </Anchor>
          }
        >
          <ProductsOnSale query={products}>
            {(onSale) => (
              <PriceCalculator products={onSale} activeCode={activeCode} resellingBp={resellingBp} />
            )}
          </ProductsOnSale>
        </PageSection>
      </Stack>
    </>
  );
}
