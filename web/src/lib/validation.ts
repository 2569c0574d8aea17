/**
 * A form rule for a number input: it holds a number, not the text typed so far ("", "-"). Ranges
 * are the server's to check, so its message names the limits it applies.
 */
export const needsNumber =
  (message: string) =>
  (value: number | string): string | null =>
    typeof value === "number" ? null : message;
