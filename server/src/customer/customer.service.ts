import { IsNull } from "typeorm";
import { Account, AccountKind } from "../account/account.entity.js";
import { Membership } from "../account/membership.entity.js";
import { User, UserStatus } from "../account/user.entity.js";
import { MemberRole } from "../common/auth.js";
import type { Clock } from "../common/clock.js";
import { isUniqueViolation } from "../common/db-errors.js";
import { normalizeEmail } from "../common/email.js";
import { fail, UserErrorCode } from "../common/errors.js";
import { isUuid } from "../common/ids.js";
import { countOf, type KeysetOrder, keysetPage, type Page, type PageArgs } from "../common/pagination.js";
import { binder, searchPattern } from "../common/sql.js";
import { owned, tenantOf, tenantQuery } from "../db/tenant.js";
import type { ServiceContext } from "../db/unit-of-work.js";
import type { SubscriptionStatus } from "../subscription/subscription.entity.js";
import { type Customer, type CustomerPortal, CustomerSort } from "./customer.types.js";
import { CustomerLink } from "./customer-link.entity.js";

/** A list entry with its customer owner's email and status, as a `Customer`. */
const CUSTOMER_COLUMNS = `
  SELECT l.id, l.customer_id AS "customerAccountId", l.company_name AS "companyName", l.comment,
         l.added_at AS "addedAt", u.email, u.status`;

/** A list entry's owner, whose email and status the entry shows. */
const OWNER_JOIN = `
  JOIN membership m ON m.account_id = l.customer_id AND m.role = '${MemberRole.OWNER}'
  JOIN app_user u ON u.id = m.user_id`;

const CUSTOMER_SELECT = `${CUSTOMER_COLUMNS} FROM customer_link l ${OWNER_JOIN}`;

/** The list's entries whose owner's email matches the `ILIKE` pattern, through the emails' trigram index. */
function ownerEmailMatches(pattern: string): string {
  return `ARRAY(
    SELECT e.id FROM app_user eu
    JOIN membership em ON em.user_id = eu.id AND em.role = '${MemberRole.OWNER}'
    JOIN customer_link e ON e.customer_id = em.account_id
    WHERE e.reseller_id = $1 AND e.removed_at IS NULL AND eu.email ILIKE ${pattern})`;
}

/** The length of the name pieces `customer_name_gram` keeps; shorter terms are matched by the list walk. */
const GRAM_LENGTH = 3;

/** How many entries of each piece are counted to find a term's rarest piece. */
const PIECE_SAMPLE = 200;

const BY_COMPANY_NAME: KeysetOrder<Customer> = {
  key: "lower(l.company_name)",
  id: "l.id",
  part: "text",
  cursor: (c) => [c.companyName.toLowerCase(), c.id],
};

const BY_ADDED_AT: KeysetOrder<Customer> = {
  key: "l.added_at",
  id: "l.id",
  part: "timestamp",
  cursor: (c) => [c.addedAt.toISOString(), c.id],
};

const ORDERS: Record<CustomerSort, KeysetOrder<Customer>> = {
  COMPANY_NAME_ASC: BY_COMPANY_NAME,
  COMPANY_NAME_DESC: { ...BY_COMPANY_NAME, descending: true },
  ADDED_AT_ASC: BY_ADDED_AT,
  ADDED_AT_DESC: { ...BY_ADDED_AT, descending: true },
};

/**
 * A reseller's customers. Every query is scoped to the context's reseller account: another
 * reseller's list entries do not exist for it.
 */
export class CustomerService {
  constructor(private readonly clock: Clock) {}

