import { type DataSource, type EntityManager, IsNull } from "typeorm";
import { Account, AccountKind } from "../account/account.entity.js";
import { Membership } from "../account/membership.entity.js";
import { User, UserStatus } from "../account/user.entity.js";
import type { TokenService } from "../auth/token.service.js";
import { TokenPurpose } from "../auth/user-token.entity.js";
import { MemberRole } from "../common/auth.js";
import type { Clock } from "../common/clock.js";
import { type Actor, accountOf } from "../common/context.js";
import { isUniqueViolation } from "../common/db-errors.js";
import { normalizeEmail } from "../common/email.js";
import { fail, UserErrorCode } from "../common/errors.js";
import { isUuid } from "../common/ids.js";
import type { Links } from "../common/links.js";
import { type CursorPart, decodeCursor, type Page, pageSize, toPage } from "../common/pagination.js";
import { searchPattern } from "../common/sql.js";
import type { OutboxService } from "../outbox/outbox.service.js";
import { type Customer, type CustomerPortal, CustomerSort } from "./customer.types.js";
import { CustomerLink } from "./customer-link.entity.js";

interface CustomerRow {
  id: string;
  customer_id: string;
  company_name: string;
  comment: string;
  added_at: Date;
  email: string;
  status: UserStatus;
}

/** The columns of a list entry with its customer owner's email and status. */
const CUSTOMER_SELECT = `
  SELECT l.id, l.customer_id, l.company_name, l.comment, l.added_at, u.email, u.status
  FROM customer_link l
  JOIN membership m ON m.account_id = l.customer_id AND m.role = 'OWNER'
  JOIN app_user u ON u.id = m.user_id`;

/** For each order: the SQL sort key, the direction, and the key of a row for its cursor. */
const ORDERS: Record<
  CustomerSort,
  {
    key: string;
    descending: boolean;
    cursor: (c: Customer) => Array<string | number>;
    shape: CursorPart[];
  }
> = {
  COMPANY_NAME_ASC: {
    key: "lower(l.company_name)",
    descending: false,
    cursor: (c) => [c.companyName.toLowerCase(), c.id],
    shape: ["text", "uuid"],
  },
  COMPANY_NAME_DESC: {
    key: "lower(l.company_name)",
    descending: true,
    cursor: (c) => [c.companyName.toLowerCase(), c.id],
    shape: ["text", "uuid"],
  },
  ADDED_AT_ASC: {
    key: "l.added_at",
    descending: false,
    cursor: (c) => [c.addedAt.toISOString(), c.id],
    shape: ["timestamp", "uuid"],
  },
  ADDED_AT_DESC: {
    key: "l.added_at",
    descending: true,
    cursor: (c) => [c.addedAt.toISOString(), c.id],
    shape: ["timestamp", "uuid"],
  },
};

function toCustomer(row: CustomerRow): Customer {
  return {
    id: row.id,
    customerAccountId: row.customer_id,
    email: row.email,
    companyName: row.company_name,
    comment: row.comment,
    addedAt: row.added_at,
    status: row.status,
  };
}

/**
 * A reseller's customers. Every query is scoped to the caller's reseller account: another
 * reseller's list entries do not exist for it.
 */
