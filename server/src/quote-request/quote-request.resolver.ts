import { GraphQLSafeInt } from "graphql-scalars";
import { Arg, Args, Ctx, ID, Resolver } from "type-graphql";
import { PRICING_REFUSALS } from "../catalog/quote.service.js";
import { Permission } from "../common/auth.js";
import type { RequestContext } from "../common/context.js";
import { UserErrorCode } from "../common/errors.js";
import { DomainMutation, DomainQuery } from "../common/operations.js";
import { type Page, PageArgs } from "../common/pagination.js";
import type { Success } from "../common/payload.js";
import { validationCodes } from "../common/validation.js";
import { UnitOfWork } from "../db/unit-of-work.js";
import { PAYMENT_CHOICE_REFUSALS } from "../payment/payment-method.js";
import { QuoteRequest, QuoteRequestStatus } from "./quote-request.entity.js";
import { QuoteRequestService } from "./quote-request.service.js";
import {
  QuoteRequestAcceptInput,
  QuoteRequestAcceptPayload,
  QuoteRequestConnection,
  QuoteRequestCreateInput,
  QuoteRequestPayload,
} from "./quote-request.types.js";

/** Special prices for large deals: resellers ask and buy, vendor staff answer. */
@Resolver()
export class QuoteRequestResolver {
  constructor(
    private readonly service: QuoteRequestService,
    private readonly work: UnitOfWork,
  ) {}

  @DomainMutation(() => QuoteRequestPayload, {
    access: Permission.RESELLER_WRITE,
    refuses: [...validationCodes(QuoteRequestCreateInput), ...PRICING_REFUSALS, UserErrorCode.NOT_FOUND],
    description:
      "Asks the vendor for a special price for a large deal: product, period, quantity, optionally the end customer, and a note. Vendor staff answer with a price per license and a validity date, or decline.",
  })
  async quoteRequestCreate(
    @Ctx() ctx: RequestContext,
    @Arg("input") input: QuoteRequestCreateInput,
  ): Promise<Success<typeof QuoteRequestPayload>> {
    return { quoteRequest: await this.work.run(ctx, (sc) => this.service.create(sc, input)) };
  }

  @DomainQuery(() => QuoteRequestConnection, {
    access: Permission.RESELLER_READ,
    description: "Your requests for special prices, newest first, in one status or all.",
  })
  quoteRequests(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg("status", () => QuoteRequestStatus, { nullable: true }) status: QuoteRequestStatus | null,
  ): Promise<Page<QuoteRequest>> {
    return this.service.mine(this.work.read(ctx), { ...page, status });
  }

  @DomainQuery(() => QuoteRequest, {
    access: "SIGNED_IN",
    nullable: true,
    description: "One request for a special price: your own, or any for vendor staff; null otherwise.",
  })
  quoteRequest(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string): Promise<QuoteRequest | null> {
    return this.service.get(this.work.read(ctx), id);
  }

  @DomainMutation(() => QuoteRequestAcceptPayload, {
    access: Permission.RESELLER_WRITE,
    refuses: [
      ...validationCodes(QuoteRequestAcceptInput),
      ...PRICING_REFUSALS,
      ...PAYMENT_CHOICE_REFUSALS,
      UserErrorCode.NOT_FOUND,
      UserErrorCode.QUOTE_NOT_QUOTED,
      UserErrorCode.QUOTE_EXPIRED,
      UserErrorCode.PAYMENT_DECLINED,
      UserErrorCode.INVALID_INPUT,
      UserErrorCode.IDEMPOTENCY_KEY_REUSED,
      UserErrorCode.ANNEX_NOT_ACCEPTED,
    ],
    description:
      "Buys a quoted deal at its special price, until its validity date: a subscription as subscriptionPurchase makes, at the quoted price per license (no volume or partner discount on top, renewals at the same price), its invoice line naming the reference.",
  })
  async quoteRequestAccept(
    @Ctx() ctx: RequestContext,
    @Arg("input") input: QuoteRequestAcceptInput,
  ): Promise<Success<typeof QuoteRequestAcceptPayload>> {
    return this.work.run(ctx, (sc) => this.service.accept(sc, input));
  }

  @DomainQuery(() => QuoteRequestConnection, {
    access: Permission.VENDOR_ADMIN,
    description: "Every reseller's requests for special prices, oldest first, in one status or all.",
  })
  vendorQuoteRequests(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg("status", () => QuoteRequestStatus, { nullable: true }) status: QuoteRequestStatus | null,
  ): Promise<Page<QuoteRequest>> {
    return this.service.all(this.work.read(ctx), { ...page, status });
  }

  @DomainMutation(() => QuoteRequestPayload, {
    access: Permission.VENDOR_ADMIN,
    refuses: [UserErrorCode.NOT_FOUND, UserErrorCode.QUOTE_NOT_OPEN, UserErrorCode.INVALID_INPUT],
    description:
      "Answers an open request with a special price per license and period, valid until a date; the reseller is mailed.",
  })
  async quoteRequestAnswer(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("unitPrice", () => GraphQLSafeInt, { description: "One license for one period, in minor units." })
    unitPrice: number,
    @Arg("validUntil", () => Date) validUntil: Date,
  ): Promise<Success<typeof QuoteRequestPayload>> {
    return {
      quoteRequest: await this.work.run(ctx, (sc) => this.service.answer(sc, id, unitPrice, validUntil)),
    };
  }

  @DomainMutation(() => QuoteRequestPayload, {
    access: Permission.VENDOR_ADMIN,
    refuses: [
      UserErrorCode.NOT_FOUND,
      UserErrorCode.QUOTE_NOT_OPEN,
      UserErrorCode.REQUIRED,
      UserErrorCode.TOO_LONG,
    ],
    description: "Declines an open request with a reason; the reseller is mailed.",
  })
  async quoteRequestDecline(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("reason") reason: string,
  ): Promise<Success<typeof QuoteRequestPayload>> {
    return { quoteRequest: await this.work.run(ctx, (sc) => this.service.decline(sc, id, reason)) };
  }
}
