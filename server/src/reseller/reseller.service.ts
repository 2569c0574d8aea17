import { In } from "typeorm";
import { Account, AccountKind, AccountStatus } from "../account/account.entity.js";
import { Membership } from "../account/membership.entity.js";
import { User, UserStatus } from "../account/user.entity.js";
import { BillingContact } from "../billing-contact/billing-contact.entity.js";
import { MemberRole } from "../common/auth.js";
import type { Clock } from "../common/clock.js";
import { normalizeEmail } from "../common/email.js";
import { fail, UserErrorCode } from "../common/errors.js";
import { isUuid } from "../common/ids.js";
import {
  countOfQuery,
  type KeysetOrder,
  keysetPage,
  type Page,
  type PageArgs,
} from "../common/pagination.js";
import { searchPattern } from "../common/sql.js";
import type { ServiceContext } from "../db/unit-of-work.js";
import type { PartnerDiscountService } from "../partner-discount/partner-discount.service.js";
import type { PartnerDiscountStatus } from "../partner-discount/partner-discount.types.js";
import { nameFromEmail } from "../team/team.service.js";
import { Tier } from "../tier/tier.entity.js";
import type { Reseller } from "./reseller.types.js";

/** Resellers by company name, ignoring case. */
const BY_NAME: KeysetOrder<Reseller> = {
  key: "lower(a.name)",
  id: "a.id",
  part: "text",
  cursor: (r) => [r.name.toLowerCase(), r.id],
};

/**
 * Vendor staff's side of the partner programme: who is a reseller, on which tier. Staff act on
 * other accounts, so each event names the reseller account it belongs to.
 */
export class ResellerService {
  constructor(
    private readonly clock: Clock,
    private readonly discountCodes: PartnerDiscountService,
  ) {}

  /** Resellers by company name, then id; search matches name or owner email, ignoring case. */
  async list(ctx: ServiceContext, args: PageArgs & { search?: string | null }): Promise<Page<Reseller>> {
    const page = keysetPage(args, BY_NAME);
    const search = searchPattern(args.search);
    const base = () => {
      const qb = ctx.em
        .getRepository(Account)
        .createQueryBuilder("a")
        .innerJoin(Membership, "m", "m.account_id = a.id AND m.role = :owner", { owner: MemberRole.OWNER })
        .innerJoin(User, "u", "u.id = m.user_id")
        .where("a.kind = :kind", { kind: AccountKind.RESELLER })
        // Companies still applying have no tier; staff see them among the applications.
        .andWhere("a.status <> :applying", { applying: AccountStatus.APPLYING });
      if (search) qb.andWhere("(a.name ILIKE :search OR u.email ILIKE :search)", { search });
      return qb;
    };
    const accounts = await page.query(base().leftJoinAndSelect("a.tier", "tier")).getMany();
    const owners = accounts.length
      ? await ctx.em.find(Membership, {
          where: { accountId: In(accounts.map((a) => a.id)), role: MemberRole.OWNER },
          relations: { user: true },
        })
      : [];
    const ownerOf = new Map(owners.map((m) => [m.accountId, m.user]));
    const discounts = await this.discountCodes.statuses(
      ctx,
      accounts.map((a) => a.id),
    );
    const rows = accounts.map((account) =>
      this.toReseller(account, ownerOf.get(account.id) as User, discounts.get(account.id)),
    );
    return page.of(rows, countOfQuery(ctx.em, base().select("a.id")));
  }

