import { MaxLength } from "class-validator";
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, Query, Resolver } from "type-graphql";
import { Permission } from "../common/auth.js";
import { actorOf, type RequestContext } from "../common/context.js";
import { CatalogService } from "./catalog.service.js";
import {
  PartnerDiscountPayload,
  PartnerDiscountStatus,
  ProductCreateInput,
  ProductPayload,
  ProductUpdateInput,
  QuoteInput,
  QuotePayload,
} from "./catalog.types.js";
import { DiscountCodeService } from "./discount-code.service.js";
import { Product } from "./product.entity.js";
import { QuoteService } from "./quote.service.js";

@InputType()
export class PartnerDiscountRequestInput {
  @Field({ defaultValue: "", description: "Anything vendor staff should know, such as the first order." })
  @MaxLength(1000)
  note: string;
}

@Resolver()
export class CatalogResolver {
  constructor(
    private readonly catalog: CatalogService,
    private readonly quotes: QuoteService,
  ) {}

  @Authorized()
  @Query(() => [Product], {
    description: "Products by name with their volume bands. Only vendor staff see inactive ones.",
  })
  products(
    @Ctx() ctx: RequestContext,
    @Arg("includeInactive", { defaultValue: false }) includeInactive: boolean,
  ): Promise<Product[]> {
    return this.catalog.list({ includeInactive: includeInactive && actorOf(ctx).isVendorStaff });
  }

  @Authorized()
  @Query(() => Product, { nullable: true, description: "A product by code; null if there is none." })
  product(@Ctx() ctx: RequestContext, @Arg("code") code: string): Promise<Product | null> {
    return this.catalog.get(code, { includeInactive: actorOf(ctx).isVendorStaff });
  }

  @Authorized(Permission.RESELLER_READ)
  @Query(() => QuotePayload, {
    description:
      "What a purchase would cost the reseller and its end customer, line by line; bad input gets userErrors.",
  })
  async quote(@Ctx() ctx: RequestContext, @Arg("input") input: QuoteInput): Promise<QuotePayload> {
    return { quote: await this.quotes.quote(actorOf(ctx), input), userErrors: [] };
  }

  @Authorized(Permission.VENDOR_ADMIN)
  @Mutation(() => ProductPayload, { description: "Adds a product to the catalog." })
  async productCreate(@Arg("input") input: ProductCreateInput): Promise<ProductPayload> {
    return { product: await this.catalog.create(input), userErrors: [] };
  }

  @Authorized(Permission.VENDOR_ADMIN)
  @Mutation(() => ProductPayload, {
    description:
      "Changes a product and replaces its bands. New quotes and purchases use the change; bought subscriptions keep their price.",
  })
  async productUpdate(
    @Arg("code") code: string,
    @Arg("input") input: ProductUpdateInput,
  ): Promise<ProductPayload> {
    return { product: await this.catalog.update(code, input), userErrors: [] };
  }
}

@Resolver()
export class DiscountCodeResolver {
  constructor(private readonly codes: DiscountCodeService) {}

  @Authorized(Permission.RESELLER_READ)
  @Query(() => PartnerDiscountStatus, {
    description: "The reseller's partner discount code, if it has one, and any open request for one.",
  })
  partnerDiscount(@Ctx() ctx: RequestContext): Promise<PartnerDiscountStatus> {
    return this.codes.status(actorOf(ctx));
  }

  @Authorized(Permission.RESELLER_WRITE)
  @Mutation(() => PartnerDiscountPayload, { description: "Asks vendor staff for a partner discount code." })
  async partnerDiscountRequest(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => PartnerDiscountRequestInput, { nullable: true })
    input: PartnerDiscountRequestInput | null,
  ): Promise<PartnerDiscountPayload> {
    return { partnerDiscount: await this.codes.request(actorOf(ctx), input?.note ?? ""), userErrors: [] };
  }

  @Authorized(Permission.VENDOR_ADMIN)
  @Mutation(() => PartnerDiscountPayload, {
    description: "Issues a new partner discount code to a reseller; its previous code stops working.",
  })
  async partnerDiscountIssue(
    @Ctx() ctx: RequestContext,
    @Arg("resellerId", () => ID) resellerId: string,
  ): Promise<PartnerDiscountPayload> {
    return { partnerDiscount: await this.codes.issue(actorOf(ctx), resellerId), userErrors: [] };
  }

  @Authorized(Permission.VENDOR_ADMIN)
  @Mutation(() => PartnerDiscountPayload, { description: "Withdraws a reseller's partner discount code." })
  async partnerDiscountRevoke(
    @Arg("resellerId", () => ID) resellerId: string,
  ): Promise<PartnerDiscountPayload> {
    return { partnerDiscount: await this.codes.revoke(resellerId), userErrors: [] };
  }
}
