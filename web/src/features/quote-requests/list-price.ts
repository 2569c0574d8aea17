import { skipToken, useQuery } from "@apollo/client/react";
import { useDebouncedValue } from "@mantine/hooks";
import type { BillingPeriod, QuoteFieldsFragment } from "../../gql/graphql";
import { formatMoney } from "../../lib/money";
import { formatBp } from "../../lib/percent";
import { userErrorsToFormErrors } from "../../lib/user-errors";
import { PartnerDiscountDocument } from "../partner-discount/partner-discount.generated";
import { QuoteDocument } from "../pricing/pricing.generated";
import { perPeriod } from "../pricing/purchase-options";

export interface Deal {
  productCode: string;
  period: BillingPeriod;
  quantity: number;
}

/**
 * What the reseller would pay for a deal at list price, with its volume discount and its active
 * partner discount code, as the Pricing page works it out; the special price is weighed against
 * it. `errors` are the server's objections to the deal, by field (a period's minimum not reached).
 */
export function useListPrice(deal: Deal | null) {
  const discount = useQuery(PartnerDiscountDocument, deal ? {} : skipToken);
  const codeKnown = discount.data !== undefined || discount.error !== undefined;
  // One request once the typing pauses, not one per key.
  const [debounced] = useDebouncedValue(deal, 250);
  const input =
    debounced && codeKnown
      ? { ...debounced, discountCode: discount.data?.partnerDiscount.code ?? null }
      : null;
  const result = useQuery(
    QuoteDocument,
    input ? { variables: { input }, fetchPolicy: "cache-and-network" } : skipToken,
  );
  // Only an answer for the deal as it now stands: none while the typing has not paused.
  const answer = deal !== null && deal === debounced ? result.data : undefined;
  return {
    quote: answer?.quote.quote ?? null,
    errors: answer ? userErrorsToFormErrors(answer.quote.userErrors) : {},
  };
}

/** "€5,897.81 a year, after your 10 % volume discount and 75 % partner discount". */
export function listPriceText(quote: QuoteFieldsFragment): string {
  const discounts = [
    quote.volumeDiscountBp > 0 && `${formatBp(quote.volumeDiscountBp)} volume discount`,
    quote.discountCodeApplied && `${formatBp(quote.partnerDiscountBp)} partner discount`,
  ].filter(Boolean);
  const price = `${formatMoney(quote.vendorPrice, quote.currency)} ${perPeriod(quote.period)}`;
  return discounts.length > 0 ? `${price}, after your ${discounts.join(" and ")}` : price;
}
