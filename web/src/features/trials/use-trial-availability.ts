import { skipToken, useQuery } from "@apollo/client/react";
import { useMemo } from "react";
import type { TrialProductsQuery } from "../../gql/graphql";
import { refusedForAnnex } from "../annex/annex-refusal";
import { reasonTexts } from "./trial-reasons";
import { TrialEligibilityDocument, TrialProductsDocument } from "./trials.generated";

export type TrialProduct = TrialProductsQuery["products"][number];

export interface TrialAvailability {
  /** The products on sale that offer a free trial, as the trial dialog lists them. */
  products: TrialProduct[];
  /** Why no trial can be given to the customer now; empty when one can; undefined until known. */
  blockers: string[] | undefined;
  /** Among the blockers: the account has not accepted the reselling annex in force. */
  pausedForAnnex: boolean;
}

/**
 * Whether the customer can get a free trial at all, asked for the first product that offers one:
 * what rules a trial out (the month's quota, a trial or subscription the customer already has)
 * holds for every product alike.
 */
export function useTrialAvailability(customerId: string, enabled: boolean): TrialAvailability {
  const catalog = useQuery(TrialProductsDocument, enabled ? {} : skipToken);
  const products = useMemo(
    () => (catalog.data?.products ?? []).filter((product) => product.active && product.trialEnabled),
    [catalog.data],
  );
  const first = products[0]?.code;
  const eligibility = useQuery(
    TrialEligibilityDocument,
    enabled && first
      ? // The quota and the customer's subscriptions change elsewhere, so each visit asks again.
        { variables: { customerId, productCode: first }, fetchPolicy: "cache-and-network" }
      : skipToken,
  );

  const availability = (blockers: string[] | undefined): TrialAvailability => ({
    products,
    blockers,
    pausedForAnnex: false,
  });
  if (catalog.error) {
    return availability(["Could not load the products that offer a trial. Reload to try again."]);
  }
  if (!catalog.data) return availability(undefined);
  if (!first) return availability(["No product offers a free trial at the moment."]);
  // When the answer cannot be had, the dialog asks again, and the server decides on start.
  if (eligibility.error) return availability([]);
  if (!eligibility.data) return availability(undefined);
  const answer = eligibility.data.trialEligibility;
  return { products, blockers: reasonTexts(answer), pausedForAnnex: refusedForAnnex(answer.reasons) };
}
