import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import { Permission } from "../common/auth.js";
import { actorOf, type RequestContext } from "../common/context.js";
import { AFTER_DESCRIPTION, FIRST_DESCRIPTION, type Page } from "../common/pagination.js";
import { UnitOfWork } from "../db/unit-of-work.js";
import { Invoice, InvoiceStatus } from "./invoice.entity.js";
import { InvoiceService } from "./invoice.service.js";
import { InvoiceConnection, InvoicePayload } from "./invoice.types.js";

@Resolver()
export class InvoiceResolver {
  constructor(
    private readonly invoiceService: InvoiceService,
    private readonly work: UnitOfWork,
  ) {}

  @Authorized(Permission.RESELLER_READ)
  @Query(() => InvoiceConnection, { description: "The reseller's invoices, newest first." })
  invoices(
    @Ctx() ctx: RequestContext,
    @Arg("first", () => Int, { nullable: true, description: FIRST_DESCRIPTION }) first: number | null,
    @Arg("after", () => String, { nullable: true, description: AFTER_DESCRIPTION }) after: string | null,
    @Arg("status", () => InvoiceStatus, { nullable: true }) status: InvoiceStatus | null,
    @Arg("subscriptionId", () => ID, { nullable: true }) subscriptionId: string | null,
  ): Promise<Page<Invoice>> {
    return this.invoiceService.list(actorOf(ctx), { first, after, status, subscriptionId });
  }

  // Open to anyone signed in, so that a customer (or vendor staff) asking for an invoice learns
  // only that there is none for them, as for an id that does not exist.
  @Authorized()
  @Query(() => Invoice, {
    nullable: true,
    description: "One of the reseller's invoices; null for anyone else, customers included.",
  })
  invoice(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string): Promise<Invoice | null> {
    return this.invoiceService.getForActor(this.work.read(ctx), id);
  }

  @Authorized(Permission.VENDOR_ADMIN)
  @Query(() => InvoiceConnection, {
    description: "Every reseller's invoices, newest first; OPEN ones await payment.",
  })
  vendorInvoices(
    @Arg("first", () => Int, { nullable: true, description: FIRST_DESCRIPTION }) first: number | null,
    @Arg("after", () => String, { nullable: true, description: AFTER_DESCRIPTION }) after: string | null,
    @Arg("status", () => InvoiceStatus, { nullable: true }) status: InvoiceStatus | null,
  ): Promise<Page<Invoice>> {
    return this.invoiceService.listAll({ first, after, status });
  }

  @Authorized(Permission.VENDOR_ADMIN)
  @Mutation(() => InvoicePayload, {
    description: "Records a wire transfer against an open invoice: it is PAID and its subscription ACTIVE.",
  })
  async invoiceRecordPayment(
    @Ctx() ctx: RequestContext,
    @Arg("invoiceId", () => ID) invoiceId: string,
    @Arg("reference", { defaultValue: "", description: "The bank's reference of the transfer." })
    reference: string,
  ): Promise<InvoicePayload> {
    return {
      invoice: await this.invoiceService.recordPayment(actorOf(ctx), invoiceId, reference),
      userErrors: [],
    };
  }
}
