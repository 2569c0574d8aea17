import type { Clock } from "../common/clock.js";
import { SYSTEM_ACTOR } from "../common/context.js";
import { sha256 } from "../common/crypto.js";
import { addDays } from "../common/dates.js";
import { fail, type UserError, UserErrorCode, UserErrorsException, userError } from "../common/errors.js";
import { isUuid } from "../common/ids.js";
import type { Logger } from "../common/logger.js";
import { tenantOf } from "../db/tenant.js";
import type { ServiceContext, UnitOfWork } from "../db/unit-of-work.js";
import { IN_FORCE } from "../subscription/subscription.entity.js";
import type { ProductUsage, UsageReportInput, UsageReportReceipt } from "./usage.types.js";

/** Days of usage history kept; older days are deleted by the scheduled work. */
export const USAGE_HISTORY_DAYS = 400;
/** Days in a row over the licenses before the billing contacts are told, once per episode. */
export const OVERUSE_NOTICE_DAYS = 3;
/** A count may be stamped this far ahead of the server's clock (clocks drift); later is refused. */
const FUTURE_SLACK_MS = 60 * 60 * 1000;
/** How many refused rows a report's answer names; the message counts the rest. */
const ERRORS_NAMED = 50;

const IN_FORCE_SQL = IN_FORCE.map((status) => `'${status}'`).join(", ");

/**
 * Licenses in force assigned to customers: which reseller licenses which customer, for which
 * product; for one reseller's book, only the customers on its list ($1).
 */
function assigned(oneReseller: boolean): string {
  return `SELECT reseller_id, customer_id, product_id FROM subscription
   WHERE customer_id IS NOT NULL AND status IN (${IN_FORCE_SQL})
     ${oneReseller ? "AND customer_id IN (SELECT customer_id FROM customer_link WHERE reseller_id = $1 AND removed_at IS NULL)" : ""}
   GROUP BY reseller_id, customer_id, product_id`;
}

/**
 * Whose licenses a customer's agents count against, with the CTE `assigned` in scope: the
 * reseller's that has the customer on its list, when that reseller assigned it licenses of the
 * product, or when no reseller did (the seed's resellers who do not assign). A customer licensed
 * by another reseller does not make this one look short.
 */
function countedAgents(oneReseller: boolean): string {
  return `SELECT l.reseller_id, u.customer_id, u.product_id, u.agent_count, u.observed_at
    FROM customer_link l JOIN usage_current u ON u.customer_id = l.customer_id
   WHERE l.removed_at IS NULL ${oneReseller ? "AND l.reseller_id = $1" : ""}
     AND (EXISTS (SELECT 1 FROM assigned a WHERE a.reseller_id = l.reseller_id
                     AND a.customer_id = u.customer_id AND a.product_id = u.product_id)
          OR NOT EXISTS (SELECT 1 FROM assigned a WHERE a.customer_id = u.customer_id
                            AND a.product_id = u.product_id))`;
}

/** A UTC calendar day as PostgreSQL's `date` reads it. */
function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * The rows UsageRow reads: per product, by name, the CTE `licenses` (product_id, n) beside the CTE
 * `agents` (product_id, n, observed_at).
 */
function usageRows(licensedElsewhere: string): string {
  return `SELECT p.code AS product_code, p.name AS product_name, coalesce(a.n, 0)::int AS agents,
              coalesce(l.n, 0)::int AS licenses, a.observed_at AS reported_at,
              ${licensedElsewhere} AS licensed_elsewhere
         FROM licenses l FULL JOIN agents a ON a.product_id = l.product_id
         JOIN product p ON p.id = coalesce(l.product_id, a.product_id)
        ORDER BY lower(p.name), p.id`;
}

interface UsageRow {
  product_code: string;
  product_name: string;
  agents: number;
  licenses: number;
  reported_at: Date | null;
  /** Another reseller licenses these agents, so they do not count against these licenses. */
  licensed_elsewhere: boolean;
}

function toUsage(row: UsageRow): ProductUsage {
  return {
    productCode: row.product_code,
    productName: row.product_name,
    agents: row.agents,
    licenses: row.licenses,
    overBy: row.licensed_elsewhere && row.licenses === 0 ? 0 : Math.max(row.agents - row.licenses, 0),
    reportedAt: row.reported_at,
    licensedElsewhere: row.licensed_elsewhere,
  };
}

export interface OveruseReport {
  /** Reseller and product pairs over their licenses today. */
  over: number;
  /** Episodes that reached the notice day and were told now. */
  notified: number;
}

