import { randomBytes } from "node:crypto";
import { In, IsNull } from "typeorm";
import { Account, AccountKind } from "../account/account.entity.js";
import { User } from "../account/user.entity.js";
import type { Clock } from "../common/clock.js";
import { isUniqueViolation } from "../common/db-errors.js";
import { fail, UserErrorCode } from "../common/errors.js";
import { isUuid } from "../common/ids.js";
import { owned, tenantOf } from "../db/tenant.js";
import type { ServiceContext } from "../db/unit-of-work.js";
import { PartnerDiscountCode, PartnerDiscountCodeRequest } from "./partner-discount.entity.js";
import type { PartnerDiscountStatus } from "./partner-discount.types.js";

/** Letters and digits people cannot confuse when they read a code out. */
const CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

function newCode(): string {
  const chars = [...randomBytes(10)].map((byte) => CODE_ALPHABET[byte % CODE_ALPHABET.length]);
  return `PD-${chars.slice(0, 5).join("")}-${chars.slice(5).join("")}`;
}

/** Normalises a code as typed: upper case, no surrounding spaces. */
export function normalizeDiscountCode(code: string): string {
  return code.trim().toUpperCase();
}

/**
 * Partner discount codes: vendor staff issue one per reseller, a reseller may ask for one, and
 * a purchase with the reseller's own active code gets the tier's reselling percentage.
 */
export class PartnerDiscountService {
  constructor(private readonly clock: Clock) {}

  /** The context's reseller's code and open request. */
  status(ctx: ServiceContext): Promise<PartnerDiscountStatus> {
    return this.statusOf(ctx, tenantOf(ctx));
  }

  /** The statuses of many resellers in two queries, for lists. */
  async statuses(ctx: ServiceContext, accountIds: string[]): Promise<Map<string, PartnerDiscountStatus>> {
    const [codes, requests] = accountIds.length
      ? await Promise.all([
          ctx.em.findBy(PartnerDiscountCode, { accountId: In(accountIds), revokedAt: IsNull() }),
          ctx.em.findBy(PartnerDiscountCodeRequest, { accountId: In(accountIds), closedAt: IsNull() }),
        ])
      : [[], []];
    const codeOf = new Map(codes.map((c) => [c.accountId, c]));
    const requestOf = new Map(requests.map((r) => [r.accountId, r]));
    return new Map(
      accountIds.map((id) => [
        id,
        {
          code: codeOf.get(id)?.code ?? null,
          issuedAt: codeOf.get(id)?.issuedAt ?? null,
          requestedAt: requestOf.get(id)?.requestedAt ?? null,
        },
      ]),
    );
  }

  /** Whether `code` is the context's reseller's active code. */
  isValid(ctx: ServiceContext, code: string): Promise<boolean> {
    return owned(ctx, PartnerDiscountCode).exists({ code: normalizeDiscountCode(code), revokedAt: IsNull() });
  }

  /** Asks vendor staff for a code; `partner_discount.requested` tells them. One open request at a time. */
  async request(ctx: ServiceContext, note: string): Promise<PartnerDiscountStatus> {
    const { em, actor } = ctx;
    const accountId = tenantOf(ctx);
    if (await owned(ctx, PartnerDiscountCode).exists({ revokedAt: IsNull() })) {
      fail(
        UserErrorCode.ALREADY_REQUESTED,
        null,
        "You already have a partner discount code; it is on this page.",
      );
    }
    const request = await owned(ctx, PartnerDiscountCodeRequest)
      .create({ requestedBy: actor.userId, note: note.trim(), requestedAt: this.clock.now() })
      .catch((error: unknown) =>
        isUniqueViolation(error)
          ? fail(
              UserErrorCode.ALREADY_REQUESTED,
              null,
              "A request is already with vendor staff; they will send the code by mail.",
            )
          : Promise.reject(error),
      );
    const account = await em.findOneByOrFail(Account, { id: accountId });
    const requester = actor.userId ? await em.findOneBy(User, { id: actor.userId }) : null;
    await ctx.publish("partner_discount.requested", request.id, {
      resellerName: account.name,
      requestedBy: requester ? `${requester.name} <${requester.email}>` : "an API key",
      note: request.note,
    });
    return this.statusOf(ctx, accountId);
  }

  /**
   * Issues a new code to a reseller: the old one stops working, an open request is closed, and
   * `partner_discount.issued` sends the reseller's billing contacts the code.
   */
  async issue(ctx: ServiceContext, resellerId: string): Promise<PartnerDiscountStatus> {
    const { em } = ctx;
    const now = this.clock.now();
    const account = await this.lockReseller(ctx, resellerId);
    await em.update(PartnerDiscountCode, { accountId: account.id, revokedAt: IsNull() }, { revokedAt: now });
    await em.update(
      PartnerDiscountCodeRequest,
      { accountId: account.id, closedAt: IsNull() },
      { closedAt: now },
    );
    const code = await em.save(
      em.create(PartnerDiscountCode, {
        accountId: account.id,
        code: newCode(),
        issuedBy: ctx.actor.userId,
        issuedAt: now,
      }),
    );
    await ctx.publish("partner_discount.issued", code.id, { resellerName: account.name }, account.id);
    return this.statusOf(ctx, account.id);
  }

  /** Withdraws a reseller's code: its purchases pay retail until a new one is issued. */
  async revoke(ctx: ServiceContext, resellerId: string): Promise<PartnerDiscountStatus> {
    const account = await this.lockReseller(ctx, resellerId);
    const code =
      (await ctx.em.findOneBy(PartnerDiscountCode, { accountId: account.id, revokedAt: IsNull() })) ??
      fail(UserErrorCode.NO_DISCOUNT_CODE, "resellerId", "This reseller has no active code.");
    await ctx.em.update(PartnerDiscountCode, { id: code.id }, { revokedAt: this.clock.now() });
    await ctx.publish("partner_discount.revoked", code.id, { resellerName: account.name }, account.id);
    return this.statusOf(ctx, account.id);
  }

  private async lockReseller(ctx: ServiceContext, id: string): Promise<Account> {
    const account = isUuid(id)
      ? await ctx.em.findOne(Account, {
          where: { id, kind: AccountKind.RESELLER },
          lock: { mode: "pessimistic_write" },
        })
      : null;
    return account ?? fail(UserErrorCode.NOT_FOUND, "resellerId", "Reseller not found.");
  }

  private async statusOf(ctx: ServiceContext, accountId: string): Promise<PartnerDiscountStatus> {
    const [code, request] = await Promise.all([
      ctx.em.findOneBy(PartnerDiscountCode, { accountId, revokedAt: IsNull() }),
      ctx.em.findOneBy(PartnerDiscountCodeRequest, { accountId, closedAt: IsNull() }),
    ]);
    return {
      code: code?.code ?? null,
      issuedAt: code?.issuedAt ?? null,
      requestedAt: request?.requestedAt ?? null,
    };
  }
}
