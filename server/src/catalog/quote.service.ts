import { Account } from "../account/account.entity.js";
import { vatOfAccount } from "../billing-profile/billing-profile.service.js";
import { type UserError, UserErrorCode, UserErrorsException, userError } from "../common/errors.js";
import type { BillingConfig } from "../config/config.js";
import { tenantOf } from "../db/tenant.js";
import type { ServiceContext } from "../db/unit-of-work.js";
import { vatCharge } from "../invoice/vat.js";
import type { VatTreatment } from "../invoice/vat-treatment.js";
import type { PartnerDiscountService } from "../partner-discount/partner-discount.service.js";
import type { Tier } from "../tier/tier.entity.js";
import type { CatalogService } from "./catalog.service.js";
import type { Quote, QuoteInput } from "./catalog.types.js";
import { PERIOD_TERMS } from "./period-terms.js";
import { type PricedLine, priceBreakdown, WIRE_TRANSFER_MINIMUM_QUANTITY } from "./pricing.js";
import type { Product } from "./product.entity.js";

export interface Priced {
  product: Product;
  /** The fewest licenses the product sells for the period priced. */
  minimumQuantity: number;
  tier: Tier;
  line: PricedLine;
  discountCodeApplied: boolean;
}

/**
 * Prices a purchase for a reseller: looks up the product, the tier and the code, then applies
 * the one pricing function. Purchases price through here too, so a quote is what one pays.
 */
/** What pricing a purchase refuses: the product, the discount code, the quantity. */
export const PRICING_REFUSALS: readonly UserErrorCode[] = [
  UserErrorCode.UNKNOWN_PRODUCT,
  UserErrorCode.INVALID_DISCOUNT_CODE,
  UserErrorCode.INVALID_QUANTITY,
  UserErrorCode.PERIOD_NOT_OFFERED,
  UserErrorCode.MONTHLY_MINIMUM,
  UserErrorCode.QUARTERLY_MINIMUM,
  UserErrorCode.WIRE_TRANSFER_MINIMUM,
];

/** A quote prices a discount passed on to the end customer too. */
export const QUOTE_REFUSALS: readonly UserErrorCode[] = [
  ...PRICING_REFUSALS,
  UserErrorCode.PASS_THROUGH_TOO_HIGH,
  UserErrorCode.INVALID_PERCENT,
];

export class QuoteService {
  constructor(
    private readonly catalog: CatalogService,
    private readonly partnerDiscounts: PartnerDiscountService,
    private readonly billing: Pick<BillingConfig, "vendor" | "vatRateBp">,
  ) {}

  async quote(ctx: ServiceContext, input: QuoteInput): Promise<Quote> {
    const priced = await this.price(ctx, input, "input");
    return toQuote(priced, input, await this.vat(ctx));
  }

  /** How VAT applies to what the context's reseller account pays now. */
  vat(ctx: ServiceContext): Promise<{ treatment: VatTreatment; rateBp: number }> {
    return vatOfAccount(ctx, this.billing);
  }

  /** The breakdown, or every problem with the input at once, each naming its field. */
  async price(
    ctx: ServiceContext,
    input: Omit<QuoteInput, "passThroughBp"> & { passThroughBp?: number | null },
    prefix: string,
  ): Promise<Priced> {
    const errors: UserError[] = [];
    const [product, account] = await Promise.all([
      this.catalog.find(ctx, input.productCode, { includeInactive: false }),
      ctx.em.findOneOrFail(Account, { where: { id: tenantOf(ctx) }, relations: { tier: true } }),
    ]);
    if (!product) {
      errors.push(
        userError(
          UserErrorCode.UNKNOWN_PRODUCT,
          `${prefix}.productCode`,
          `There is no product "${input.productCode}" on sale.`,
        ),
      );
    }
    const code = input.discountCode?.trim();
    const hasPartnerCode = code ? await this.partnerDiscounts.isValid(ctx, code) : false;
    if (code && !hasPartnerCode) {
      errors.push(
        userError(
          UserErrorCode.INVALID_DISCOUNT_CODE,
          `${prefix}.discountCode`,
          "This is not your partner discount code. Check it, or leave it empty to pay retail.",
        ),
      );
    }
    const terms = product?.terms(input.period) ?? null;
    if (product && !terms) {
      errors.push(
        userError(
          UserErrorCode.PERIOD_NOT_OFFERED,
          `${prefix}.period`,
          `${product.name} is not sold ${PERIOD_TERMS[input.period].adjective}; choose one of: ${product.periods
            .map((p) => p.period)
            .join(", ")}.`,
        ),
      );
    }
    const tier = account.tier as Tier;
    const result = priceBreakdown({
      unitPrice: terms?.unitPrice ?? 0,
      minimumQuantity: terms?.minimumQuantity ?? 1,
      period: input.period,
      quantity: input.quantity,
      bands: product?.bands ?? [],
      tierBp: tier.resellingBp,
      // An unknown code is reported above; price as if it were valid so that the pass-through
      // check does not add a second, misleading error.
      hasPartnerCode: hasPartnerCode || Boolean(code),
      passThroughBp: input.passThroughBp ?? 0,
      paymentMethod: input.paymentMethod,
    });
    if (!result.ok) {
      for (const error of result.errors) {
        errors.push(userError(UserErrorCode[error.code], `${prefix}.${error.field}`, error.message));
      }
    }
    if (errors.length > 0 || !result.ok || !product || !terms) throw new UserErrorsException(errors);
    return {
      product,
      minimumQuantity: terms.minimumQuantity,
      tier,
      line: result.line,
      discountCodeApplied: hasPartnerCode,
    };
  }
}

export function toQuote(
  priced: Priced,
  input: { period: QuoteInput["period"] },
  vat: { treatment: VatTreatment; rateBp: number },
): Quote {
  const { product, tier, line: b } = priced;
  const vatOnVendorPrice = vatCharge(b.vendorAmount, vat);
  return {
    product,
    tier,
    period: input.period,
    quantity: b.quantity,
    currency: product.currency,
    unitListPrice: b.unitPrice,
    retailPrice: b.retail,
    volumeDiscountBp: b.volumeDiscountBp,
    volumeDiscount: b.volumeDiscount,
    priceAfterVolumeDiscount: b.afterVolume,
    partnerDiscountBp: b.partnerDiscountBp,
    partnerDiscount: b.partnerDiscount,
    vendorPrice: b.vendorAmount,
    vat: vatOnVendorPrice,
    vendorPriceWithVat: b.vendorAmount + vatOnVendorPrice.amount,
    passThroughBp: b.passThroughBp,
    passThroughDiscount: b.passThroughDiscount,
    endCustomerPrice: b.endCustomerPrice,
    margin: b.margin,
    discountCodeApplied: priced.discountCodeApplied,
    wireTransferAllowed: b.quantity >= WIRE_TRANSFER_MINIMUM_QUANTITY,
  };
}
