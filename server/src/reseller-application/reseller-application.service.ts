import { Account, AccountStatus } from "../account/account.entity.js";
import { isCountryCode } from "../billing-profile/vat-id.js";
import type { Clock } from "../common/clock.js";
import { fail, UserErrorCode } from "../common/errors.js";
import { isUuid } from "../common/ids.js";
import {
  type KeysetOrder,
  keysetPage,
  type ListCount,
  type Page,
  type PageArgs,
} from "../common/pagination.js";
import type { ServiceContext } from "../db/unit-of-work.js";
import { Tier } from "../tier/tier.entity.js";
import { ResellerApplication, ResellerApplicationStatus } from "./reseller-application.entity.js";
import type { ResellerApplicationSubmitInput } from "./reseller-application.types.js";

/** The queue: oldest first, so the longest waiting is answered first. */
const OLDEST_FIRST: KeysetOrder<ResellerApplication> = {
  key: "r.submitted_at",
  id: "r.id",
  part: "timestamp",
  cursor: (r) => [r.submittedAt.toISOString(), r.id],
};

const MAX_DECLINE_REASON = 2000;

/** An http(s) address with a host, as typed: a bare host gets https:// in front. */
function websiteOf(input: string): string {
  const typed = input.trim();
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(typed) ? typed : `https://${typed}`;
  let url: URL | null = null;
  try {
    url = new URL(withScheme);
  } catch {
    // refused below
  }
  if (!url || (url.protocol !== "https:" && url.protocol !== "http:") || !url.hostname.includes(".")) {
    return fail(
      UserErrorCode.INVALID_INPUT,
      "input.website",
      "Enter your website's address, such as https://example.com.",
    );
  }
  return url.toString();
}

function countriesOf(codes: readonly string[]): string[] {
  const countries = [...new Set(codes.map((c) => c.trim().toUpperCase()))];
  const unknown = countries.find((c) => !isCountryCode(c));
  if (unknown !== undefined) {
    fail(UserErrorCode.INVALID_COUNTRY, "input.countries", `"${unknown}" is not a country code such as DE.`);
  }
  return countries.sort();
}

/**
 * From a signed-up company to a reseller: its owner applies, vendor staff approve it on a tier or
 * decline it with a reason. Deciding locks the application, so two staff deciding at once decide
 * once; applying locks the account, so one application waits at a time.
 */
export class ResellerApplicationService {
  constructor(private readonly clock: Clock) {}

  /** The caller's account's latest application, or null before the first. */
  async mine(ctx: ServiceContext): Promise<ResellerApplication | null> {
    const [latest] = await this.read(ctx, "r.account_id = $1 ORDER BY r.submitted_at DESC LIMIT 1", [
      ctx.accountId,
    ]);
    return latest ?? null;
  }

  async submit(ctx: ServiceContext, input: ResellerApplicationSubmitInput): Promise<ResellerApplication> {
    const { em, actor } = ctx;
    const website = websiteOf(input.website);
    const countries = countriesOf(input.countries);
    const account = await em.findOne(Account, {
      where: { id: ctx.accountId as string },
      lock: { mode: "pessimistic_write" },
    });
    if (account?.status !== AccountStatus.APPLYING) {
      fail(UserErrorCode.APPLICATION_DECIDED, null, "This account is already a reseller.");
    }
    const pending = await em.findOneBy(ResellerApplication, {
      accountId: account.id,
      status: ResellerApplicationStatus.PENDING,
    });
    if (pending) {
      fail(
        UserErrorCode.APPLICATION_PENDING,
        null,
        "Your application is already waiting for review; you will hear by email.",
      );
    }
    const saved = await em.save(
      em.create(ResellerApplication, {
        accountId: account.id,
        submittedBy: actor.userId as string,
        website,
        countries,
        expectedLicensesPerYear: input.expectedLicensesPerYear,
        message: input.message.trim(),
        status: ResellerApplicationStatus.PENDING,
        submittedAt: this.clock.now(),
        decidedAt: null,
        decidedBy: null,
        tierId: null,
        declineReason: null,
      }),
    );
    const application = await this.one(ctx, saved.id);
    await ctx.publish(
      "reseller_application.submitted",
      application.id,
      { accountName: application.companyName, ownerEmail: application.ownerEmail },
      account.id,
    );
    return application;
  }

