import { timingSafeEqual } from "node:crypto";
import { GraphQLError } from "graphql";
import { AccountKind, AccountStatus } from "../account/account.entity.js";
import { Membership } from "../account/membership.entity.js";
import { User, UserStatus } from "../account/user.entity.js";
import {
  APPLICANT_PERMISSIONS,
  ApiKeyScope,
  CUSTOMER_PERMISSIONS,
  INGESTION_PERMISSIONS,
  INGESTION_SCOPE,
  MemberRole,
  type Permission,
  ROLE_PERMISSIONS,
  SCOPE_PERMISSIONS,
  VENDOR_STAFF_PERMISSIONS,
} from "../common/auth.js";
import type { Clock } from "../common/clock.js";
import type { Actor, ApplicantStanding } from "../common/context.js";
import { hashPassword, randomToken, sha256, verifyPassword } from "../common/crypto.js";
import { normalizeEmail } from "../common/email.js";
import { fail, UserErrorCode, UserErrorsException } from "../common/errors.js";
import { preparedQuery } from "../db/prepared.js";
import type { ServiceContext } from "../db/unit-of-work.js";
import { InvitationStatus, TeamInvitation } from "../team/team-invitation.entity.js";
import { type TokenInfo, TokenStatus } from "./auth.types.js";
import { passwordProblems } from "./password-policy.js";
import { Session } from "./session.entity.js";
import type { SignInThrottle } from "./sign-in-throttle.js";
import type { TokenService } from "./token.service.js";
import { TokenPurpose, UserToken } from "./user-token.entity.js";

export const SESSION_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;

const API_KEY_PATTERN = /^(rh_[0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;

export interface NewSession {
  token: string;
  expiresAt: Date;
  userId: string;
}

interface ActorRow {
  user_id: string;
  status: UserStatus;
  is_vendor_staff: boolean;
  role: MemberRole | null;
  account_id: string | null;
  kind: AccountKind | null;
  account_status: AccountStatus | null;
  /** The latest application of an APPLYING account, as JSON. */
  application: { status: "PENDING" | "APPROVED" | "DECLINED"; reason: string | null } | null;
}

/** Who the caller is, from their session or id: with their account, role and any application. */
const ACTOR_COLUMNS = `u.id AS user_id, u.status, u.is_vendor_staff, m.role, a.id AS account_id, a.kind,
  a.status AS account_status,
  CASE WHEN a.status = '${AccountStatus.APPLYING}' THEN (
    SELECT json_build_object('status', r.status, 'reason', r.decline_reason) FROM reseller_application r
     WHERE r.account_id = a.id ORDER BY r.submitted_at DESC LIMIT 1)
  END AS application`;

function applicantStanding(row: ActorRow): ApplicantStanding | null {
  if (row.account_status !== AccountStatus.APPLYING) return null;
  const status = row.application?.status;
  return {
    application: status === "PENDING" || status === "DECLINED" ? status : "NONE",
    declineReason: status === "DECLINED" ? (row.application?.reason ?? null) : null,
  };
}

function permissionsFor(row: {
  role: MemberRole | null;
  kind: AccountKind | null;
  account_status: AccountStatus | null;
  is_vendor_staff: boolean;
}): Set<Permission> {
  const permissions = new Set<Permission>(row.is_vendor_staff ? VENDOR_STAFF_PERMISSIONS : []);
  if (row.account_status === AccountStatus.APPLYING && row.role === MemberRole.OWNER) {
    for (const permission of APPLICANT_PERMISSIONS) permissions.add(permission);
  }
  if (row.account_status !== AccountStatus.ACTIVE) return permissions;
  const granted =
    row.kind === AccountKind.CUSTOMER ? CUSTOMER_PERMISSIONS : row.role ? ROLE_PERMISSIONS[row.role] : [];
  for (const permission of granted) permissions.add(permission);
  return permissions;
}

function userActor(row: ActorRow, sessionId: string | null): Actor {
  return {
    kind: "USER",
    userId: row.user_id,
    apiKeyId: null,
    apiKeyScope: null,
    accountId: row.account_id,
    accountKind: row.kind,
    role: row.role,
    isVendorStaff: row.is_vendor_staff,
    permissions: permissionsFor(row),
    sessionId,
    applying: applicantStanding(row),
  };
}

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "UNAUTHENTICATED" } });
}

/** Who is calling, sign-in and sign-out, and the single-use links that set a password. */
export class AuthService {
  constructor(
    private readonly clock: Clock,
    private readonly throttle: SignInThrottle,
    private readonly tokens: TokenService,
  ) {}

