import { EU_COUNTRIES, isValidEuVatId } from "../billing-profile/vat-id.js";
import { percentOf } from "../catalog/pricing.js";
import type { BillingConfig } from "../config/config.js";
import type { VatCharge } from "./vat-charge.js";
import { VatTreatment } from "./vat-treatment.js";

/** What decides an invoice's VAT: where the reseller is and its VAT ID, from its billing profile. */
export interface VatSubject {
  country: string;
  vatId: string | null;
}

/**
 * The EU B2B rule for a reseller: the vendor's rate at home, or in the EU without a valid VAT ID;
 * reverse charge (0 %) for a valid VAT ID in another EU country; 0 % outside the EU. A reseller
 * without a billing profile is billed as at home.
 */
export function vatFor(
  reseller: VatSubject | null,
  billing: Pick<BillingConfig, "vendor" | "vatRateBp">,
): { treatment: VatTreatment; rateBp: number } {
  const domestic = { treatment: VatTreatment.DOMESTIC, rateBp: billing.vatRateBp };
  if (!reseller || reseller.country === billing.vendor.country) return domestic;
  if (!EU_COUNTRIES.has(reseller.country)) return { treatment: VatTreatment.OUTSIDE_EU, rateBp: 0 };
  if (reseller.vatId && isValidEuVatId(reseller.vatId, reseller.country)) {
    return { treatment: VatTreatment.REVERSE_CHARGE, rateBp: 0 };
  }
  return domestic;
}

/** VAT on a net amount in minor units at a rate in basis points, rounded once, half away from zero. */
export function vatAmount(net: number, rateBp: number): number {
  return percentOf(net, rateBp);
}

/** The words an invoice prints under its VAT line; null when the vendor's rate applies. */
export function vatNote(treatment: VatTreatment): string | null {
  switch (treatment) {
    case VatTreatment.REVERSE_CHARGE:
      return "Reverse charge: VAT to be accounted for by the recipient (Art. 196 Directive 2006/112/EC)";
    case VatTreatment.OUTSIDE_EU:
      return "Outside the scope of EU VAT";
    case VatTreatment.NOT_CHARGED:
      return "Issued before VAT was charged on invoices";
    default:
      return null;
  }
}

/** The VAT on a net amount, as a quote shows it. */
export function vatCharge(net: number, vat: { treatment: VatTreatment; rateBp: number }): VatCharge {
  return { ...vat, amount: vatAmount(net, vat.rateBp) };
}