export class CustomerService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly tokens: TokenService,
    private readonly outbox: OutboxService,
    private readonly links: Links,
  ) {}

  /** One page in a stable order, and the total: two statements whatever the page size. */
  async list(
    actor: Actor,
    args: { first?: number | null; after?: string | null; search?: string | null; sort: CustomerSort },
  ): Promise<Page<Customer>> {
    const size = pageSize(args.first);
    const order = ORDERS[args.sort];
    const params: unknown[] = [accountOf(actor)];
    let where = "l.reseller_id = $1 AND l.removed_at IS NULL";
    const search = searchPattern(args.search);
    if (search) {
      params.push(search);
      where += ` AND (l.company_name ILIKE $${params.length} OR u.email ILIKE $${params.length})`;
    }
    const filtered = [...params];
    let pageWhere = where;
    if (args.after) {
      const [key, id] = decodeCursor(args.after, order.shape);
      params.push(key, id);
      const cast = order.key === "l.added_at" ? "::timestamptz" : "";
      pageWhere += ` AND (${order.key}, l.id) ${order.descending ? "<" : ">"} ($${params.length - 1}${cast}, $${params.length}::uuid)`;
    }
    const direction = order.descending ? "DESC" : "ASC";
    params.push(size + 1);
    const [rows, [{ count }]] = await Promise.all([
      this.dataSource.query<CustomerRow[]>(
        `${CUSTOMER_SELECT} WHERE ${pageWhere}
         ORDER BY ${order.key} ${direction}, l.id ${direction} LIMIT $${params.length}`,
        params,
      ),
      this.dataSource.query<Array<{ count: number }>>(
        `SELECT count(*)::int AS count FROM (${CUSTOMER_SELECT} WHERE ${where}) AS matching`,
        filtered,
      ),
    ]);
    return toPage(rows.map(toCustomer), size, Boolean(args.after), order.cursor, count);
  }

  /** A customer of the caller's list; null for anything else, including other resellers' ones. */
  async get(actor: Actor, id: string): Promise<Customer | null> {
    return this.find(this.dataSource.manager, accountOf(actor), id);
  }

  /**
   * Puts a customer on the caller's list. A new email gets a customer account and an activation
   * link; an existing customer is told it was added. Either way it is on the list at once.
   */
  async invite(
    actor: Actor,
    input: { email: string; companyName: string; comment: string },
  ): Promise<{ customer: Customer; accountCreated: boolean }> {
    const resellerId = accountOf(actor);
    const email = normalizeEmail(input.email);
    try {
      return await this.dataSource.transaction(async (em) => {
        const now = this.clock.now();
        await em.query(
          `INSERT INTO app_user (email, name, status, created_at) VALUES ($1, $2, 'INVITED', $3)
           ON CONFLICT (email) DO NOTHING`,
          [email, input.companyName.trim(), now],
        );
        // Invitations of one email wait for each other here, so two resellers adding the same
        // new customer at once make one customer account.
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
            em.create(Account, {
              kind: AccountKind.CUSTOMER,
              name: input.companyName.trim(),
              createdAt: now,
            }),
          );
          await em.insert(Membership, {
            accountId: account.id,
            userId: user.id,
            role: MemberRole.OWNER,
            createdAt: now,
          });
          customerId = account.id;
        } else if (await em.existsBy(CustomerLink, { resellerId, customerId, removedAt: IsNull() })) {
          fail(UserErrorCode.ALREADY_CUSTOMER, "input.email", `${email} is already on your customer list.`);
        }
        const link = await em.save(
          em.create(CustomerLink, {
            resellerId,
            customerId,
            companyName: input.companyName.trim(),
            comment: input.comment.trim(),
            addedAt: now,
          }),
        );
        const reseller = await em.findOneByOrFail(Account, { id: resellerId });
        if (user.status === UserStatus.INVITED) {
          // Not activated yet, whoever added it first: the newest link is the one that works.
          const { token, expiresAt } = await this.tokens.issue(em, user.id, TokenPurpose.ACTIVATION);
          await this.outbox.enqueue(em, email, "customer_activation", {
            link: this.links.activation(token),
            resellerName: reseller.name,
            companyName: link.companyName,
            expiresAt: expiresAt.toISOString(),
          });
        } else {
          await this.outbox.enqueue(em, email, "customer_added", {
            link: this.links.page("/my-account"),
            resellerName: reseller.name,
          });
        }
        return {
          customer: (await this.find(em, resellerId, link.id)) as Customer,
          accountCreated,
        };
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        fail(UserErrorCode.ALREADY_CUSTOMER, "input.email", `${email} is already on your customer list.`);
      }
      throw error;
    }
  }

  update(actor: Actor, id: string, input: { companyName: string; comment: string }): Promise<Customer> {
    const resellerId = accountOf(actor);
    return this.dataSource.transaction(async (em) => {
      const link = await this.lockLink(em, resellerId, id);
      await em.update(
        CustomerLink,
        { id: link.id },
        { companyName: input.companyName.trim(), comment: input.comment.trim() },
      );
      return (await this.find(em, resellerId, link.id)) as Customer;
    });
  }

  /**
   * Takes a customer off the list. The entry stays as history; adding the customer again makes a
   * new one. Subscriptions of this reseller assigned to the customer go back to the pool.
   */
  remove(actor: Actor, id: string): Promise<string> {
    const resellerId = accountOf(actor);
    return this.dataSource.transaction(async (em) => {
      const link = await this.lockLink(em, resellerId, id);
      await em.update(CustomerLink, { id: link.id }, { removedAt: this.clock.now() });
      await em.query(
        `UPDATE subscription SET customer_id = NULL, assigned_at = NULL
         WHERE reseller_id = $1 AND customer_id = $2`,
        [resellerId, link.customerId],
      );
      return link.id;
    });
  }

  /** What a customer sees of its own account: never a reseller's comment or anything else of it. */
  async portal(actor: Actor): Promise<CustomerPortal> {
    const accountId = accountOf(actor);
    const [row]: Array<{ name: string; email: string }> = await this.dataSource.query(
      `SELECT a.name, u.email FROM account a
       JOIN membership m ON m.account_id = a.id AND m.role = 'OWNER'
       JOIN app_user u ON u.id = m.user_id
       WHERE a.id = $1`,
      [accountId],
    );
    return { companyName: row.name, email: row.email };
  }

  /** The caller's current list entries of some customer accounts, in one statement. */
  async entriesFor(
    em: EntityManager,
    resellerId: string,
    customerAccountIds: string[],
  ): Promise<Map<string, Customer>> {
    if (customerAccountIds.length === 0) return new Map();
    const rows = await em.query<CustomerRow[]>(
      `${CUSTOMER_SELECT} WHERE l.reseller_id = $1 AND l.customer_id = ANY($2::uuid[]) AND l.removed_at IS NULL`,
      [resellerId, [...new Set(customerAccountIds)]],
    );
    return new Map(rows.map((row) => [row.customer_id, toCustomer(row)]));
  }

  /** A current entry of the caller's list, locked, for assigning to it; refuses anything else. */
  async lockEntry(em: EntityManager, resellerId: string, id: string, field: string): Promise<Customer> {
    const [row]: Array<{ id: string }> = isUuid(id)
      ? await em.query(
          "SELECT id FROM customer_link WHERE id = $1 AND reseller_id = $2 AND removed_at IS NULL FOR SHARE",
          [id, resellerId],
        )
      : [];
    if (!row) fail(UserErrorCode.NOT_FOUND, field, "Customer not found.");
    const customer = (await this.find(em, resellerId, row.id)) as Customer;
    // Waits for a trial being given to the customer right now, which locks it for update.
    await em.query("SELECT 1 FROM account WHERE id = $1 FOR SHARE", [customer.customerAccountId]);
    return customer;
  }

  /** A current entry of the caller's list, inside a transaction; null for anything else. */
  entry(em: EntityManager, resellerId: string, id: string): Promise<Customer | null> {
    return this.find(em, resellerId, id);
  }

  private async find(em: EntityManager, resellerId: string, id: string): Promise<Customer | null> {
    if (!isUuid(id)) return null;
    const [row] = await em.query<CustomerRow[]>(
      `${CUSTOMER_SELECT} WHERE l.id = $1 AND l.reseller_id = $2 AND l.removed_at IS NULL`,
      [id, resellerId],
    );
    return row ? toCustomer(row) : null;
  }

  private async lockLink(em: EntityManager, resellerId: string, id: string): Promise<CustomerLink> {
    const [row]: Array<{ id: string }> = isUuid(id)
      ? await em.query(
          "SELECT id FROM customer_link WHERE id = $1 AND reseller_id = $2 AND removed_at IS NULL FOR UPDATE",
          [id, resellerId],
        )
      : [];
    return row
      ? em.findOneByOrFail(CustomerLink, { id: row.id })
      : fail(UserErrorCode.NOT_FOUND, "id", "Customer not found.");
  }
}