  /** The actor behind a session token, or null when the session is unknown, expired or its user disabled. */
  async actorFromSession(ctx: ServiceContext, token: string): Promise<Actor | null> {
    const now = this.clock.now();
    const rows: Array<ActorRow & { session_id: string; last_seen_at: Date }> = await ctx.em.query(
      `SELECT s.id AS session_id, s.last_seen_at, ${ACTOR_COLUMNS}
         FROM session s
         JOIN app_user u ON u.id = s.user_id
         LEFT JOIN membership m ON m.user_id = u.id
         LEFT JOIN account a ON a.id = m.account_id
        WHERE s.token_hash = $1 AND s.expires_at > $2`,
      [sha256(token), now],
    );
    const row = rows[0];
    if (!row || row.status !== UserStatus.ACTIVE) return null;
    if (now.getTime() - new Date(row.last_seen_at).getTime() > 60_000) {
      await ctx.em.query("UPDATE session SET last_seen_at = $2 WHERE id = $1", [row.session_id, now]);
    }
    return userActor(row, row.session_id);
  }

  /** The actor a person is right after signing in. */
  async actorForUser(ctx: ServiceContext, userId: string): Promise<Actor> {
    const rows: ActorRow[] = await ctx.em.query(
      `SELECT ${ACTOR_COLUMNS}
         FROM app_user u
         LEFT JOIN membership m ON m.user_id = u.id
         LEFT JOIN account a ON a.id = m.account_id
        WHERE u.id = $1`,
      [userId],
    );
    return userActor(rows[0], null);
  }

  /** The actor behind an API key; a wrong, revoked or disabled key is refused outright. */
  async actorFromApiKey(ctx: ServiceContext, key: string): Promise<Actor> {
    const match = API_KEY_PATTERN.exec(key);
    if (!match) throw unauthenticated("The API key is malformed.");
    const [, prefix, secret] = match;
    const rows = await preparedQuery<{
      id: string;
      secret_hash: string;
      scope: ApiKeyScope;
      revoked_at: Date | null;
      last_used_at: Date | null;
      account_id: string | null;
      kind: AccountKind | null;
      account_status: AccountStatus | null;
    }>(
      ctx.em,
      `SELECT k.id, k.secret_hash, k.scope, k.revoked_at, k.last_used_at, a.id AS account_id, a.kind,
              a.status AS account_status
         FROM api_key k LEFT JOIN account a ON a.id = k.account_id
        WHERE k.prefix = $1`,
      [prefix],
    );
    const row = rows[0];
    const expected = Buffer.from(row?.secret_hash ?? "", "hex");
    const actual = Buffer.from(sha256(secret), "hex");
    if (!row || expected.length !== actual.length || !timingSafeEqual(expected, actual)) {
      throw unauthenticated("The API key is not valid.");
    }
    if (row.revoked_at) throw unauthenticated("The API key was revoked.");
    const ingestion = (row.scope as string) === INGESTION_SCOPE;
    if (!ingestion && row.account_status !== AccountStatus.ACTIVE)
      throw unauthenticated("The API key's account is disabled.");
    const now = this.clock.now();
    if (!row.last_used_at || now.getTime() - new Date(row.last_used_at).getTime() > 60_000) {
      await ctx.em.query("UPDATE api_key SET last_used_at = $2 WHERE id = $1", [row.id, now]);
    }
    return {
      kind: "API_KEY",
      userId: null,
      apiKeyId: row.id,
      apiKeyScope: ingestion ? null : row.scope,
      accountId: row.account_id,
      accountKind: row.kind,
      role: null,
      isVendorStaff: false,
      permissions: new Set(ingestion ? INGESTION_PERMISSIONS : SCOPE_PERMISSIONS[row.scope]),
      sessionId: null,
      applying: null,
    };
  }

