import type DataLoader from "dataloader";
import { Arg, Args, Ctx, FieldResolver, ID, Resolver, Root } from "type-graphql";
import { Permission } from "../common/auth.js";
import type { RequestContext } from "../common/context.js";
import { UserErrorCode } from "../common/errors.js";
import { DomainMutation, DomainQuery } from "../common/operations.js";
import { type Page, PageArgs } from "../common/pagination.js";
import type { Success } from "../common/payload.js";
import { requestLoader } from "../common/request-loader.js";
import { UnitOfWork } from "../db/unit-of-work.js";
import { Invoice, InvoiceStatus } from "./invoice.entity.js";
import { InvoiceService } from "./invoice.service.js";
import { InvoiceConnection, InvoicePayload, InvoiceReseller } from "./invoice.types.js";

@Resolver()
export class InvoiceResolver {
  constructor(
    private readonly service: InvoiceService,
    private readonly work: UnitOfWork,
  ) {}

  @DomainQuery(() => InvoiceConnection, {
    access: Permission.RESELLER_READ,
    description: "The reseller's invoices, newest first.",
  })
  invoices(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg("status", () => InvoiceStatus, { nullable: true }) status: InvoiceStatus | null,
    @Arg("subscriptionId", () => ID, { nullable: true }) subscriptionId: string | null,
  ): Promise<Page<Invoice>> {
    return this.service.list(this.work.read(ctx), { ...page, status, subscriptionId });
  }

  // Open to anyone signed in, so that a customer asking for an invoice learns only that there is
  // none for them, as for an id that does not exist.
  @DomainQuery(() => Invoice, {
    access: "SIGNED_IN",
    nullable: true,
    description:
      "One of the reseller's invoices, or any for vendor staff; null for anyone else, customers included.",
  })
  invoice(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string): Promise<Invoice | null> {
    return this.service.getForActor(this.work.read(ctx), id);
  }

  @DomainQuery(() => InvoiceConnection, {
    access: Permission.VENDOR_ADMIN,
    description: "Every reseller's invoices, newest first; OPEN ones await payment.",
  })
  vendorInvoices(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg("status", () => InvoiceStatus, { nullable: true }) status: InvoiceStatus | null,
  ): Promise<Page<Invoice>> {
    return this.service.listAll(this.work.read(ctx), { ...page, status });
  }

  @DomainMutation(() => InvoicePayload, {
    access: Permission.VENDOR_ADMIN,
    refuses: [UserErrorCode.TOO_LONG, UserErrorCode.NOT_FOUND, UserErrorCode.INVOICE_NOT_OPEN],
    description: "Records a wire transfer against an open invoice: it is PAID and its subscription ACTIVE.",
  })
  async invoiceRecordPayment(
    @Ctx() ctx: RequestContext,
    @Arg("invoiceId", () => ID) invoiceId: string,
    @Arg("reference", { defaultValue: "", description: "The bank's reference of the transfer." })
    reference: string,
  ): Promise<Success<typeof InvoicePayload>> {
    // Staff act for the reseller the invoice belongs to.
    const accountId = await this.service.resellerOf(this.work.read(ctx), invoiceId);
    const invoice = await this.work.run(ctx, (sc) => this.service.recordPayment(sc, invoiceId, reference), {
      accountId,
    });
    return { invoice };
  }
}

/** Per request, the resellers of a page of invoices in one statement. */
const resellers = new WeakMap<RequestContext, DataLoader<string, InvoiceReseller | null>>();

@Resolver(() => Invoice)
export class InvoiceResellerResolver {
  constructor(
    private readonly service: InvoiceService,
    private readonly work: UnitOfWork,
  ) {}

  @FieldResolver(() => InvoiceReseller, { description: "The reseller billed: who owes an open invoice." })
  async reseller(@Root() invoice: Invoice, @Ctx() ctx: RequestContext): Promise<InvoiceReseller> {
    const found = await requestLoader(
      resellers,
      ctx,
      (ids) => this.service.resellersByIds(this.work.read(ctx), ids),
      null,
    ).load(invoice.resellerId);
    if (!found) throw new Error(`reseller ${invoice.resellerId} of invoice ${invoice.id} vanished`);
    return found;
  }
}
