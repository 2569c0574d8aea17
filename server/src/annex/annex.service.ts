import { LessThanOrEqual, MoreThan } from "typeorm";
import { Membership } from "../account/membership.entity.js";
import type { User } from "../account/user.entity.js";
import { MemberRole, Permission } from "../common/auth.js";
import type { Clock } from "../common/clock.js";
import { fail, UserErrorCode } from "../common/errors.js";
import { isUuid } from "../common/ids.js";
import { type KeysetOrder, keysetPage, type Page, type PageArgs } from "../common/pagination.js";
import { tenantOf } from "../db/tenant.js";
import type { ServiceContext } from "../db/unit-of-work.js";
import { AnnexAcceptance, AnnexVersion } from "./annex.entity.js";
import type { AnnexPublishInput, AnnexStatus } from "./annex.types.js";
import { renderAcceptancePdf } from "./annex-pdf.js";

const NEWEST_FIRST: KeysetOrder<AnnexVersion> = {
  key: "v.published_at",
  id: "v.id",
  part: "timestamp",
  descending: true,
  cursor: (v) => [v.publishedAt.toISOString(), v.id],
};

/** Publishing takes this lock, so two versions published at once get consecutive numbers. */
const PUBLISH_LOCK = 7_140_222;

/**
 * The reselling annex to the customer agreement. Vendor staff publish versions, each in force
 * from its date until a later one's; a reseller's owner accepts the version in force (or the
 * coming one, ahead of time). Until the version in force is accepted, the reseller buys nothing
 * and gives no trial; what it already holds keeps renewing.
 */
export class AnnexService {
  constructor(private readonly clock: Clock) {}

  /** The version in force now, if any. */
  inForce(ctx: ServiceContext): Promise<AnnexVersion | null> {
    return ctx.em.findOne(AnnexVersion, {
      where: { effectiveAt: LessThanOrEqual(this.clock.now()) },
      order: { effectiveAt: "DESC", version: "DESC" },
    });
  }

  /** The next version to take effect, if one is published ahead. */
  upcoming(ctx: ServiceContext): Promise<AnnexVersion | null> {
    return ctx.em.findOne(AnnexVersion, {
      where: { effectiveAt: MoreThan(this.clock.now()) },
      order: { effectiveAt: "ASC", version: "ASC" },
    });
  }

  async status(ctx: ServiceContext): Promise<AnnexStatus> {
    const accountId = tenantOf(ctx);
    const [inForce, upcoming, acceptances, owners] = await Promise.all([
      this.inForce(ctx),
      this.upcoming(ctx),
      ctx.em.find(AnnexAcceptance, {
        where: { accountId },
        relations: { annexVersion: true, acceptedBy: true },
        order: { acceptedAt: "DESC" },
      }),
      ctx.em.find(Membership, { where: { accountId, role: MemberRole.OWNER }, relations: { user: true } }),
    ]);
    const accepted = (version: AnnexVersion | null) =>
      version !== null && acceptances.some((a) => a.annexVersionId === version.id);
    return {
      inForce,
      upcoming,
      acceptedInForce: inForce === null || accepted(inForce),
      acceptedUpcoming: accepted(upcoming),
      canAccept: ctx.actor.permissions.has(Permission.ANNEX_ACCEPT),
      acceptors: owners.map((m) => m.user as User),
      acceptances,
    };
  }

  /** Every version, newest first: for vendor staff. */
  async list(ctx: ServiceContext, args: PageArgs): Promise<Page<AnnexVersion>> {
    const page = keysetPage(args, NEWEST_FIRST);
    const rows = await page.query(ctx.em.getRepository(AnnexVersion).createQueryBuilder("v")).getMany();
    return page.of(rows, () => ctx.em.count(AnnexVersion));
  }

  async publish(ctx: ServiceContext, input: AnnexPublishInput): Promise<AnnexVersion> {
    const { em } = ctx;
    const now = this.clock.now();
    await em.query("SELECT pg_advisory_xact_lock($1)", [PUBLISH_LOCK]);
    const effectiveAt = input.effectiveAt ?? now;
    // A minute's grace, for a date picked as "now" in a form a moment ago.
    if (effectiveAt.getTime() < now.getTime() - 60_000) {
      fail(
        UserErrorCode.EFFECTIVE_DATE_TOO_EARLY,
        "input.effectiveAt",
        "A version cannot take effect in the past.",
      );
    }
    const [latest] = await em.find(AnnexVersion, { order: { version: "DESC" }, take: 1 });
    if (latest && effectiveAt < latest.effectiveAt) {
      fail(
        UserErrorCode.EFFECTIVE_DATE_TOO_EARLY,
        "input.effectiveAt",
        `Version ${latest.version} takes effect on ${latest.effectiveAt.toISOString()}; a new version cannot take effect before it.`,
      );
    }
    const version = await em.save(
      em.create(AnnexVersion, {
        version: (latest?.version ?? 0) + 1,
        title: input.title.trim(),
        body: input.body,
        effectiveAt: new Date(Math.max(effectiveAt.getTime(), now.getTime())),
        publishedAt: now,
        publishedBy: ctx.actor.userId,
      }),
    );
    await ctx.publish("annex.published", version.id, {
      version: version.version,
      title: version.title,
      effectiveAt: version.effectiveAt.toISOString(),
    });
    return version;
  }