  /**
   * Makes a reseller account with its owner, and the owner as first billing contact;
   * `reseller.enabled` mails the owner an activation link. An email that already belongs to an
   * account cannot own another.
   */
  async enable(
    ctx: ServiceContext,
    input: { ownerEmail: string; ownerName?: string | null; companyName: string; tierCode: string },
  ): Promise<Reseller> {
    const { em } = ctx;
    const email = normalizeEmail(input.ownerEmail);
    const now = this.clock.now();
    const tier = await this.tier(ctx, input.tierCode, "input.tierCode");
    await em.query(
      `INSERT INTO app_user (email, name, status, created_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (email) DO NOTHING`,
      [email, input.ownerName?.trim() || nameFromEmail(email), UserStatus.INVITED, now],
    );
    const owner = await em.findOneOrFail(User, { where: { email }, lock: { mode: "pessimistic_write" } });
    if (owner.isVendorStaff || (await em.findOneBy(Membership, { userId: owner.id }))) {
      fail(
        UserErrorCode.EMAIL_IN_USE,
        "input.ownerEmail",
        `${email} already belongs to an account; a reseller needs an email of its own.`,
      );
    }
    const account = await em.save(
      em.create(Account, {
        kind: AccountKind.RESELLER,
        name: input.companyName.trim(),
        status: AccountStatus.ACTIVE,
        tierId: tier.id,
        createdAt: now,
      }),
    );
    await em.insert(Membership, {
      accountId: account.id,
      userId: owner.id,
      role: MemberRole.OWNER,
      createdAt: now,
    });
    await em.insert(BillingContact, { accountId: account.id, email, name: owner.name, createdAt: now });
    await ctx.publish(
      "reseller.enabled",
      account.id,
      {
        accountName: account.name,
        tier: tier.name,
        owner: { userId: owner.id, email, activationNeeded: owner.status === UserStatus.INVITED },
      },
      account.id,
    );
    return this.toReseller({ ...account, tier }, owner);
  }

  async setTier(ctx: ServiceContext, id: string, tierCode: string): Promise<Reseller> {
    const account = await this.reseller(ctx, id);
    const previousTierCode = (account.tier as Tier).code;
    account.tier = await this.tier(ctx, tierCode, "tierCode");
    account.tierId = account.tier.id;
    await ctx.em.save(account);
    await ctx.publish(
      "reseller.tier_changed",
      account.id,
      { tierCode: account.tier.code, previousTierCode },
      account.id,
    );
    return this.withOwner(ctx, account);
  }

  /** A disabled reseller's people and keys can no longer act for it. */
  async disable(ctx: ServiceContext, id: string): Promise<Reseller> {
    const account = await this.reseller(ctx, id);
    if (account.status === AccountStatus.DISABLED) {
      fail(UserErrorCode.ALREADY_DISABLED, "id", "This reseller is already disabled.");
    }
    account.status = AccountStatus.DISABLED;
    await ctx.em.save(account);
    await ctx.publish("reseller.disabled", account.id, { accountName: account.name }, account.id);
    return this.withOwner(ctx, account);
  }

  private async tier(ctx: ServiceContext, code: string, field: string): Promise<Tier> {
    const tier = await ctx.em.findOneBy(Tier, { code: code.trim().toUpperCase() });
    return tier ?? fail(UserErrorCode.UNKNOWN_TIER, field, `There is no tier "${code}".`);
  }

  private async reseller(ctx: ServiceContext, id: string): Promise<Account> {
    const account = isUuid(id)
      ? await ctx.em.findOne(Account, {
          where: { id, kind: AccountKind.RESELLER },
          relations: { tier: true },
          lock: { mode: "pessimistic_write", tables: ["account"] },
        })
      : null;
    return account ?? fail(UserErrorCode.NOT_FOUND, "id", "Reseller not found.");
  }

  private async withOwner(ctx: ServiceContext, account: Account): Promise<Reseller> {
    const owner = await ctx.em.findOneOrFail(Membership, {
      where: { accountId: account.id, role: MemberRole.OWNER },
      relations: { user: true },
    });
    const discounts = await this.discountCodes.statuses(ctx, [account.id]);
    return this.toReseller(account, owner.user, discounts.get(account.id));
  }

  private toReseller(account: Account, owner: User, partnerDiscount?: PartnerDiscountStatus): Reseller {
    return {
      partnerDiscount: partnerDiscount ?? { code: null, issuedAt: null, requestedAt: null },
      id: account.id,
      name: account.name,
      status: account.status,
      tier: account.tier as Tier,
      owner,
      createdAt: account.createdAt,
    };
  }
}