  /**
   * Checks a password and opens a session. Failed tries are limited per email and client address
   * together, and per client address, so a stranger elsewhere cannot lock the owner out; when a
   * limit is reached the try is refused before the password is checked, even a right one.
   * Called outside a transaction: the limits keep their own count, and a slow password check
   * must not hold a connection that parallel tries need for theirs.
   */
  async signIn(
    ctx: ServiceContext,
    emailInput: string,
    password: string,
    clientIp: string,
  ): Promise<NewSession> {
    const email = normalizeEmail(emailInput);
    const refusal = await this.throttle.spend(email, clientIp);
    if (refusal) {
      const from = refusal.scope === "EMAIL" ? "for this email from your network" : "from your network";
      fail(
        UserErrorCode.TOO_MANY_ATTEMPTS,
        null,
        `Too many failed sign-ins ${from}. Try again after ${refusal.retryAt.toISOString()}.`,
      );
    }
    const user = await ctx.em.findOneBy(User, { email });
    if (!(await verifyPassword(password, user?.passwordHash ?? null)) || !user) {
      fail(UserErrorCode.INVALID_CREDENTIALS, null, "The email or the password is wrong.");
    }
    await this.throttle.succeeded(email, clientIp);
    if (user.status !== UserStatus.ACTIVE)
      fail(UserErrorCode.ACCOUNT_DISABLED, null, "Your user is disabled.");
    const [membership]: Array<{ account_status: AccountStatus }> = await ctx.em.query(
      `SELECT a.status AS account_status FROM membership m JOIN account a ON a.id = m.account_id
        WHERE m.user_id = $1`,
      [user.id],
    );
    if (membership?.account_status === AccountStatus.DISABLED && !user.isVendorStaff) {
      fail(
        UserErrorCode.ACCOUNT_DISABLED,
        null,
        "Your account is disabled. Contact the vendor's partner team.",
      );
    }
    return this.openSession(ctx, user.id);
  }

  /** Ends the session the context's actor came with. */
  async signOut(ctx: ServiceContext): Promise<void> {
    if (ctx.actor.sessionId) await ctx.em.query("DELETE FROM session WHERE id = $1", [ctx.actor.sessionId]);
  }

  /** Ends every session of the context's person, on every device. */
  async signOutEverywhere(ctx: ServiceContext): Promise<void> {
    if (ctx.actor.userId) await ctx.em.query("DELETE FROM session WHERE user_id = $1", [ctx.actor.userId]);
  }

  /** What a link is for, so the page can greet the person before they set a password. */
  async tokenInfo(ctx: ServiceContext, token: string): Promise<TokenInfo> {
    const row = await ctx.em.findOneBy(UserToken, { tokenHash: sha256(token) });
    const empty: TokenInfo = {
      status: TokenStatus.INVALID,
      purpose: null,
      email: null,
      accountName: null,
      role: null,
      name: null,
      needsPassword: false,
    };
    if (!row) return empty;
    const [details]: Array<{
      email: string;
      status: UserStatus;
      account_name: string | null;
      role: MemberRole | null;
      invitation_status: InvitationStatus | null;
      invitee_name: string | null;
    }> = await ctx.em.query(
      `SELECT u.email, u.status, coalesce(ia.name, ma.name) AS account_name,
                coalesce(i.role, m.role) AS role, i.status AS invitation_status, i.name AS invitee_name
           FROM app_user u
           LEFT JOIN team_invitation i ON i.id = $2
           LEFT JOIN account ia ON ia.id = i.account_id
           LEFT JOIN membership m ON m.user_id = u.id
           LEFT JOIN account ma ON ma.id = m.account_id
          WHERE u.id = $1`,
      [row.userId, row.invitationId],
    );
    const status =
      details?.invitation_status === InvitationStatus.REVOKED
        ? TokenStatus.REVOKED
        : row.usedAt
          ? TokenStatus.USED
          : row.expiresAt <= this.clock.now()
            ? TokenStatus.EXPIRED
            : TokenStatus.VALID;
    return {
      status,
      purpose: row.purpose,
      email: details?.email ?? null,
      accountName: details?.account_name ?? null,
      role: details?.role ?? null,
      name: details?.invitee_name ?? null,
      needsPassword: details?.status === UserStatus.INVITED,
    };
  }