  /** Applications in `status`, oldest first. */
  async list(
    ctx: ServiceContext,
    args: PageArgs & { status: ResellerApplicationStatus },
  ): Promise<Page<ResellerApplication>> {
    const page = keysetPage(args, OLDEST_FIRST);
    const params: unknown[] = [args.status];
    const after = page.after((value) => {
      params.push(value);
      return `$${params.length}`;
    });
    const rows = await this.read(
      ctx,
      `r.status = $1 ${after ? `AND ${after}` : ""} ORDER BY ${page.orderBy} LIMIT ${page.limit}`,
      params,
    );
    const count: ListCount = async () => {
      const [{ count: total }] = await ctx.em.query(
        "SELECT count(*)::int AS count FROM reseller_application WHERE status = $1",
        [args.status],
      );
      return total;
    };
    return page.of(rows, count);
  }

  /** The account resells on `tierCode` from now on; its owner is told. */
  async approve(ctx: ServiceContext, id: string, tierCode: string): Promise<ResellerApplication> {
    const application = await this.pending(ctx, id);
    const tier =
      (await ctx.em.findOneBy(Tier, { code: tierCode.trim().toUpperCase() })) ??
      fail(UserErrorCode.UNKNOWN_TIER, "tierCode", `There is no tier "${tierCode}".`);
    await ctx.em.update(
      Account,
      { id: application.accountId, status: AccountStatus.APPLYING },
      { status: AccountStatus.ACTIVE, tierId: tier.id },
    );
    await this.decide(ctx, application, { status: ResellerApplicationStatus.APPROVED, tierId: tier.id });
    const decided = await this.one(ctx, id);
    await ctx.publish(
      "reseller_application.approved",
      id,
      { accountName: decided.companyName, ownerEmail: decided.ownerEmail, tier: tier.name },
      decided.accountId,
    );
    return decided;
  }

  /** The account stays an applicant and may apply again; its owner is told why. */
  async decline(ctx: ServiceContext, id: string, reasonInput: string): Promise<ResellerApplication> {
    const reason = reasonInput.trim();
    if (!reason) fail(UserErrorCode.REQUIRED, "reason", "Say why, so the company knows what to change.");
    if (reason.length > MAX_DECLINE_REASON) {
      fail(UserErrorCode.TOO_LONG, "reason", `Keep the reason under ${MAX_DECLINE_REASON} characters.`);
    }
    const application = await this.pending(ctx, id);
    await this.decide(ctx, application, {
      status: ResellerApplicationStatus.DECLINED,
      declineReason: reason,
    });
    const decided = await this.one(ctx, id);
    await ctx.publish(
      "reseller_application.declined",
      id,
      { accountName: decided.companyName, ownerEmail: decided.ownerEmail, reason },
      decided.accountId,
    );
    return decided;
  }

  /** The application, locked, while it still waits for a decision. */
  private async pending(ctx: ServiceContext, id: string): Promise<ResellerApplication> {
    const application = isUuid(id)
      ? await ctx.em.findOne(ResellerApplication, { where: { id }, lock: { mode: "pessimistic_write" } })
      : null;
    if (!application) return fail(UserErrorCode.NOT_FOUND, "id", "Application not found.");
    if (application.status !== ResellerApplicationStatus.PENDING) {
      fail(
        UserErrorCode.APPLICATION_DECIDED,
        "id",
        `This application was already ${application.status.toLowerCase()}.`,
      );
    }
    return application;
  }

  private async decide(
    ctx: ServiceContext,
    application: ResellerApplication,
    decision: Partial<Pick<ResellerApplication, "status" | "tierId" | "declineReason">>,
  ): Promise<void> {
    await ctx.em.update(ResellerApplication, application.id, {
      ...decision,
      decidedAt: this.clock.now(),
      decidedBy: ctx.actor.userId,
    });
  }

  private async one(ctx: ServiceContext, id: string): Promise<ResellerApplication> {
    const [application] = await this.read(ctx, "r.id = $1", [id]);
    return application;
  }

  /** Applications with their company, country, owner's email and tier, in one statement. */
  private async read(ctx: ServiceContext, where: string, params: unknown[]): Promise<ResellerApplication[]> {
    const rows: Array<{ id: string; company_name: string; country: string | null; owner_email: string }> =
      await ctx.em.query(
        `SELECT r.id, a.name AS company_name, a.country, u.email AS owner_email
           FROM reseller_application r
           JOIN account a ON a.id = r.account_id
           JOIN membership m ON m.account_id = a.id AND m.role = 'OWNER'
           JOIN app_user u ON u.id = m.user_id
          WHERE ${where}`,
        params,
      );
    if (rows.length === 0) return [];
    const entities = await ctx.em.find(ResellerApplication, {
      where: rows.map((r) => ({ id: r.id })),
      relations: { tier: true },
    });
    const byId = new Map(entities.map((e) => [e.id, e]));
    return rows.map((row) => {
      const application = byId.get(row.id) as ResellerApplication;
      application.companyName = row.company_name;
      application.country = row.country;
      application.ownerEmail = row.owner_email;
      return application;
    });
  }
}