/**
 * License usage against seats: the vendor's product reports agents per customer account and
 * product; resellers and customers read them against the licenses in force; and an episode of
 * over-use tells the reseller's billing contacts once, after three days in a row.
 */
export class UsageService {
  constructor(
    private readonly clock: Clock,
    private readonly work: UnitOfWork,
    private readonly log: Logger,
  ) {}

  /**
   * Records a report: every row is checked first and nothing is written when one is wrong. The
   * rows go in with one statement, each day keeping its latest count and each customer and
   * product its latest overall, so a report that arrives late never moves a count back. The
   * report id is kept: sent again with the same rows, it answers as the first time did.
   */
  async report(ctx: ServiceContext, input: UsageReportInput): Promise<UsageReportReceipt> {
    const { em } = ctx;
    const now = this.clock.now();
    const reportId = input.reportId.trim();
    const hash = sha256(
      JSON.stringify(
        input.rows.map((r) => [
          r.customerAccountId ?? null,
          r.customerEmail ?? null,
          r.productCode,
          r.agentCount,
          r.observedAt.toISOString(),
        ]),
      ),
    );
    // Parallel sends of one report wait here for each other; the later ones find the first.
    const [claimed]: Array<{ received_at: Date }> = await em.query(
      `INSERT INTO usage_report (report_id, api_key_id, received_at, row_count, current_updated, content_hash)
       VALUES ($1, $2, $3, $4, 0, $5) ON CONFLICT (report_id) DO NOTHING RETURNING received_at`,
      [reportId, ctx.actor.apiKeyId, now, input.rows.length, hash],
    );
    if (!claimed) return this.replay(ctx, reportId, hash);

    const resolved = await this.resolve(ctx, input, now);
    const [{ current_updated }]: Array<{ current_updated: number }> = await em.query(
      `WITH given AS (
         SELECT c AS customer_id, p AS product_id, (o AT TIME ZONE 'UTC')::date AS day, n AS agent_count,
                o AS observed_at
           FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::timestamptz[]) AS t (c, p, n, o)
       ), by_day AS (
         SELECT DISTINCT ON (customer_id, product_id, day) * FROM given
          ORDER BY customer_id, product_id, day, observed_at DESC
       ), daily AS (
         INSERT INTO usage_daily AS d (customer_id, product_id, day, agent_count, observed_at)
         SELECT customer_id, product_id, day, agent_count, observed_at FROM by_day
         ON CONFLICT (customer_id, product_id, day) DO UPDATE
           SET agent_count = excluded.agent_count, observed_at = excluded.observed_at
           WHERE excluded.observed_at > d.observed_at
         RETURNING 1
       ), latest AS (
         SELECT DISTINCT ON (customer_id, product_id) customer_id, product_id, agent_count, observed_at
           FROM given ORDER BY customer_id, product_id, observed_at DESC
       ), current AS (
         INSERT INTO usage_current AS u (customer_id, product_id, agent_count, observed_at)
         SELECT * FROM latest
         ON CONFLICT (customer_id, product_id) DO UPDATE
           SET agent_count = excluded.agent_count, observed_at = excluded.observed_at
           WHERE excluded.observed_at > u.observed_at
         RETURNING 1
       )
       SELECT (SELECT count(*) FROM current)::int AS current_updated, (SELECT count(*) FROM daily)::int AS days`,
      [resolved.customers, resolved.products, resolved.counts, resolved.observed],
    );
    await em.query("UPDATE usage_report SET current_updated = $2 WHERE report_id = $1", [
      reportId,
      current_updated,
    ]);
    return {
      reportId,
      rows: input.rows.length,
      currentUpdated: current_updated,
      receivedAt: now,
      replayed: false,
    };
  }

  /** A report id seen before: the same rows answer as the first time; other rows are refused. */
  private async replay(ctx: ServiceContext, reportId: string, hash: string): Promise<UsageReportReceipt> {
    const [earlier]: Array<{
      received_at: Date;
      row_count: number;
      current_updated: number;
      content_hash: string;
    }> = await ctx.em.query(
      "SELECT received_at, row_count, current_updated, content_hash FROM usage_report WHERE report_id = $1",
      [reportId],
    );
    if (earlier.content_hash !== hash) {
      fail(
        UserErrorCode.IDEMPOTENCY_KEY_REUSED,
        "input.reportId",
        "This report id was used for other rows; give every report an id of its own.",
      );
    }
    return {
      reportId,
      rows: earlier.row_count,
      currentUpdated: earlier.current_updated,
      receivedAt: earlier.received_at,
      replayed: true,
    };
  }

