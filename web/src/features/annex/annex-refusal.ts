import { useApolloClient } from "@apollo/client/react";
import { useState } from "react";
import { AnnexNoticeDocument } from "./annex-notice.generated";

/** Whether an answer refused a purchase or trial because the account has not accepted the annex in force. */
export function refusedForAnnex(problems: ReadonlyArray<{ code: string }> | null | undefined): boolean {
  return problems?.some((problem) => problem.code === "ANNEX_NOT_ACCEPTED") ?? false;
}

/**
 * Whether the last answer of a form's mutation was refused for the annex, so the form can lead to
 * it. Such a refusal also asks the banner's question again: a version may have come into force
 * since the page loaded.
 */
export function useAnnexRefusal() {
  const client = useApolloClient();
  const [refused, setRefused] = useState(false);
  const check = <P extends { userErrors: ReadonlyArray<{ code: string }> }>(
    payload: P | null | undefined,
  ) => {
    const annex = refusedForAnnex(payload?.userErrors);
    setRefused(annex);
    if (annex) void client.refetchQueries({ include: [AnnexNoticeDocument] });
    return payload;
  };
  return { refused, check };
}