  /** One page in a stable order, and the total: two statements whatever the page size. */
  async list(
    ctx: ServiceContext,
    args: PageArgs & { search?: string | null; sort: CustomerSort },
  ): Promise<Page<Customer>> {
    const order = ORDERS[args.sort];
    const page = keysetPage(args, order);
    const params: unknown[] = [];
    const bind = binder(params, 1);
    const search = searchPattern(args.search);
    const term = args.search?.trim() ?? "";
    if (search && order.key === BY_COMPANY_NAME.key && term.length >= GRAM_LENGTH) {
      return this.searchByName(ctx, args, { pattern: search, term });
    }
    let where = "l.reseller_id = $1 AND l.removed_at IS NULL";
    if (search) {
      // A match by company name (its trigram index) or by the owner's email, on the list alone,
      // so PostgreSQL either walks the list's order until the page is full or combines the scans.
      const pattern = bind(search);
      where += ` AND (l.company_name ILIKE ${pattern} OR l.id = ANY (${ownerEmailMatches(pattern)}))`;
    }
    const filtered = [...params];
    const after = page.after(bind);
    const limit = bind(page.limit);
    // The page is chosen from the list alone (from its index only, where the order's index carries
    // what the search reads), and only its entries are read and joined to their owners.
    // Not prepared: a generic plan, made without knowing the reseller, would read a list of
    // 100,000 as if it held the average thousand (sorting it all rather than walking its index).
    const rows = await tenantQuery<Customer>(
      ctx,
      `${CUSTOMER_COLUMNS}
       FROM (SELECT l.id FROM customer_link l WHERE ${where} ${after ? `AND ${after}` : ""}
             ORDER BY ${page.orderBy} LIMIT ${limit}) p
       JOIN customer_link l ON l.id = p.id
       ${OWNER_JOIN}
       ORDER BY ${page.orderBy}`,
      params,
    );
    // Every entry has its owner, so the count reads the list alone, from its own indexes.
    const count = countOf(ctx.em, `SELECT 1 FROM customer_link l WHERE ${where}`, [
      tenantOf(ctx),
      ...filtered,
    ]);
    return page.of(rows, count);
  }

  /**
   * A search in company-name order, read a page at a time: the entries whose name holds the term,
   * found by walking the list's entries holding the term's rarest three-character piece in name
   * order (`customer_name_gram`), and apart from them the entries whose owner's email holds it.
   * Each part gives at most a page; together they give the page. The count beyond the exact limit
   * is the planner's estimate of the plain match (by trigram statistics). Still two statements.
   */
  private async searchByName(
    ctx: ServiceContext,
    args: PageArgs & { sort: CustomerSort },
    { pattern, term }: { pattern: string; term: string },
  ): Promise<Page<Customer>> {
    const order = ORDERS[args.sort];
    const page = keysetPage(args, order);
    const byPiece = keysetPage(args, { ...order, key: "x.name_key", id: "x.link_id" });
    const params: unknown[] = [];
    const bind = binder(params, 1);
    const like = bind(pattern);
    const piece = `(SELECT p.gram FROM unnest(customer_name_grams(${bind(term)})) AS p (gram)
      ORDER BY (SELECT count(*) FROM (SELECT 1 FROM customer_name_gram c
                WHERE c.reseller_id = $1 AND c.gram = p.gram LIMIT ${PIECE_SAMPLE}) AS s), p.gram
      LIMIT 1)`;
    // ILIKE is LIKE on both sides lowercased, so the names are checked on the pieces' own keys,
    // and only a page of entries is read from the list.
    const byName = `SELECT x.link_id AS id FROM customer_name_gram x
      WHERE x.reseller_id = $1 AND x.gram = ${piece} AND x.name_key LIKE lower(${like})`;
    const byEmail = `SELECT l.id FROM customer_link l
      WHERE l.reseller_id = $1 AND l.removed_at IS NULL AND lower(l.company_name) NOT LIKE lower(${like})
        AND l.id = ANY (${ownerEmailMatches(like)})`;
    const filtered = [...params];
    const pieceAfter = byPiece.after(bind);
    const after = page.after(bind);
    const limit = bind(page.limit);
    const rows = await tenantQuery<Customer>(
      ctx,
      `${CUSTOMER_COLUMNS}
       FROM ((${byName} ${pieceAfter ? `AND ${pieceAfter}` : ""} ORDER BY ${byPiece.orderBy} LIMIT ${limit})
             UNION ALL
             (${byEmail} ${after ? `AND ${after}` : ""} ORDER BY ${page.orderBy} LIMIT ${limit})) p
       JOIN customer_link l ON l.id = p.id
       ${OWNER_JOIN}
       ORDER BY ${page.orderBy} LIMIT ${limit}`,
      params,
    );
    const count = countOf(ctx.em, `${byName} UNION ALL ${byEmail}`, [tenantOf(ctx), ...filtered], {
      sql: `SELECT 1 FROM customer_link l WHERE l.reseller_id = $1 AND l.removed_at IS NULL
        AND (l.company_name ILIKE $2 OR l.id = ANY (${ownerEmailMatches("$2")}))`,
      params: [tenantOf(ctx), pattern],
    });
    return page.of(rows, count);
  }