  /**
   * Each row's customer account and product, found in one statement for the whole report; every
   * row that names neither well, or is stamped in the future, is refused by its index.
   */
  private async resolve(
    ctx: ServiceContext,
    input: UsageReportInput,
    now: Date,
  ): Promise<{ customers: string[]; products: string[]; counts: number[]; observed: Date[] }> {
    const errors: UserError[] = [];
    let refused = 0;
    const refuse = (error: UserError) => {
      refused += 1;
      if (errors.length < ERRORS_NAMED) errors.push(error);
    };
    const ids: Array<string | null> = [];
    const emails: Array<string | null> = [];
    input.rows.forEach((row, index) => {
      const id = row.customerAccountId?.trim() || null;
      const email = row.customerEmail?.trim().toLowerCase() || null;
      if ((id === null) === (email === null)) {
        refuse(
          userError(
            UserErrorCode.INVALID_INPUT,
            `input.rows.${index}.customerEmail`,
            "Name the customer by customerAccountId or by customerEmail, one of the two.",
          ),
        );
      } else if (id !== null && !isUuid(id)) {
        refuse(
          userError(
            UserErrorCode.UNKNOWN_CUSTOMER,
            `input.rows.${index}.customerAccountId`,
            "No such customer account.",
          ),
        );
      }
      if (row.observedAt.getTime() > now.getTime() + FUTURE_SLACK_MS) {
        refuse(
          userError(
            UserErrorCode.INVALID_INPUT,
            `input.rows.${index}.observedAt`,
            "observedAt is in the future; send counts as they were observed.",
          ),
        );
      }
      ids.push(id !== null && isUuid(id) ? id : null);
      emails.push(email);
    });
    const found: Array<{ customer_id: string | null; product_id: string | null }> = await ctx.em.query(
      `SELECT coalesce(by_id.id, by_email.id) AS customer_id, p.id AS product_id
         FROM unnest($1::uuid[], $2::text[], $3::text[]) WITH ORDINALITY AS r (account_id, email, code, n)
         LEFT JOIN account by_id ON by_id.id = r.account_id AND by_id.kind = 'CUSTOMER'
         LEFT JOIN LATERAL (
           SELECT a.id FROM app_user u JOIN membership m ON m.user_id = u.id
             JOIN account a ON a.id = m.account_id AND a.kind = 'CUSTOMER'
            WHERE u.email = r.email LIMIT 1) by_email ON true
         LEFT JOIN product p ON p.code = upper(btrim(r.code))
        ORDER BY r.n`,
      [ids, emails, input.rows.map((r) => r.productCode)],
    );
    found.forEach((row, index) => {
      const given = input.rows[index];
      const named = ids[index] !== null || emails[index] !== null;
      if (named && !row.customer_id) {
        refuse(
          userError(
            UserErrorCode.UNKNOWN_CUSTOMER,
            `input.rows.${index}.${ids[index] !== null ? "customerAccountId" : "customerEmail"}`,
            `No customer account is known by ${given.customerAccountId ?? given.customerEmail}.`,
          ),
        );
      }
      if (!row.product_id) {
        refuse(
          userError(
            UserErrorCode.UNKNOWN_PRODUCT,
            `input.rows.${index}.productCode`,
            `There is no product "${given.productCode}".`,
          ),
        );
      }
    });
    if (refused > 0) {
      if (refused > errors.length) {
        errors.push(
          userError(
            UserErrorCode.INVALID_INPUT,
            "input.rows",
            `${refused} problems in all; the first ${errors.length} are named. Nothing was recorded.`,
          ),
        );
      }
      throw new UserErrorsException(errors);
    }
    return {
      customers: found.map((r) => r.customer_id as string),
      products: found.map((r) => r.product_id as string),
      counts: input.rows.map((r) => r.agentCount),
      observed: input.rows.map((r) => r.observedAt),
    };
  }

  /** The customer account behind an entry of the context reseller's list, or null when not on it. */
  async customerOnList(ctx: ServiceContext, customerId: string): Promise<string | null> {
    if (!isUuid(customerId)) return null;
    const [row]: Array<{ customer_id: string }> = await ctx.em.query(
      "SELECT customer_id FROM customer_link WHERE id = $1 AND reseller_id = $2 AND removed_at IS NULL",
      [customerId, tenantOf(ctx)],
    );
    return row?.customer_id ?? null;
  }

