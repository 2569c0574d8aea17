import type { EntityManager } from "typeorm";
import type { Clock } from "../common/clock.js";
import { fail, UserErrorCode } from "../common/errors.js";
import type { BillingConfig } from "../config/config.js";
import { owned, tenantOf } from "../db/tenant.js";
import type { ServiceContext } from "../db/unit-of-work.js";
import { vatFor } from "../invoice/vat.js";
import type { VatTreatment } from "../invoice/vat-treatment.js";
import { BillingProfile } from "./billing-profile.entity.js";
import type { BillingProfileInput } from "./billing-profile.types.js";
import { EU_COUNTRIES, isCountryCode, isValidEuVatId, normalizeVatId, vatPrefixOf } from "./vat-id.js";

/** A reseller's billing profile, as invoices issued now bill to it; null when it has none. */
export function billingProfileOf(em: EntityManager, accountId: string): Promise<BillingProfile | null> {
  return em.findOne(BillingProfile, { where: { accountId } });
}

/** Optional text: trimmed, and null when blank. */
function optional(value: string | null | undefined): string | null {
  return value?.trim() || null;
}

/** The reseller's billing profile: who invoices bill to. One per account, edited by the owner. */
export class BillingProfileService {
  constructor(private readonly clock: Clock) {}

  get(ctx: ServiceContext): Promise<BillingProfile | null> {
    return owned(ctx, BillingProfile).findOne({});
  }

  /** Saves the whole profile; an EU VAT ID must be well-formed for the profile's country. */
  async update(ctx: ServiceContext, input: BillingProfileInput): Promise<BillingProfile> {
    const country = input.country.trim().toUpperCase();
    if (!isCountryCode(country)) {
      fail(
        UserErrorCode.INVALID_COUNTRY,
        "input.country",
        `"${input.country}" is not a country code such as DE.`,
      );
    }
    const vatId = optional(input.vatId) && normalizeVatId(input.vatId as string);
    if (vatId && EU_COUNTRIES.has(country) && !isValidEuVatId(vatId, country)) {
      fail(
        UserErrorCode.INVALID_VAT_ID,
        "input.vatId",
        `${vatId} is not a valid VAT ID of ${country}: it starts with ${vatPrefixOf(country)}, then that country's digits and check digits.`,
      );
    }
    if (vatId && !/^[A-Z0-9]{2,20}$/.test(vatId)) {
      fail(UserErrorCode.INVALID_VAT_ID, "input.vatId", "A VAT ID has letters and digits only.");
    }
    const values = {
      legalName: input.legalName.trim(),
      addressLine1: input.addressLine1.trim(),
      addressLine2: optional(input.addressLine2),
      postalCode: input.postalCode.trim(),
      city: input.city.trim(),
      country,
      vatId: vatId || null,
      purchaseOrderReference: optional(input.purchaseOrderReference),
      updatedAt: this.clock.now(),
    };
    const profiles = owned(ctx, BillingProfile);
    const existing = await profiles.lock({});
    if (existing) await profiles.update({ id: existing.id }, values);
    const profile = existing ? { ...existing, ...values } : await profiles.create(values);
    await ctx.publish("billing_profile.updated", profile.id, {
      legalName: profile.legalName,
      country: profile.country,
      vatId: profile.vatId,
      created: !existing,
    });
    return Object.assign(new BillingProfile(), profile);
  }
}

/** How VAT applies to the context's reseller account now, by its billing profile. */
export async function vatOfAccount(
  ctx: ServiceContext,
  billing: Pick<BillingConfig, "vendor" | "vatRateBp">,
): Promise<{ treatment: VatTreatment; rateBp: number }> {
  return vatFor(await billingProfileOf(ctx.em, tenantOf(ctx)), billing);
}
