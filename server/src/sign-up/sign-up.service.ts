import { Account, AccountKind, AccountStatus } from "../account/account.entity.js";
import { Membership } from "../account/membership.entity.js";
import { User, UserStatus } from "../account/user.entity.js";
import type { AuthService, NewSession } from "../auth/auth.service.js";
import { type TokenInfo, TokenStatus } from "../auth/auth.types.js";
import { passwordProblems } from "../auth/password-policy.js";
import { TOKEN_LIFETIME_MS } from "../auth/token.service.js";
import { TokenPurpose } from "../auth/user-token.entity.js";
import { BillingContact } from "../billing-contact/billing-contact.entity.js";
import { isCountryCode } from "../billing-profile/vat-id.js";
import { MemberRole } from "../common/auth.js";
import type { Clock } from "../common/clock.js";
import { hashPassword, randomToken, sha256 } from "../common/crypto.js";
import { normalizeEmail } from "../common/email.js";
import { fail, UserErrorCode, UserErrorsException } from "../common/errors.js";
import type { ServiceContext } from "../db/unit-of-work.js";
import { nameFromEmail } from "../team/team.service.js";
import type { SignUpInput } from "./sign-up.types.js";
import { SignUpRequest } from "./sign-up-request.entity.js";

/**
 * A company signing up to resell. What it types waits, password hashed, until the mailed link
 * confirms the email; only then do its user and its account (APPLYING, no tier yet) exist. The
 * answer to a sign-up is the same whether or not the email is taken, so it tells a stranger
 * nothing; the email's holder is mailed which it was.
 */
export class SignUpService {
  constructor(
    private readonly clock: Clock,
    private readonly auth: AuthService,
  ) {}

  async request(ctx: ServiceContext, input: SignUpInput): Promise<{ email: string }> {
    const { em } = ctx;
    const email = normalizeEmail(input.email);
    const country = input.country.trim().toUpperCase();
    if (!isCountryCode(country)) {
      fail(
        UserErrorCode.INVALID_COUNTRY,
        "input.country",
        `"${input.country}" is not a country code such as DE.`,
      );
    }
    const problems = passwordProblems(input.password, email);
    if (problems.length > 0) throw new UserErrorsException(problems);
    // Hashed whether or not the email is taken, so the answer takes as long either way.
    const passwordHash = await hashPassword(input.password);
    const existing = await em.findOneBy(User, { email });
    if (existing) {
      await ctx.publish("sign_up.email_taken", existing.id, { email });
      return { email };
    }
    const now = this.clock.now();
    const request = await em.save(
      em.create(SignUpRequest, {
        tokenHash: null,
        email,
        passwordHash,
        companyName: input.companyName.trim(),
        country,
        createdAt: now,
        expiresAt: new Date(now.getTime() + TOKEN_LIFETIME_MS),
        usedAt: null,
      }),
    );
    await ctx.publish("sign_up.requested", request.id, {
      requestId: request.id,
      email,
      companyName: request.companyName,
    });
    return { email };
  }

  /** The secret of the link that confirms `requestId`; a newer one replaces it. */
  async issueLink(ctx: ServiceContext, requestId: string): Promise<{ token: string; expiresAt: Date }> {
    const token = randomToken();
    await ctx.em.update(SignUpRequest, requestId, { tokenHash: sha256(token) });
    const request = await ctx.em.findOneByOrFail(SignUpRequest, { id: requestId });
    return { token, expiresAt: request.expiresAt };
  }

  /** What a sign-up link is for, or null when the token is not one. */
  async tokenInfo(ctx: ServiceContext, token: string): Promise<TokenInfo | null> {
    const request = await ctx.em.findOneBy(SignUpRequest, { tokenHash: sha256(token) });
    if (!request) return null;
    return {
      status: request.usedAt
        ? TokenStatus.USED
        : request.expiresAt <= this.clock.now()
          ? TokenStatus.EXPIRED
          : TokenStatus.VALID,
      purpose: TokenPurpose.SIGN_UP,
      email: request.email,
      accountName: request.companyName,
      role: MemberRole.OWNER,
      name: null,
      needsPassword: false,
    };
  }

  /**
   * Follows a sign-up link: the company's user (with the password of this request), its
   * account, APPLYING, with the owner as first billing contact, and a session. The request is
   * locked, so the link works once; the email's other open requests stop working.
   */
  async confirm(ctx: ServiceContext, token: string): Promise<NewSession> {
    const { em } = ctx;
    const now = this.clock.now();
    const request = await em.findOne(SignUpRequest, {
      where: { tokenHash: sha256(token) },
      lock: { mode: "pessimistic_write" },
    });
    if (!request) return fail(UserErrorCode.TOKEN_INVALID, "token", "This link is not valid.");
    if (request.usedAt) fail(UserErrorCode.TOKEN_USED, "token", "This link was already used.");
    if (request.expiresAt <= now) {
      fail(UserErrorCode.TOKEN_EXPIRED, "token", "This link has expired. Sign up again for a new one.");
    }
    const [user]: Array<{ id: string }> = await em.query(
      `INSERT INTO app_user (email, name, password_hash, status, created_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (email) DO NOTHING RETURNING id`,
      [request.email, nameFromEmail(request.email), request.passwordHash, UserStatus.ACTIVE, now],
    );
    if (!user) {
      fail(UserErrorCode.EMAIL_IN_USE, "token", `${request.email} already has an account; sign in instead.`);
    }
    const account = await em.save(
      em.create(Account, {
        kind: AccountKind.RESELLER,
        name: request.companyName,
        status: AccountStatus.APPLYING,
        tierId: null,
        country: request.country,
        createdAt: now,
      }),
    );
    await em.insert(Membership, {
      accountId: account.id,
      userId: user.id,
      role: MemberRole.OWNER,
      createdAt: now,
    });
    await em.insert(BillingContact, {
      accountId: account.id,
      email: request.email,
      name: nameFromEmail(request.email),
      createdAt: now,
    });
    await em.query("UPDATE sign_up_request SET used_at = $2 WHERE email = $1 AND used_at IS NULL", [
      request.email,
      now,
    ]);
    await ctx.publish(
      "sign_up.confirmed",
      account.id,
      { accountName: account.name, ownerEmail: request.email, country: request.country },
      account.id,
    );
    return this.auth.openSession(ctx, user.id);
  }
}
