import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { Permission } from "../common/auth.js";
import { actorOf, type RequestContext } from "../common/context.js";
import { CatalogService } from "./catalog.service.js";
import {
  ProductCreateInput,
  ProductPayload,
  ProductUpdateInput,
  QuoteInput,
  QuotePayload,
} from "./catalog.types.js";
import { Product } from "./product.entity.js";
import { QuoteService } from "./quote.service.js";

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
