import { useQuery } from "@apollo/client/react";
import type { BusinessRulesFieldsFragment } from "../gql/graphql";
import { BusinessRulesDocument } from "./business-rules.generated";

/** The thresholds the API applies: the default monthly and the wire-transfer minimums, notice days, password length, ... */
export type BusinessRules = BusinessRulesFieldsFragment;

/**
 * The API's business rules, for forms to state and check before they send. The viewer query
 * brings them along when the app starts, and they change only with a new server version, so
 * the cached answer serves; undefined only until that first answer has come.
 */
export function useBusinessRules(): BusinessRules | undefined {
  return useQuery(BusinessRulesDocument, { fetchPolicy: "cache-first" }).data?.businessRules;
}
