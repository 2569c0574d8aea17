import { isEmail } from "class-validator";
import { User, UserStatus } from "../account/user.entity.js";
import type { TokenService } from "../auth/token.service.js";
import { TokenPurpose } from "../auth/user-token.entity.js";
import type { Clock } from "../common/clock.js";
import { normalizeEmail } from "../common/email.js";
import { fail, UserErrorCode } from "../common/errors.js";
import type { Links } from "../common/links.js";
import type { ServiceContext } from "../db/unit-of-work.js";
import { nameFromEmail } from "../team/team.service.js";

export interface StaffInvitation {
  email: string;
  /** The single-use activation link; only its hash is stored. */
  link: string;
  expiresAt: Date;
  /** False when the person was invited before and this link replaces the earlier ones. */
  created: boolean;
}

/** The email, normalized; refused with INVALID_EMAIL when it is not an email address. */
export function staffEmail(raw: string): string {
  const email = normalizeEmail(raw);
  if (!isEmail(email)) {
    fail(
      UserErrorCode.INVALID_EMAIL,
      "email",
      `"${raw}" is not an email address, such as you@vendor.example.`,
    );
  }
  return email;
}

/** Vendor staff are made by an operator, never through the API: the first one cannot be invited by anyone. */
export class StaffService {
  constructor(
    private readonly tokens: TokenService,
    private readonly links: Links,
    private readonly clock: Clock,
  ) {}

  /**
   * Makes a vendor-staff user, pending until they set a password through the returned link.
   * For a staff user who has not done so yet, it makes a fresh link instead (the earlier ones
   * stop working), so a lost or expired link is no dead end. Any other user with that email
   * is refused: one person, one login.
   */
  async invite(ctx: ServiceContext, rawEmail: string): Promise<StaffInvitation> {
    const { em } = ctx;
    const email = staffEmail(rawEmail);
    const inserted: Array<{ id: string }> = await em.query(
      `INSERT INTO app_user (email, name, status, is_vendor_staff, created_at) VALUES ($1, $2, $3, true, $4)
       ON CONFLICT (email) DO NOTHING RETURNING id`,
      [email, nameFromEmail(email), UserStatus.INVITED, this.clock.now()],
    );
    const user = await em.findOneOrFail(User, { where: { email }, lock: { mode: "pessimistic_write" } });
    const pending = user.isVendorStaff && user.status === UserStatus.INVITED;
    if (inserted.length === 0 && !pending) {
      fail(
        UserErrorCode.EMAIL_IN_USE,
        "email",
        user.isVendorStaff
          ? `${email} is already a vendor-staff user (${user.status.toLowerCase()}); nothing was changed.`
          : `${email} already has a user in a reseller or customer account; vendor staff need an email of their own.`,
      );
    }
    const { token, expiresAt } = await this.tokens.issue(em, user.id, TokenPurpose.ACTIVATION);
    return { email, link: this.links.activation(token), expiresAt, created: inserted.length > 0 };
  }
}
