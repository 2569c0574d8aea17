import { enumType } from "../common/enum-type.js";

export const VatTreatment = enumType(
  "VatTreatment",
  ["DOMESTIC", "REVERSE_CHARGE", "OUTSIDE_EU", "NOT_CHARGED"],
  {
    description: "How VAT applies to an invoice, by the EU B2B rules.",
    values: {
      DOMESTIC: {
        description:
          "The vendor's rate: the reseller is in the vendor's country, or in the EU without a valid VAT ID.",
      },
      REVERSE_CHARGE: {
        description: "0 %: a valid VAT ID in another EU country; the reseller accounts for the VAT.",
      },
      OUTSIDE_EU: { description: "0 %: the reseller is outside the EU, outside the scope of EU VAT." },
      NOT_CHARGED: { description: "Issued before invoices carried VAT; none was charged." },
    },
  },
);
export type VatTreatment = (typeof VatTreatment)[keyof typeof VatTreatment];
