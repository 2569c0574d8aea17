import { type DataSource, type EntityManager, In } from "typeorm";
import { Account, AccountKind, AccountStatus } from "../account/account.entity.js";
import { Membership } from "../account/membership.entity.js";
import { User, UserStatus } from "../account/user.entity.js";
import type { TokenService } from "../auth/token.service.js";
import { TokenPurpose } from "../auth/user-token.entity.js";
import { BillingContact } from "../billing-contact/billing-contact.entity.js";
import { MemberRole } from "../common/auth.js";
import type { Clock } from "../common/clock.js";
import { SYSTEM_ACTOR } from "../common/context.js";
import { normalizeEmail } from "../common/email.js";
import { fail, UserErrorCode } from "../common/errors.js";
import { isUuid } from "../common/ids.js";
import type { Links } from "../common/links.js";
import { decodeCursor, type Page, pageSize, toPage } from "../common/pagination.js";
import { searchPattern } from "../common/sql.js";
import { bridgeContext } from "../db/unit-of-work.js";
import type { OutboxService } from "../notifications/outbox.service.js";
import type { PartnerDiscountService } from "../partner-discount/partner-discount.service.js";
import type { PartnerDiscountStatus } from "../partner-discount/partner-discount.types.js";
import { nameFromEmail } from "../team/team.service.js";
import { Tier } from "../tier/tier.entity.js";
import type { Reseller } from "./reseller.types.js";

/** Vendor staff's side of the partner programme: who is a reseller, on which tier. */
export class ResellerService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly tokens: TokenService,
    private readonly outbox: OutboxService,
    private readonly links: Links,
    private readonly discountCodes: PartnerDiscountService,
  ) {}

  /** Resellers by company name, then id; search matches name or owner email, ignoring case. */
  async list(args: {
    first?: number | null;
    after?: string | null;
    search?: string | null;
  }): Promise<Page<Reseller>> {
    const size = pageSize(args.first);
    const search = searchPattern(args.search);
    const base = () => {
      const qb = this.dataSource
        .getRepository(Account)
        .createQueryBuilder("a")
        .innerJoin(Membership, "m", "m.account_id = a.id AND m.role = 'OWNER'")
        .innerJoin(User, "u", "u.id = m.user_id")
        .where("a.kind = :kind", { kind: AccountKind.RESELLER });
      if (search) qb.andWhere("(a.name ILIKE :search OR u.email ILIKE :search)", { search });
      return qb;
    };
    const page = base()
      .leftJoinAndSelect("a.tier", "tier")
      .orderBy("lower(a.name)", "ASC")
      .addOrderBy("a.id", "ASC")
      .limit(size + 1);
    if (args.after) {
      const [name, id] = decodeCursor(args.after, ["text", "uuid"]);
      page.andWhere("(lower(a.name), a.id) > (:name, :id)", { name, id });
    }
    const [accounts, totalCount] = await Promise.all([page.getMany(), base().getCount()]);
    const owners = accounts.length
      ? await this.dataSource.getRepository(Membership).find({
          where: { accountId: In(accounts.map((a) => a.id)), role: MemberRole.OWNER },
          relations: { user: true },
        })
      : [];
    const ownerOf = new Map(owners.map((m) => [m.accountId, m.user]));
    const discounts = await this.discountCodes.statuses(
      bridgeContext(this.dataSource.manager, "", SYSTEM_ACTOR),
      accounts.map((a) => a.id),
    );
    const rows = accounts.map((account) =>
      this.toReseller(account, ownerOf.get(account.id) as User, discounts.get(account.id)),
    );
    return toPage(rows, size, Boolean(args.after), (r) => [r.name.toLowerCase(), r.id], totalCount);
  }

  /**
   * Makes a reseller account with its owner, who gets an activation link, and the owner as first
   * billing contact. An email that already belongs to an account cannot own another.
   */
  enable(input: {
    ownerEmail: string;
    ownerName?: string | null;
    companyName: string;
    tierCode: string;
  }): Promise<Reseller> {
    const email = normalizeEmail(input.ownerEmail);
    return this.dataSource.transaction(async (em) => {
      const now = this.clock.now();
      const tier = await this.tier(em, input.tierCode, "input.tierCode");
      await em.query(
        `INSERT INTO app_user (email, name, status, created_at) VALUES ($1, $2, 'INVITED', $3)
         ON CONFLICT (email) DO NOTHING`,
        [email, input.ownerName?.trim() || nameFromEmail(email), now],
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
      const { token, expiresAt } = await this.tokens.issue(em, owner.id, TokenPurpose.ACTIVATION);
      await this.outbox.enqueue(em, email, "reseller_activation", {
        link:
          owner.status === UserStatus.INVITED ? this.links.activation(token) : this.links.page("/sign-in"),
        accountName: account.name,
        tier: tier.name,
        expiresAt: expiresAt.toISOString(),
      });
      return this.toReseller({ ...account, tier }, owner);
    });
  }

  setTier(id: string, tierCode: string): Promise<Reseller> {
    return this.dataSource.transaction(async (em) => {
      const account = await this.reseller(em, id);
      account.tier = await this.tier(em, tierCode, "tierCode");
      account.tierId = account.tier.id;
      await em.save(account);
      return this.withOwner(em, account);
    });
  }

  /** A disabled reseller's people and keys can no longer act for it. */
  disable(id: string): Promise<Reseller> {
    return this.dataSource.transaction(async (em) => {
      const account = await this.reseller(em, id);
      if (account.status === AccountStatus.DISABLED) {
        fail(UserErrorCode.ALREADY_DISABLED, "id", "This reseller is already disabled.");
      }
      account.status = AccountStatus.DISABLED;
      await em.save(account);
      return this.withOwner(em, account);
    });
  }

  private async tier(em: EntityManager, code: string, field: string): Promise<Tier> {
    const tier = await em.findOneBy(Tier, { code: code.trim().toUpperCase() });
    return tier ?? fail(UserErrorCode.UNKNOWN_TIER, field, `There is no tier "${code}".`);
  }

  private async reseller(em: EntityManager, id: string): Promise<Account> {
    const account = isUuid(id)
      ? await em.findOne(Account, {
          where: { id, kind: AccountKind.RESELLER },
          relations: { tier: true },
          lock: { mode: "pessimistic_write", tables: ["account"] },
        })
      : null;
    return account ?? fail(UserErrorCode.NOT_FOUND, "id", "Reseller not found.");
  }

  private async withOwner(em: EntityManager, account: Account): Promise<Reseller> {
    const owner = await em.findOneOrFail(Membership, {
      where: { accountId: account.id, role: MemberRole.OWNER },
      relations: { user: true },
    });
    const discounts = await this.discountCodes.statuses(bridgeContext(em, "", SYSTEM_ACTOR), [account.id]);
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
