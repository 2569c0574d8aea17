import type { Clock } from "../common/clock.js";
import { isUniqueViolation } from "../common/db-errors.js";
import { fail, type UserError, UserErrorCode, UserErrorsException, userError } from "../common/errors.js";
import type { ServiceContext } from "../db/unit-of-work.js";
import type { EventPayloads } from "../events/domain-events.js";
import type { ProductCreateInput, ProductUpdateInput, VolumeBandInput } from "./catalog.types.js";
import { BillingPeriod } from "./period-terms.js";
import { defaultMonthlyPrice, isValidBp, MONTHLY_MINIMUM_QUANTITY } from "./pricing.js";
import { Product, VolumeBand } from "./product.entity.js";

/** The catalog: what resellers can buy, at which list prices and volume discounts. */
export class CatalogService {
  constructor(private readonly clock: Clock) {}

  /** Products by name with their bands, in one query; inactive ones for vendor staff who ask. */
  list(ctx: ServiceContext, options: { includeInactive: boolean }): Promise<Product[]> {
    const qb = ctx.em
      .getRepository(Product)
      .createQueryBuilder("p")
      .leftJoinAndSelect("p.bands", "b")
      .orderBy("lower(p.name)", "ASC")
      .addOrderBy("p.id", "ASC")
      .addOrderBy("b.min_quantity", "ASC");
    if (!(options.includeInactive && ctx.actor.isVendorStaff)) qb.where("p.active");
    return qb.getMany();
  }

  /** A product by code as the caller may see it: inactive ones only for vendor staff. */
  get(ctx: ServiceContext, code: string): Promise<Product | null> {
    return this.find(ctx, code, { includeInactive: ctx.actor.isVendorStaff });
  }

  /** A product by code, with its bands; inactive ones only when asked for. */
  async find(
    ctx: ServiceContext,
    code: string,
    options: { includeInactive: boolean; lock?: boolean },
  ): Promise<Product | null> {
    const { em } = ctx;
    const product = await em.findOne(Product, {
      where: { code: code.trim().toUpperCase() },
      ...(options.lock ? { lock: { mode: "pessimistic_write" as const } } : {}),
    });
    if (!product || (!product.active && !options.includeInactive)) return null;
    product.bands = await em.find(VolumeBand, {
      where: { productId: product.id },
      order: { minQuantity: "ASC" },
    });
    return product;
  }

  async create(ctx: ServiceContext, input: ProductCreateInput): Promise<Product> {
    const bands = checkBands(input.bands, "input.bands");
    const { em } = ctx;
    const now = this.clock.now();
    const product = await em
      .save(
        em.create(Product, {
          code: input.code,
          ...fields(input),
          ...periodColumns(input, null),
          createdAt: now,
          updatedAt: now,
        }),
      )
      .catch((error: unknown) =>
        isUniqueViolation(error)
          ? fail(UserErrorCode.PRODUCT_CODE_TAKEN, "input.code", `There is already a product ${input.code}.`)
          : Promise.reject(error),
      );
    await this.replaceBands(ctx, product.id, bands);
    const created = (await this.find(ctx, product.code, { includeInactive: true })) as Product;
    await ctx.publish("product.created", created.id, { product: factsOf(created) });
    return created;
  }

  /**
   * New fields, periods and bands apply to new quotes and purchases; bought subscriptions keep
   * their price and period. Without a monthly price, a new yearly price sets it to its default.
   */
  async update(ctx: ServiceContext, code: string, input: ProductUpdateInput): Promise<Product> {
    const bands = checkBands(input.bands, "input.bands");
    const product =
      (await this.find(ctx, code, { includeInactive: true, lock: true })) ??
      fail(UserErrorCode.UNKNOWN_PRODUCT, "code", `There is no product "${code}".`);
    await ctx.em.update(
      Product,
      { id: product.id },
      { ...fields(input), ...periodColumns(input, product), updatedAt: this.clock.now() },
    );
    await this.replaceBands(ctx, product.id, bands);
    const updated = (await this.find(ctx, product.code, { includeInactive: true })) as Product;
    await ctx.publish("product.updated", updated.id, { product: factsOf(updated) });
    return updated;
  }

  private async replaceBands(
    ctx: ServiceContext,
    productId: string,
    bands: Array<{ minQuantity: number; percentBp: number }>,
  ): Promise<void> {
    await ctx.em.delete(VolumeBand, { productId });
    if (bands.length > 0) {
      await ctx.em.insert(
        VolumeBand,
        bands.map((band) => ({ ...band, productId })),
      );
    }
  }
}