  /** A customer of the context's list; null for anything else, including other resellers' ones. */
  async get(ctx: ServiceContext, id: string): Promise<Customer | null> {
    if (!isUuid(id)) return null;
    const [customer] = await tenantQuery<Customer>(
      ctx,
      `${CUSTOMER_SELECT} WHERE l.reseller_id = $1 AND l.id = $2 AND l.removed_at IS NULL`,
      [id],
    );
    return customer ?? null;
  }

  /**
   * Puts a customer on the context's list. A new email gets a customer account; either way it is
   * on the list at once, and `customer.invited` tells the customer.
   */
  async invite(
    ctx: ServiceContext,
    input: { email: string; companyName: string; comment: string },
  ): Promise<{ customer: Customer; accountCreated: boolean }> {
    const { em } = ctx;
    const resellerId = tenantOf(ctx);
    const email = normalizeEmail(input.email);
    const now = this.clock.now();
    await em.query(
      `INSERT INTO app_user (email, name, status, created_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (email) DO NOTHING`,
      [email, input.companyName.trim(), UserStatus.INVITED, now],
    );
    // Invitations of one email wait for each other here, so two resellers adding the same
    // new customer at once make one customer account, and one reseller adding it twice at once
    // makes one list entry.
    const user = await em.findOneOrFail(User, { where: { email }, lock: { mode: "pessimistic_write" } });
    const membership = await em.findOne(Membership, {
      where: { userId: user.id },
      relations: { account: true },
    });
    if (user.isVendorStaff || membership?.account.kind === AccountKind.RESELLER) {
      fail(
        UserErrorCode.EMAIL_BELONGS_TO_RESELLER,
        "input.email",
        `${email} belongs to a reseller or to vendor staff, so it cannot be a customer.`,
      );
    }
    let customerId = membership?.accountId;
    const accountCreated = !customerId;
    if (!customerId) {
      const account = await em.save(
        em.create(Account, { kind: AccountKind.CUSTOMER, name: input.companyName.trim(), createdAt: now }),
      );
      await em.insert(Membership, {
        accountId: account.id,
        userId: user.id,
        role: MemberRole.OWNER,
        createdAt: now,
      });
      customerId = account.id;
    } else if (await owned(ctx, CustomerLink).exists({ customerId, removedAt: IsNull() })) {
      fail(UserErrorCode.ALREADY_CUSTOMER, "input.email", `${email} is already on your customer list.`);
    }
    const link = await owned(ctx, CustomerLink)
      .create({
        customerId,
        companyName: input.companyName.trim(),
        comment: input.comment.trim(),
        addedAt: now,
        removedAt: null,
      })
      .catch((error: unknown) =>
        isUniqueViolation(error)
          ? fail(UserErrorCode.ALREADY_CUSTOMER, "input.email", `${email} is already on your customer list.`)
          : Promise.reject(error),
      );
    const customer = (await this.get(ctx, link.id)) as Customer;
    const reseller = await em.findOneByOrFail(Account, { id: resellerId });
    await ctx.publish("customer.invited", customer.id, {
      customer: { id: customer.id, email: customer.email, companyName: customer.companyName },
      customerUserId: user.id,
      accountCreated,
      activationNeeded: user.status === UserStatus.INVITED,
      resellerName: reseller.name,
    });
    return { customer, accountCreated };
  }

  async update(
    ctx: ServiceContext,
    id: string,
    input: { companyName: string; comment: string },
  ): Promise<Customer> {
    const link = await this.lockLink(ctx, id);
    const companyName = input.companyName.trim();
    const comment = input.comment.trim();
    await owned(ctx, CustomerLink).update({ id: link.id }, { companyName, comment });
    await ctx.publish("customer.updated", link.id, { customer: { id: link.id, companyName, comment } });
    return (await this.get(ctx, link.id)) as Customer;
  }

  /**
   * Takes a customer off the list. The entry stays as history; adding the customer again makes a
   * new one. Subscriptions of this reseller assigned to the customer go back to the pool.
   */
  async remove(ctx: ServiceContext, id: string): Promise<string> {
    const link = await this.lockLink(ctx, id);
    await owned(ctx, CustomerLink).update({ id: link.id }, { removedAt: this.clock.now() });
    const unassigned = await tenantQuery<{ id: string; status: SubscriptionStatus }>(
      ctx,
      // As a SELECT, so the driver answers the rows (an UPDATE's answer is rows and a count).
      `WITH taken AS (
         UPDATE subscription SET customer_id = NULL, assigned_at = NULL
         WHERE reseller_id = $1 AND customer_id = $2 RETURNING id, status)
       SELECT id, status FROM taken`,
      [link.customerId],
    );
    await ctx.publish("customer.removed", link.id, {
      customer: { id: link.id },
      unassignedSubscriptions: unassigned.length,
    });
    // Each subscription taken back is an unassignment of its own, so the customer hears of it
    // and integrators see it, as when it is unassigned by hand. The removal comes first: it is
    // what the operation did, and what its audit entry is about.
    for (const subscription of unassigned) {
      await ctx.publish("subscription.unassigned", subscription.id, {
        customer: { id: link.id },
        status: subscription.status,
      });
    }
    return link.id;
  }