  /**
   * Uses a single-use link and opens a session. A holder without a password sets one (and their
   * name) and becomes active; a holder who already has one, such as someone invited after leaving
   * another team, proves it instead, with the same limits on failed tries as signing in, and
   * keeps it. An invitation joins the team. The token row is locked, so it works once; the
   * holder's other activation links end with it. Nothing is written when a check fails.
   */
  async useToken(
    ctx: ServiceContext,
    token: string,
    password: string,
    name: string | null,
    clientIp: string,
  ): Promise<NewSession> {
    const { em } = ctx;
    const [holder]: Array<{
      email: string;
      status: UserStatus;
      password_hash: string | null;
      link_works: boolean;
    }> = await em.query(
      `SELECT u.email, u.status, u.password_hash, t.used_at IS NULL AND t.expires_at > $2 AS link_works
         FROM user_token t JOIN app_user u ON u.id = t.user_id WHERE t.token_hash = $1`,
      [sha256(token), this.clock.now()],
    );
    const hasPassword = holder?.status === UserStatus.ACTIVE;
    let passwordHash: string | null = null;
    if (hasPassword && holder.link_works) {
      await this.checkPassword(holder.email, password, holder.password_hash, clientIp);
    } else if (!hasPassword) {
      const problems = passwordProblems(password, holder?.email ?? null);
      if (problems.length > 0) throw new UserErrorsException(problems);
      // Hashed before any row is locked, so parallel uses of one link wait for each other only briefly.
      passwordHash = await hashPassword(password);
    }
    const now = this.clock.now();
    const row = await em.findOne(UserToken, {
      where: { tokenHash: sha256(token) },
      lock: { mode: "pessimistic_write" },
    });
    if (!row) return fail(UserErrorCode.TOKEN_INVALID, "input.token", "This link is not valid.");
    if (row.usedAt) {
      fail(
        UserErrorCode.TOKEN_USED,
        "input.token",
        "This link was already used, or a newer one replaced it.",
      );
    }
    if (row.expiresAt <= now) {
      fail(UserErrorCode.TOKEN_EXPIRED, "input.token", "This link has expired. Ask for a new one.");
    }
    const user = await em.findOne(User, { where: { id: row.userId }, lock: { mode: "pessimistic_write" } });
    if (!user || user.status === UserStatus.DISABLED) {
      return fail(UserErrorCode.ACCOUNT_DISABLED, null, "This user is disabled.");
    }
    const invitation =
      row.purpose === TokenPurpose.INVITATION && row.invitationId
        ? await this.acceptInvitation(ctx, row.invitationId, user.id, now)
        : null;
    // The holder activated between the check above and the lock: the new password is not theirs to set.
    if (passwordHash && user.status === UserStatus.INVITED) {
      user.passwordHash = passwordHash;
      user.status = UserStatus.ACTIVE;
      const chosen = name?.trim() || invitation?.name;
      if (chosen) user.name = chosen;
      await em.save(user);
    } else if (passwordHash) {
      fail(
        UserErrorCode.TOKEN_USED,
        "input.token",
        "You have a password now; open the link again and enter it to accept.",
      );
    }
    row.usedAt = now;
    await em.save(row);
    await this.tokens.voidActivations(em, user.id);
    return this.openSession(ctx, user.id);
  }

  /** A holder's existing password, checked under the sign-in limits; a wrong one names the field. */
  private async checkPassword(
    email: string,
    password: string,
    passwordHash: string | null,
    clientIp: string,
  ): Promise<void> {
    const refusal = await this.throttle.spend(email, clientIp);
    if (refusal) {
      fail(
        UserErrorCode.TOO_MANY_ATTEMPTS,
        "input.password",
        `Too many failed tries for this email from your network. Try again after ${refusal.retryAt.toISOString()}.`,
      );
    }
    if (!(await verifyPassword(password, passwordHash))) {
      fail(UserErrorCode.INVALID_CREDENTIALS, "input.password", "This is not your Reseller Hub password.");
    }
    await this.throttle.succeeded(email, clientIp);
  }

  private async acceptInvitation(
    ctx: ServiceContext,
    invitationId: string,
    userId: string,
    now: Date,
  ): Promise<TeamInvitation> {
    const { em } = ctx;
    const invitation = await em.findOne(TeamInvitation, {
      where: { id: invitationId },
      lock: { mode: "pessimistic_write" },
    });
    if (!invitation || invitation.status === InvitationStatus.REVOKED) {
      fail(UserErrorCode.INVITATION_REVOKED, "input.token", "This invitation was withdrawn.");
    }
    if (invitation.status === InvitationStatus.ACCEPTED) {
      fail(UserErrorCode.TOKEN_USED, "input.token", "This invitation was already accepted.");
    }
    const existing = await em.findOneBy(Membership, { userId });
    if (existing) {
      fail(
        UserErrorCode.EMAIL_IN_USE,
        "input.token",
        "You already belong to an account; one person, one account.",
      );
    }
    await em.insert(Membership, {
      accountId: invitation.accountId,
      userId,
      role: invitation.role,
      createdAt: now,
    });
    invitation.status = InvitationStatus.ACCEPTED;
    return em.save(invitation);
  }

  /** A new session for the person: its token, for the cookie. */
  async openSession(ctx: ServiceContext, userId: string): Promise<NewSession> {
    const token = randomToken();
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
    await ctx.em.insert(Session, {
      tokenHash: sha256(token),
      userId,
      createdAt: now,
      expiresAt,
      lastSeenAt: now,
    });
    return { token, expiresAt, userId };
  }
}
