import { randomBytes } from "node:crypto";
import { type DataSource, type EntityManager, In, IsNull } from "typeorm";
import { Account, AccountKind } from "../account/account.entity.js";
import { User } from "../account/user.entity.js";
import { billingContactEmails } from "../billing-contact/billing-contact.service.js";
import type { Clock } from "../common/clock.js";
import { type Actor, accountOf } from "../common/context.js";
import { isUniqueViolation } from "../common/db-errors.js";
import { fail, UserErrorCode } from "../common/errors.js";
import { isUuid } from "../common/ids.js";
import type { Links } from "../common/links.js";
import type { OutboxService } from "../notifications/outbox.service.js";
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
export class DiscountCodeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly outbox: OutboxService,
    private readonly links: Links,
  ) {}

  status(actor: Actor): Promise<PartnerDiscountStatus> {
    return this.statusOf(this.dataSource.manager, accountOf(actor));
  }

  /** The statuses of many resellers in two queries, for lists. */
  async statuses(accountIds: string[]): Promise<Map<string, PartnerDiscountStatus>> {
    const [codes, requests] = accountIds.length
      ? await Promise.all([
          this.dataSource
            .getRepository(PartnerDiscountCode)
            .findBy({ accountId: In(accountIds), revokedAt: IsNull() }),
          this.dataSource
            .getRepository(PartnerDiscountCodeRequest)
            .findBy({ accountId: In(accountIds), closedAt: IsNull() }),
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

  /** Whether `code` is this reseller's active code. */
  async isValid(em: EntityManager, accountId: string, code: string): Promise<boolean> {
    return em.existsBy(PartnerDiscountCode, {
      accountId,
      code: normalizeDiscountCode(code),
      revokedAt: IsNull(),
    });
  }

  /** Asks vendor staff for a code: every staff member gets a mail. One open request at a time. */
  async request(actor: Actor, note: string): Promise<PartnerDiscountStatus> {
    const accountId = accountOf(actor);
    try {
      return await this.dataSource.transaction(async (em) => {
        const now = this.clock.now();
        if (await em.existsBy(PartnerDiscountCode, { accountId, revokedAt: IsNull() })) {
          fail(
            UserErrorCode.ALREADY_REQUESTED,
            null,
            "You already have a partner discount code; it is on this page.",
          );
        }
        await em.insert(PartnerDiscountCodeRequest, {
          accountId,
          requestedBy: actor.userId,
          note: note.trim(),
          requestedAt: now,
        });
        const account = await em.findOneByOrFail(Account, { id: accountId });
        const requester = actor.userId ? await em.findOneBy(User, { id: actor.userId }) : null;
        const staff = await em.find(User, { where: { isVendorStaff: true }, order: { email: "ASC" } });
        for (const person of staff) {
          await this.outbox.enqueue(em, person.email, "discount_code_request", {
            resellerName: account.name,
            requestedBy: requester ? `${requester.name} <${requester.email}>` : "an API key",
            note: note.trim(),
            link: this.links.page(`/resellers?search=${encodeURIComponent(account.name)}`),
          });
        }
        return this.statusOf(em, accountId);
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        fail(
          UserErrorCode.ALREADY_REQUESTED,
          null,
          "A request is already with vendor staff; they will send the code by mail.",
        );
      }
      throw error;
    }
  }

  /**
   * Issues a new code to a reseller: the old one stops working, an open request is closed, and
   * the reseller's billing contacts get the code by mail.
   */
  issue(actor: Actor, resellerId: string): Promise<PartnerDiscountStatus> {
    return this.dataSource.transaction(async (em) => {
      const now = this.clock.now();
      const account = await this.lockReseller(em, resellerId);
      await em.update(
        PartnerDiscountCode,
        { accountId: account.id, revokedAt: IsNull() },
        { revokedAt: now },
      );
      await em.update(
        PartnerDiscountCodeRequest,
        { accountId: account.id, closedAt: IsNull() },
        { closedAt: now },
      );
      const code = newCode();
      await em.insert(PartnerDiscountCode, {
        accountId: account.id,
        code,
        issuedBy: actor.userId,
        issuedAt: now,
      });
      for (const email of await billingContactEmails(em, account.id)) {
        await this.outbox.enqueue(em, email, "discount_code_issued", {
          resellerName: account.name,
          code,
          link: this.links.page("/pricing"),
        });
      }
      return this.statusOf(em, account.id);
    });
  }

  /** Withdraws a reseller's code: its purchases pay retail until a new one is issued. */
  revoke(resellerId: string): Promise<PartnerDiscountStatus> {
    return this.dataSource.transaction(async (em) => {
      const account = await this.lockReseller(em, resellerId);
      const { affected } = await em.update(
        PartnerDiscountCode,
        { accountId: account.id, revokedAt: IsNull() },
        { revokedAt: this.clock.now() },
      );
      if (!affected) fail(UserErrorCode.NO_DISCOUNT_CODE, "resellerId", "This reseller has no active code.");
      return this.statusOf(em, account.id);
    });
  }

  private async lockReseller(em: EntityManager, id: string): Promise<Account> {
    const account = isUuid(id)
      ? await em.findOne(Account, {
          where: { id, kind: AccountKind.RESELLER },
          lock: { mode: "pessimistic_write" },
        })
      : null;
    return account ?? fail(UserErrorCode.NOT_FOUND, "resellerId", "Reseller not found.");
  }

  private async statusOf(em: EntityManager, accountId: string): Promise<PartnerDiscountStatus> {
    const [code, request] = await Promise.all([
      em.findOneBy(PartnerDiscountCode, { accountId, revokedAt: IsNull() }),
      em.findOneBy(PartnerDiscountCodeRequest, { accountId, closedAt: IsNull() }),
    ]);
    return {
      code: code?.code ?? null,
      issuedAt: code?.issuedAt ?? null,
      requestedAt: request?.requestedAt ?? null,
    };
  }
}
