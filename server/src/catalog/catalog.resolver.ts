import { Arg, Ctx, Resolver } from "type-graphql";
import { Permission } from "../common/auth.js";
import type { RequestContext } from "../common/context.js";
import { UserErrorCode } from "../common/errors.js";
import { DomainMutation, DomainQuery } from "../common/operations.js";
import type { Success } from "../common/payload.js";
import { validationCodes } from "../common/validation.js";
import { UnitOfWork } from "../db/unit-of-work.js";
import { CatalogService } from "./catalog.service.js";
import {
  ProductCreateInput,
  ProductPayload,
  ProductUpdateInput,
  QuoteInput,
  QuotePayload,
  VolumeBandInput,
} from "./catalog.types.js";
import { Product } from "./product.entity.js";
import { QUOTE_REFUSALS, QuoteService } from "./quote.service.js";

/** What a product's bands may be refused with: their input's checks, then the catalog's own. */
const BAND_CODES = [
  ...validationCodes(VolumeBandInput),
  UserErrorCode.INVALID_PERCENT,
  UserErrorCode.DUPLICATE_BAND,
];

@Resolver()
export class CatalogResolver {
  constructor(
    private readonly catalog: CatalogService,
    private readonly quotes: QuoteService,
    private readonly work: UnitOfWork,
  ) {}

  @DomainQuery(() => [Product], {
    access: "SIGNED_IN",
    description: "Products by name with their volume bands. Only vendor staff see inactive ones.",
  })
  products(
    @Ctx() ctx: RequestContext,
    @Arg("includeInactive", { defaultValue: false }) includeInactive: boolean,
  ): Promise<Product[]> {
    return this.catalog.list(this.work.read(ctx), { includeInactive });
  }

  @DomainQuery(() => Product, {
    access: "SIGNED_IN",
    nullable: true,
    description: "A product by code; null if there is none.",
  })
  product(@Ctx() ctx: RequestContext, @Arg("code") code: string): Promise<Product | null> {
    return this.catalog.get(this.work.read(ctx), code);
  }

  @DomainQuery(() => QuotePayload, {
    access: Permission.RESELLER_READ,
    refuses: [...validationCodes(QuoteInput), ...QUOTE_REFUSALS],
    description:
      "What a purchase would cost the reseller and its end customer, line by line; bad input gets userErrors.",
  })
  async quote(
    @Ctx() ctx: RequestContext,
    @Arg("input") input: QuoteInput,
  ): Promise<Success<typeof QuotePayload>> {
    return { quote: await this.quotes.quote(this.work.read(ctx), input) };
  }

  @DomainMutation(() => ProductPayload, {
    access: Permission.VENDOR_ADMIN,
    refuses: [...validationCodes(ProductCreateInput), UserErrorCode.PRODUCT_CODE_TAKEN, ...BAND_CODES],
    description: "Adds a product to the catalog.",
  })
  async productCreate(
    @Ctx() ctx: RequestContext,
    @Arg("input") input: ProductCreateInput,
  ): Promise<Success<typeof ProductPayload>> {
    return { product: await this.work.run(ctx, (sc) => this.catalog.create(sc, input)) };
  }

  @DomainMutation(() => ProductPayload, {
    access: Permission.VENDOR_ADMIN,
    refuses: [...validationCodes(ProductUpdateInput), UserErrorCode.UNKNOWN_PRODUCT, ...BAND_CODES],
    description:
      "Changes a product and replaces its bands. New quotes and purchases use the change; bought subscriptions keep their price.",
  })
  async productUpdate(
    @Ctx() ctx: RequestContext,
    @Arg("code") code: string,
    @Arg("input") input: ProductUpdateInput,
  ): Promise<Success<typeof ProductPayload>> {
    return { product: await this.work.run(ctx, (sc) => this.catalog.update(sc, code, input)) };
  }
}
