import { Arg, Ctx, FieldResolver, ID, Resolver, Root } from "type-graphql";
import { Permission } from "../common/auth.js";
import type { RequestContext } from "../common/context.js";
import { UserErrorCode } from "../common/errors.js";
import { DomainMutation, DomainQuery } from "../common/operations.js";
import type { Success } from "../common/payload.js";
import { validationCodes } from "../common/validation.js";
import { UnitOfWork } from "../db/unit-of-work.js";
import { CardExpiry, SavedPaymentMethod } from "./saved-payment-method.entity.js";
import { WalletService } from "./wallet.service.js";
import {
  PaymentMethodAddCardInput,
  PaymentMethodAddPaypalInput,
  PaymentMethodPayload,
} from "./wallet.types.js";

@Resolver(() => SavedPaymentMethod)
export class WalletResolver {
  constructor(
    private readonly wallet: WalletService,
    private readonly work: UnitOfWork,
  ) {}

  @DomainQuery(() => [SavedPaymentMethod], {
    access: Permission.RESELLER_READ,
    description: "The account's saved cards and PayPal accounts, the default first.",
  })
  paymentMethods(@Ctx() ctx: RequestContext): Promise<SavedPaymentMethod[]> {
    return this.wallet.list(this.work.read(ctx));
  }

  @FieldResolver(() => CardExpiry, { description: "Whether a card expires within 30 days, or has expired." })
  expiry(@Root() method: SavedPaymentMethod): CardExpiry {
    return this.wallet.expiryOf(method);
  }

  @DomainMutation(() => PaymentMethodPayload, {
    access: Permission.BILLING_MANAGE,
    refuses: [
      ...validationCodes(PaymentMethodAddCardInput),
      UserErrorCode.INVALID_CARD,
      UserErrorCode.CARD_EXPIRED,
    ],
    description: "Saves a card by its provider token; the first method saved is the default.",
  })
  async paymentMethodAddCard(
    @Arg("input") input: PaymentMethodAddCardInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Success<typeof PaymentMethodPayload>> {
    return { paymentMethod: await this.work.run(ctx, (sc) => this.wallet.addCard(sc, input)) };
  }

  @DomainMutation(() => PaymentMethodPayload, {
    access: Permission.BILLING_MANAGE,
    refuses: validationCodes(PaymentMethodAddPaypalInput),
    description: "Saves a PayPal account; the first method saved is the default.",
  })
  async paymentMethodAddPaypal(
    @Arg("input") input: PaymentMethodAddPaypalInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Success<typeof PaymentMethodPayload>> {
    return { paymentMethod: await this.work.run(ctx, (sc) => this.wallet.addPaypal(sc, input)) };
  }

  @DomainMutation(() => PaymentMethodPayload, {
    access: Permission.BILLING_MANAGE,
    refuses: [UserErrorCode.NOT_FOUND],
    description:
      "Makes a saved method the default: paid with when nothing else is chosen, and tried when another is declined.",
  })
  async paymentMethodSetDefault(
    @Arg("id", () => ID) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Success<typeof PaymentMethodPayload>> {
    return { paymentMethod: await this.work.run(ctx, (sc) => this.wallet.setDefault(sc, id)) };
  }

  @DomainMutation(() => PaymentMethodPayload, {
    access: Permission.BILLING_MANAGE,
    refuses: [UserErrorCode.NOT_FOUND, UserErrorCode.LAST_PAYMENT_METHOD],
    description:
      "Removes a saved method; subscriptions paid by it move to the default. The last method stays while card or PayPal subscriptions renew.",
  })
  async paymentMethodRemove(
    @Arg("id", () => ID) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Success<typeof PaymentMethodPayload>> {
    return { paymentMethod: await this.work.run(ctx, (sc) => this.wallet.remove(sc, id)) };
  }
}
