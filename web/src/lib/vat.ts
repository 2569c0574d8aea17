import type { VatTreatment } from "../gql/graphql";
import { formatMoney } from "./money";
import { formatBp } from "./percent";

/** What an invoice says under its VAT when the vendor's rate does not apply. */
export const VAT_NOTES: Record<VatTreatment, string | null> = {
  DOMESTIC: null,
  REVERSE_CHARGE: "Reverse charge: VAT to be accounted for by the recipient (Art. 196 Directive 2006/112/EC)",
  OUTSIDE_EU: "Outside the scope of EU VAT",
  NOT_CHARGED: "Issued before VAT was charged on invoices",
};

/** The VAT on an amount as one phrase: "€2.97 VAT (19 %)", "no VAT: reverse charge". */
export function describeVat(
  vat: { treatment: VatTreatment; rateBp: number; amount: number },
  currency: string,
) {
  switch (vat.treatment) {
    case "REVERSE_CHARGE":
      return "no VAT: reverse charge";
    case "OUTSIDE_EU":
      return "no VAT: outside the scope of EU VAT";
    default:
      return `${formatMoney(vat.amount, currency)} VAT (${formatBp(vat.rateBp)})`;
  }
}

/** An amount with its VAT: "€15.62 + €2.97 VAT (19 %) = €18.59", or "€15.62, no VAT: reverse charge". */
export function withVat(
  net: number,
  vat: { treatment: VatTreatment; rateBp: number; amount: number },
  currency: string,
): string {
  const money = (amount: number) => formatMoney(amount, currency);
  return vat.amount === 0
    ? `${money(net)}, ${describeVat(vat, currency)}`
    : `${money(net)} + ${describeVat(vat, currency)} = ${money(net + vat.amount)}`;
}
