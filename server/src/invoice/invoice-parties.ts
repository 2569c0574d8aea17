import type { BillingProfile } from "../billing-profile/billing-profile.entity.js";
import type { VendorIdentity } from "../config/config.js";
import type { InvoiceBillTo, InvoiceSeller } from "./invoice.entity.js";

/** The vendor as an invoice names it, with the account wire transfers go to. */
export function sellerOf(vendor: VendorIdentity): InvoiceSeller {
  return {
    name: vendor.name,
    addressLines: vendor.addressLines,
    country: vendor.country,
    vatId: vendor.vatId,
    bank: { bankName: vendor.bankName, iban: vendor.iban, bic: vendor.bic },
  };
}

/** Who an invoice bills: the reseller's billing profile, or only its account name without one. */
export function billToOf(profile: BillingProfile | null, accountName: string): InvoiceBillTo {
  if (!profile) {
    return { name: accountName, addressLines: [], country: null, vatId: null, purchaseOrderReference: null };
  }
  return {
    name: profile.legalName,
    addressLines: [
      profile.addressLine1,
      ...(profile.addressLine2 ? [profile.addressLine2] : []),
      `${profile.postalCode} ${profile.city}`,
    ],
    country: profile.country,
    vatId: profile.vatId,
    purchaseOrderReference: profile.purchaseOrderReference,
  };
}