  /**
   * The owner accepts a version for the account: the one in force or one to come, not one
   * already replaced. Accepting twice records it once.
   */
  async accept(
    ctx: ServiceContext,
    versionId: string,
    from: { ip: string; userAgent: string | null },
  ): Promise<AnnexAcceptance> {
    const { em } = ctx;
    const accountId = tenantOf(ctx);
    const version = isUuid(versionId) ? await em.findOneBy(AnnexVersion, { id: versionId }) : null;
    if (!version) return fail(UserErrorCode.NOT_FOUND, "versionId", "Annex version not found.");
    const inForce = await this.inForce(ctx);
    if (inForce && version.effectiveAt <= inForce.effectiveAt && version.id !== inForce.id) {
      fail(
        UserErrorCode.ANNEX_SUPERSEDED,
        "versionId",
        `Version ${version.version} was replaced by version ${inForce.version}; accept that one.`,
      );
    }
    const [inserted]: Array<{ id: string }> = await em.query(
      `INSERT INTO annex_acceptance (account_id, annex_version_id, accepted_by, accepted_at, ip, user_agent)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (account_id, annex_version_id) DO NOTHING RETURNING id`,
      [
        accountId,
        version.id,
        ctx.actor.userId,
        this.clock.now(),
        from.ip,
        from.userAgent?.slice(0, 500) ?? null,
      ],
    );
    const acceptance = await em.findOneOrFail(AnnexAcceptance, {
      where: { accountId, annexVersionId: version.id },
      relations: { annexVersion: true, acceptedBy: true },
    });
    if (inserted) {
      await ctx.publish("annex.accepted", acceptance.id, {
        version: version.version,
        acceptedBy: acceptance.acceptedBy.email,
        ip: acceptance.ip,
      });
    }
    return acceptance;
  }

  /** The version in force when the context's account has not accepted it; null when nothing is missing. */
  async unaccepted(ctx: ServiceContext): Promise<AnnexVersion | null> {
    const inForce = await this.inForce(ctx);
    if (!inForce) return null;
    const accepted = await ctx.em.exists(AnnexAcceptance, {
      where: { accountId: tenantOf(ctx), annexVersionId: inForce.id },
    });
    return accepted ? null : inForce;
  }

  /** What a purchase or a trial is refused with while the annex in force is not accepted. */
  static refusal(version: AnnexVersion): string {
    return `Your account has not accepted version ${version.version} of the reselling annex ("${version.title}"), in force since ${version.effectiveAt.toISOString().slice(0, 10)}. The account owner accepts it on the Account page.`;
  }

  /** Refuses with ANNEX_NOT_ACCEPTED, naming the version, until the annex in force is accepted. */
  async requireAccepted(ctx: ServiceContext): Promise<void> {
    const missing = await this.unaccepted(ctx);
    if (missing) fail(UserErrorCode.ANNEX_NOT_ACCEPTED, null, AnnexService.refusal(missing));
  }

  /**
   * An acceptance the actor may read: its account's people and keys, and vendor staff; null
   * for anyone else, as if it did not exist.
   */
  async getForActor(ctx: ServiceContext, id: string): Promise<AnnexAcceptance | null> {
    if (!isUuid(id)) return null;
    const acceptance = await ctx.em.findOne(AnnexAcceptance, {
      where: { id },
      relations: { annexVersion: true, acceptedBy: true },
    });
    if (!acceptance) return null;
    const { actor } = ctx;
    const allowed =
      actor.isVendorStaff ||
      (actor.accountId === acceptance.accountId && actor.permissions.has(Permission.RESELLER_READ));
    return allowed ? acceptance : null;
  }

  async pdf(ctx: ServiceContext, acceptance: AnnexAcceptance): Promise<Buffer> {
    const [{ name }]: Array<{ name: string }> = await ctx.em.query("SELECT name FROM account WHERE id = $1", [
      acceptance.accountId,
    ]);
    return renderAcceptancePdf({
      accountName: name,
      version: acceptance.annexVersion.version,
      title: acceptance.annexVersion.title,
      body: acceptance.annexVersion.body,
      effectiveAt: acceptance.annexVersion.effectiveAt,
      acceptedAt: acceptance.acceptedAt,
      acceptedBy: { name: acceptance.acceptedBy.name, email: acceptance.acceptedBy.email },
      ip: acceptance.ip,
      userAgent: acceptance.userAgent,
    });
  }
}