function factsOf(product: Product): EventPayloads["product.updated"]["product"] {
  return {
    id: product.id,
    code: product.code,
    name: product.name,
    yearlyPrice: product.yearlyPrice,
    monthlyPrice: product.monthlyPrice,
    periods: product.periods.map(({ period, unitPrice, minimumQuantity }) => ({
      period,
      unitPrice,
      minimumQuantity,
    })),
    currency: product.currency,
    trialEnabled: product.trialEnabled,
    active: product.active,
    bands: product.bands.map((b) => ({ minQuantity: b.minQuantity, percentBp: b.percentBp })),
  };
}

function fields(input: ProductCreateInput | ProductUpdateInput) {
  return {
    name: input.name.trim(),
    description: input.description.trim(),
    yearlyPrice: input.yearlyPrice,
    currency: input.currency,
    trialEnabled: input.trialEnabled,
    active: input.active,
  };
}

/** Bands by quantity, or every problem with them, each naming its band. */
function checkBands(
  bands: VolumeBandInput[],
  field: string,
): Array<{ minQuantity: number; percentBp: number }> {
  const errors: UserError[] = [];
  const seen = new Set<number>();
  const checked = bands.map((band, index) => {
    if (!isValidBp(band.percentBp)) {
      errors.push(
        userError(
          UserErrorCode.INVALID_PERCENT,
          `${field}.${index}.percentBp`,
          "Use basis points from 0 to 10,000 (100 %).",
        ),
      );
    }
    if (seen.has(band.minQuantity)) {
      errors.push(
        userError(
          UserErrorCode.DUPLICATE_BAND,
          `${field}.${index}.minQuantity`,
          `Two bands start at ${band.minQuantity} licenses.`,
        ),
      );
    }
    seen.add(band.minQuantity);
    return { minQuantity: band.minQuantity, percentBp: band.percentBp };
  });
  if (errors.length > 0) throw new UserErrorsException(errors);
  return checked.sort((a, b) => a.minQuantity - b.minQuantity);
}

type PeriodColumns = Pick<Product, "monthlyPrice" | "monthlyMinimum" | "quarterlyPrice" | "quarterlyMinimum">;

/**
 * The product's periods besides YEARLY, as its columns hold them, from the input and, on an
 * update, the product as it is. Every problem is answered at once, each naming its field.
 */
function periodColumns(
  input: ProductCreateInput | ProductUpdateInput,
  current: Product | null,
): PeriodColumns {
  const monthlyDefault = (): number | null =>
    input.monthlyPrice ??
    (current === null || input.yearlyPrice !== current.yearlyPrice
      ? defaultMonthlyPrice(input.yearlyPrice)
      : current.monthlyPrice);
  if (!input.periods) {
    return {
      // A product not sold monthly starts being so only when given a monthly price.
      monthlyPrice:
        current && current.monthlyPrice === null && input.monthlyPrice == null ? null : monthlyDefault(),
      monthlyMinimum: current?.monthlyMinimum ?? MONTHLY_MINIMUM_QUANTITY,
      quarterlyPrice: current?.quarterlyPrice ?? null,
      quarterlyMinimum: current?.quarterlyMinimum ?? null,
    };
  }
  const errors: UserError[] = [];
  if (input.monthlyPrice != null) {
    errors.push(
      userError(
        UserErrorCode.INVALID_INPUT,
        "input.monthlyPrice",
        "Give the monthly price in periods, or leave periods out.",
      ),
    );
  }
  const columns: PeriodColumns = {
    monthlyPrice: null,
    monthlyMinimum: current?.monthlyMinimum ?? MONTHLY_MINIMUM_QUANTITY,
    quarterlyPrice: null,
    quarterlyMinimum: null,
  };
  const seen = new Set<BillingPeriod>();
  input.periods.forEach((terms, index) => {
    const field = `input.periods.${index}`;
    if (terms.period === BillingPeriod.YEARLY) {
      errors.push(
        userError(
          UserErrorCode.INVALID_INPUT,
          `${field}.period`,
          "Every product is sold yearly, at its yearly price.",
        ),
      );
    } else if (seen.has(terms.period)) {
      errors.push(
        userError(UserErrorCode.INVALID_INPUT, `${field}.period`, `${terms.period} is given twice.`),
      );
    } else if (terms.period === BillingPeriod.MONTHLY) {
      columns.monthlyPrice = terms.unitPrice ?? defaultMonthlyPrice(input.yearlyPrice);
      columns.monthlyMinimum = terms.minimumQuantity;
    } else if (terms.unitPrice == null) {
      errors.push(userError(UserErrorCode.REQUIRED, `${field}.unitPrice`, "Enter the quarterly price."));
    } else {
      columns.quarterlyPrice = terms.unitPrice;
      columns.quarterlyMinimum = terms.minimumQuantity;
    }
    seen.add(terms.period);
  });
  if (errors.length > 0) throw new UserErrorsException(errors);
  return columns;
}