  /**
   * One of the reseller's customers: agents per product against the licenses this reseller
   * assigned it, and whether another reseller licenses it too (then only this reseller's own
   * licenses are short when it assigned some).
   */
  async forCustomer(ctx: ServiceContext, customerAccountId: string): Promise<ProductUsage[]> {
    const rows: UsageRow[] = await ctx.em.query(
      `WITH licenses AS (
         SELECT product_id, coalesce(sum(quantity) FILTER (WHERE reseller_id = $1), 0)::int AS n,
                bool_or(reseller_id <> $1) AS elsewhere
           FROM subscription WHERE customer_id = $2 AND status IN (${IN_FORCE_SQL})
          GROUP BY product_id
       ), agents AS (
         SELECT product_id, agent_count AS n, observed_at FROM usage_current WHERE customer_id = $2
       )
       ${usageRows("coalesce(l.elsewhere, false)")}`,
      [tenantOf(ctx), customerAccountId],
    );
    return rows.map(toUsage);
  }

  /**
   * The reseller's whole book: per product, the licenses in force (assigned or not) against the
   * agents that count against them (see countedAgents). This is the seed's "make sure the total
   * number of valid licenses in your account is sufficient for all registered agents".
   */
  async forReseller(ctx: ServiceContext): Promise<ProductUsage[]> {
    const rows: UsageRow[] = await ctx.em.query(
      `WITH assigned AS (
         ${assigned(true)}
       ), licenses AS (
         SELECT product_id, sum(quantity)::int AS n FROM subscription
          WHERE reseller_id = $1 AND status IN (${IN_FORCE_SQL}) GROUP BY product_id
       ), agents AS (
         SELECT product_id, sum(agent_count)::int AS n, max(observed_at) AS observed_at
           FROM (${countedAgents(true)}) counted GROUP BY product_id
       )
       ${usageRows("false")}`,
      [tenantOf(ctx)],
    );
    return rows.map(toUsage);
  }

  /** The signed-in customer: its agents per product against every license assigned to it. */
  async forPortal(ctx: ServiceContext): Promise<ProductUsage[]> {
    const rows: UsageRow[] = await ctx.em.query(
      `WITH licenses AS (
         SELECT product_id, sum(quantity)::int AS n FROM subscription
          WHERE customer_id = $1 AND status IN (${IN_FORCE_SQL}) GROUP BY product_id
       ), agents AS (
         SELECT product_id, agent_count AS n, observed_at FROM usage_current WHERE customer_id = $1
       )
       ${usageRows("false")}`,
      [tenantOf(ctx)],
    );
    return rows.map(toUsage);
  }

  /** A customer's daily counts of one product, oldest first, for the last `days` days (1 to the history kept). */
  async history(
    ctx: ServiceContext,
    customerAccountId: string,
    productCode: string,
    days: number,
  ): Promise<Array<{ day: string; agents: number }>> {
    const span = Math.min(Math.max(days, 1), USAGE_HISTORY_DAYS);
    const since = dayOf(addDays(this.clock.now(), -(span - 1)));
    const rows: Array<{ day: string; agents: number }> = await ctx.em.query(
      `SELECT to_char(d.day, 'YYYY-MM-DD') AS day, d.agent_count AS agents
         FROM usage_daily d JOIN product p ON p.id = d.product_id
        WHERE d.customer_id = $1 AND p.code = upper(btrim($2)) AND d.day >= $3::date
        ORDER BY d.day`,
      [customerAccountId, productCode, since],
    );
    return rows;
  }