  /** What a customer sees of its own account: never a reseller's comment or anything else of it. */
  async portal(ctx: ServiceContext): Promise<CustomerPortal> {
    const [row]: Array<{ name: string; email: string }> = await ctx.em.query(
      `SELECT a.name, u.email FROM account a
       JOIN membership m ON m.account_id = a.id AND m.role = $2
       JOIN app_user u ON u.id = m.user_id
       WHERE a.id = $1`,
      [tenantOf(ctx), MemberRole.OWNER],
    );
    const resellers: Array<{ id: string; name: string; customerSince: Date | null }> = await ctx.em.query(
      `SELECT r.id, r.name, l.added_at AS "customerSince"
       FROM account r
       LEFT JOIN customer_link l ON l.reseller_id = r.id AND l.customer_id = $1 AND l.removed_at IS NULL
       WHERE l.id IS NOT NULL OR r.id IN (SELECT reseller_id FROM trial WHERE customer_id = $1)
       ORDER BY lower(r.name), r.id`,
      [tenantOf(ctx)],
    );
    return { companyName: row.name, email: row.email, resellers };
  }

  /** The context's current list entries of some customer accounts, in one statement. */
  async entriesFor(ctx: ServiceContext, customerAccountIds: string[]): Promise<Map<string, Customer>> {
    if (customerAccountIds.length === 0) return new Map();
    const rows = await tenantQuery<Customer>(
      ctx,
      `${CUSTOMER_SELECT} WHERE l.reseller_id = $1 AND l.customer_id = ANY($2::uuid[]) AND l.removed_at IS NULL`,
      [[...new Set(customerAccountIds)]],
    );
    return new Map(rows.map((customer) => [customer.customerAccountId, customer]));
  }

  /**
   * SQL for a JSON array of the context's current list entries of the customer accounts that the
   * subquery `accountIds` names, inside a statement binding the reseller as `$1`; read back with
   * `entriesFromJson`. The ids are taken as an array, so the entries are fetched by index rather
   * than joined against the whole list.
   */
  entriesAsJson(accountIds: string): string {
    return `(SELECT json_agg(c) FROM (${CUSTOMER_SELECT}
      WHERE l.reseller_id = $1 AND l.customer_id = ANY (ARRAY(SELECT DISTINCT id FROM (${accountIds}) AS ids (id))) AND l.removed_at IS NULL) c)`;
  }

  /** The entries of `entriesAsJson`, by customer account id. */
  entriesFromJson(
    json: Array<Omit<Customer, "addedAt"> & { addedAt: string }> | null,
  ): Map<string, Customer> {
    return new Map(
      (json ?? []).map((entry) => [entry.customerAccountId, { ...entry, addedAt: new Date(entry.addedAt) }]),
    );
  }

  /** A current entry of the context's list, locked, for assigning to it; refuses anything else. */
  async lockEntry(ctx: ServiceContext, id: string, field: string): Promise<Customer> {
    const link = isUuid(id)
      ? await owned(ctx, CustomerLink).lock({ id, removedAt: IsNull() }, "pessimistic_read")
      : null;
    if (!link) fail(UserErrorCode.NOT_FOUND, field, "Customer not found.");
    const customer = (await this.get(ctx, link.id)) as Customer;
    // Waits for a trial being given to the customer right now, which locks it for update.
    await ctx.em.query("SELECT 1 FROM account WHERE id = $1 FOR SHARE", [customer.customerAccountId]);
    return customer;
  }

  private async lockLink(ctx: ServiceContext, id: string): Promise<CustomerLink> {
    const link = isUuid(id) ? await owned(ctx, CustomerLink).lock({ id, removedAt: IsNull() }) : null;
    return link ?? fail(UserErrorCode.NOT_FOUND, "id", "Customer not found.");
  }
}
