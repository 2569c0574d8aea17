import { Arg, Authorized, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import { Permission } from "../common/auth.js";
import { AFTER_DESCRIPTION, FIRST_DESCRIPTION, type Page } from "../common/pagination.js";
import { ResellerService } from "./reseller.service.js";
import { type Reseller, ResellerConnection, ResellerEnableInput, ResellerPayload } from "./reseller.types.js";

/** Vendor staff operations on reseller accounts. */
@Authorized(Permission.VENDOR_ADMIN)
@Resolver()
export class ResellerResolver {
  constructor(private readonly resellerService: ResellerService) {}

  @Query(() => ResellerConnection, { description: "Reseller accounts by company name." })
  resellers(
    @Arg("first", () => Int, { nullable: true, description: FIRST_DESCRIPTION }) first: number | null,
    @Arg("after", () => String, { nullable: true, description: AFTER_DESCRIPTION }) after: string | null,
    @Arg("search", () => String, { nullable: true, description: "Part of the company name or owner email." })
    search: string | null,
  ): Promise<Page<Reseller>> {
    return this.resellerService.list({ first, after, search });
  }

  @Mutation(() => ResellerPayload, {
    description:
      "Enables a reseller account: its owner gets an activation link, and is its first billing contact.",
  })
  async resellerEnable(@Arg("input") input: ResellerEnableInput): Promise<ResellerPayload> {
    return { reseller: await this.resellerService.enable(input), userErrors: [] };
  }

  @Mutation(() => ResellerPayload, { description: "Moves a reseller to another tier, effective at once." })
  async resellerSetTier(
    @Arg("id", () => ID) id: string,
    @Arg("tierCode") tierCode: string,
  ): Promise<ResellerPayload> {
    return { reseller: await this.resellerService.setTier(id, tierCode), userErrors: [] };
  }

  @Mutation(() => ResellerPayload, {
    description: "Disables a reseller: its people and API keys can no longer act.",
  })
  async resellerDisable(@Arg("id", () => ID) id: string): Promise<ResellerPayload> {
    return { reseller: await this.resellerService.disable(id), userErrors: [] };
  }
}