  /**
   * Once a day, whichever server comes first: every reseller and product whose customers' agents
   * exceed its licenses in force continues or opens an episode; an episode that reaches its third
   * day in a row tells the billing contacts, once (`usage.over_licenses`); a pair back within its
   * licenses, or a day the check did not run, ends the episode. Days past the history's retention
   * are deleted. A constant number of statements, whatever the number of resellers.
   */
  async checkOveruse(): Promise<OveruseReport> {
    const today = dayOf(this.clock.now());
    const report = await this.work.run(
      SYSTEM_ACTOR,
      async (ctx) => {
        const { em } = ctx;
        const [first] = await em.query(
          `INSERT INTO usage_check_day (day, checked_at) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING day`,
          [today, this.clock.now()],
        );
        if (!first) return null;
        const over: Array<{ reseller_id: string; product_id: string; agents: number; licenses: number }> =
          await em.query(
            `WITH assigned AS (
               ${assigned(false)}
             ), agents AS (
               SELECT reseller_id, product_id, sum(agent_count)::int AS n
                 FROM (${countedAgents(false)}) counted GROUP BY reseller_id, product_id
             ), licenses AS (
               SELECT reseller_id, product_id, sum(quantity)::int AS n FROM subscription
                WHERE status IN (${IN_FORCE_SQL}) GROUP BY reseller_id, product_id
             )
             SELECT a.reseller_id, a.product_id, a.n AS agents, coalesce(l.n, 0)::int AS licenses
               FROM agents a LEFT JOIN licenses l USING (reseller_id, product_id)
              WHERE a.n > coalesce(l.n, 0)`,
          );
        const resellers = over.map((o) => o.reseller_id);
        const products = over.map((o) => o.product_id);
        // Back within the licenses, or a gap in the days checked: the episode is over.
        await em.query(
          `UPDATE usage_overuse o SET ended_on = $1::date
            WHERE o.ended_on IS NULL
              AND (o.last_day < $1::date - 1
                   OR NOT EXISTS (SELECT 1 FROM unnest($2::uuid[], $3::uuid[]) AS t (r, p)
                                   WHERE t.r = o.reseller_id AND t.p = o.product_id))`,
          [today, resellers, products],
        );
        await em.query(
          `INSERT INTO usage_overuse AS o (reseller_id, product_id, started_on, last_day, days, agents, licenses)
           SELECT r, p, $1::date, $1::date, 1, a, l
             FROM unnest($2::uuid[], $3::uuid[], $4::int[], $5::int[]) AS t (r, p, a, l)
           ON CONFLICT (reseller_id, product_id) WHERE ended_on IS NULL DO UPDATE
             SET last_day = $1::date, days = o.days + 1, agents = excluded.agents, licenses = excluded.licenses
             WHERE o.last_day = $1::date - 1`,
          [today, resellers, products, over.map((o) => o.agents), over.map((o) => o.licenses)],
        );
        // An UPDATE … RETURNING answers [rows, count].
        const [due]: [Array<{ id: string; reseller_id: string }>, number] = await em.query(
          `UPDATE usage_overuse SET notified_at = $2
            WHERE ended_on IS NULL AND notified_at IS NULL AND days >= $1
            RETURNING id, reseller_id`,
          [OVERUSE_NOTICE_DAYS, this.clock.now()],
        );
        // Told in the same transaction that marks them told, so a notice is never lost or doubled.
        for (const episode of due) await this.tellOveruse(ctx, episode.id, episode.reseller_id);
        await em.query("DELETE FROM usage_daily WHERE day < $1::date", [
          dayOf(addDays(this.clock.now(), -USAGE_HISTORY_DAYS)),
        ]);
        return { over: over.length, notified: due.length };
      },
      { capture: false },
    );
    if (!report) return { over: 0, notified: 0 };
    if (report.notified > 0) this.log.info(report, "license over-use told");
    return report;
  }

  /** Publishes one episode's notice with what to add and the subscription to add it to. */
  private async tellOveruse(ctx: ServiceContext, episodeId: string, resellerId: string): Promise<void> {
    const [episode]: Array<{
      product_code: string;
      product_name: string;
      agents: number;
      licenses: number;
      started_on: string;
      subscription_id: string | null;
      subscription_quantity: number | null;
    }> = await ctx.em.query(
      `SELECT p.code AS product_code, p.name AS product_name, o.agents, o.licenses,
              to_char(o.started_on, 'YYYY-MM-DD') AS started_on, s.id AS subscription_id,
              s.quantity AS subscription_quantity
         FROM usage_overuse o JOIN product p ON p.id = o.product_id
         LEFT JOIN LATERAL (
           SELECT id, quantity FROM subscription
            WHERE reseller_id = o.reseller_id AND product_id = o.product_id AND status = 'ACTIVE'
            ORDER BY quantity DESC, current_period_end DESC, id LIMIT 1) s ON true
        WHERE o.id = $1 AND o.reseller_id = $2`,
      [episodeId, resellerId],
    );
    if (!episode) return;
    const add = episode.agents - episode.licenses;
    await ctx.publish(
      "usage.over_licenses",
      episodeId,
      {
        productCode: episode.product_code,
        productName: episode.product_name,
        agents: episode.agents,
        licenses: episode.licenses,
        licensesToAdd: add,
        since: episode.started_on,
        subscriptionId: episode.subscription_id,
        suggestedQuantity:
          episode.subscription_quantity === null ? null : episode.subscription_quantity + add,
      },
      resellerId,
    );
  }
}
