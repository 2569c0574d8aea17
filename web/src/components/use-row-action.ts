import { useState } from "react";
import { errorMessage } from "../lib/graphql-errors";
import { notifyFailure } from "../lib/notify";
import { type Payload, userErrorsMessage } from "../lib/user-errors";

/**
 * A mutation started from a row of a list (a switch, a select, a button): which row's is on its
 * way, and a notification titled `failureTitle` when it is refused or fails.
 */
export function useRowAction(failureTitle: string): {
  /** The id of the row whose action is on its way. */
  busy: string | null;
  /** Sends the row's mutation; `onSuccess` gets the payload when it went through. */
  run<P extends Payload>(
    rowId: string,
    send: () => Promise<P | null | undefined>,
    onSuccess: (payload: P) => void,
  ): Promise<void>;
} {
  const [busy, setBusy] = useState<string | null>(null);
  return {
    busy,
    async run(rowId, send, onSuccess) {
      setBusy(rowId);
      try {
        const payload = await send();
        const problem = userErrorsMessage(payload?.userErrors ?? []);
        if (problem) notifyFailure(problem, failureTitle);
        else if (payload) onSuccess(payload);
      } catch (failure) {
        notifyFailure(errorMessage(failure), failureTitle);
      } finally {
        setBusy(null);
      }
    },
  };
}
