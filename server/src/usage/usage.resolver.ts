import { Arg, Ctx, ID, Int, Resolver } from "type-graphql";
import { Permission } from "../common/auth.js";
import type { RequestContext } from "../common/context.js";
import { UserErrorCode } from "../common/errors.js";
import { DomainMutation, DomainQuery } from "../common/operations.js";
import type { Success } from "../common/payload.js";
import { validationCodes } from "../common/validation.js";
import { UnitOfWork } from "../db/unit-of-work.js";
import { IngestionKeyService } from "./ingestion-key.service.js";
import { UsageService } from "./usage.service.js";
import {
  IngestionKey,
  IngestionKeyCreateInput,
  IngestionKeyPayload,
  ProductUsage,
  UsageDay,
  UsageReportInput,
  UsageReportPayload,
  UsageRowInput,
} from "./usage.types.js";

/** License usage against seats: the vendor's product reports it; resellers, customers and staff read it. */
@Resolver()
export class UsageResolver {
  constructor(
    private readonly usage: UsageService,
    private readonly keys: IngestionKeyService,
    private readonly work: UnitOfWork,
  ) {}

  @DomainMutation(() => UsageReportPayload, {
    access: Permission.USAGE_REPORT,
    refuses: [
      ...validationCodes(UsageReportInput),
      ...validationCodes(UsageRowInput),
      UserErrorCode.INVALID_INPUT,
      UserErrorCode.UNKNOWN_CUSTOMER,
      UserErrorCode.UNKNOWN_PRODUCT,
      UserErrorCode.IDEMPOTENCY_KEY_REUSED,
    ],
    description:
      "The vendor's product reports agents registered per customer account and product, with a product-ingestion key: up to 10,000 rows, all written in one statement or none. A report id sent again changes nothing; a count older than the one known never moves it back, and each day keeps its latest.",
  })
  async usageReport(
    @Ctx() ctx: RequestContext,
    @Arg("input") input: UsageReportInput,
  ): Promise<Success<typeof UsageReportPayload>> {
    return { receipt: await this.work.run(ctx, (sc) => this.usage.report(sc, input)) };
  }

  @DomainQuery(() => [ProductUsage], {
    access: Permission.RESELLER_READ,
    description:
      "Your licenses in force (assigned or not) against the agents of every customer on your list, per product.",
  })
  licenseUsage(@Ctx() ctx: RequestContext): Promise<ProductUsage[]> {
    return this.usage.forReseller(this.work.read(ctx));
  }

  @DomainQuery(() => [ProductUsage], {
    access: Permission.RESELLER_READ,
    nullable: true,
    description:
      "One customer of your list: its agents per product against the licenses you assigned it; null when it is not on your list.",
  })
  async customerUsage(
    @Ctx() ctx: RequestContext,
    @Arg("customerId", () => ID, { description: "The customer's entry on your list (Customer.id)." })
    customerId: string,
  ): Promise<ProductUsage[] | null> {
    const sc = this.work.read(ctx);
    const account = await this.usage.customerOnList(sc, customerId);
    return account ? this.usage.forCustomer(sc, account) : null;
  }

  @DomainQuery(() => [UsageDay], {
    access: Permission.RESELLER_READ,
    nullable: true,
    description:
      "One customer's agents of one product per day, oldest first, over the last `days` days (1 to 400); null when it is not on your list.",
  })
  async customerUsageHistory(
    @Ctx() ctx: RequestContext,
    @Arg("customerId", () => ID) customerId: string,
    @Arg("productCode") productCode: string,
    @Arg("days", () => Int, { defaultValue: 30 }) days: number,
  ): Promise<UsageDay[] | null> {
    const sc = this.work.read(ctx);
    const account = await this.usage.customerOnList(sc, customerId);
    return account ? this.usage.history(sc, account, productCode, days) : null;
  }

  @DomainQuery(() => [ProductUsage], {
    access: Permission.CUSTOMER_PORTAL,
    description: "Your agents per product against every license your resellers assigned you.",
  })
  portalUsage(@Ctx() ctx: RequestContext): Promise<ProductUsage[]> {
    return this.usage.forPortal(this.work.read(ctx));
  }

  @DomainQuery(() => [IngestionKey], {
    access: Permission.VENDOR_ADMIN,
    description: "The product-ingestion keys, newest first, revoked ones too.",
  })
  ingestionKeys(@Ctx() ctx: RequestContext): Promise<IngestionKey[]> {
    return this.keys.list(this.work.read(ctx));
  }

  @DomainMutation(() => IngestionKeyPayload, {
    access: Permission.VENDOR_ADMIN,
    refuses: validationCodes(IngestionKeyCreateInput),
    description:
      "Makes a product-ingestion key for the vendor's product: it may only report usage. The whole key is in the answer this once.",
  })
  async ingestionKeyCreate(
    @Ctx() ctx: RequestContext,
    @Arg("input") input: IngestionKeyCreateInput,
  ): Promise<Success<typeof IngestionKeyPayload>> {
    return this.work.run(ctx, (sc) => this.keys.create(sc, input.name));
  }

  @DomainMutation(() => IngestionKeyPayload, {
    access: Permission.VENDOR_ADMIN,
    refuses: [UserErrorCode.NOT_FOUND, UserErrorCode.ALREADY_REVOKED],
    description: "Revokes a product-ingestion key: it stops working at once.",
  })
  async ingestionKeyRevoke(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
  ): Promise<Success<typeof IngestionKeyPayload>> {
    return { ingestionKey: await this.work.run(ctx, (sc) => this.keys.revoke(sc, id)), secret: null };
  }
}
