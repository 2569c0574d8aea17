import { type EntityManager, IsNull } from "typeorm";
import type { Clock } from "../common/clock.js";
import { randomToken, sha256 } from "../common/crypto.js";
import { TokenPurpose, UserToken } from "./user-token.entity.js";

export const TOKEN_LIFETIME_MS = 72 * 60 * 60 * 1000;

/** Who mails a link: a reseller or reselling team's account, or the vendor (no account). */
export interface LinkSender {
  accountId?: string | null;
  /** The team invitation the link accepts. */
  invitationId?: string | null;
}

export class TokenService {
  constructor(private readonly clock: Clock) {}

  /**
   * Makes a new single-use link secret for a person. The sender's own earlier unused link for the
   * same purpose (and invitation) stops working, so their latest mail is the one that counts;
   * links other senders mailed keep working until the person activates (`useToken`).
   */
  async issue(
    em: EntityManager,
    userId: string,
    purpose: TokenPurpose,
    from: LinkSender = {},
  ): Promise<{ token: string; expiresAt: Date }> {
    const now = this.clock.now();
    const invitationId = from.invitationId ?? null;
    const issuedByAccountId = from.accountId ?? null;
    await em.update(
      UserToken,
      {
        userId,
        purpose,
        usedAt: IsNull(),
        issuedByAccountId: issuedByAccountId ?? IsNull(),
        ...(invitationId ? { invitationId } : {}),
      },
      { usedAt: now },
    );
    const token = randomToken();
    const expiresAt = new Date(now.getTime() + TOKEN_LIFETIME_MS);
    await em.insert(UserToken, {
      tokenHash: sha256(token),
      userId,
      purpose,
      invitationId,
      issuedByAccountId,
      createdAt: now,
      expiresAt,
    });
    return { token, expiresAt };
  }

  /** Ends every activation link still out for a person, whoever sent it: they have a password now. */
  async voidActivations(em: EntityManager, userId: string): Promise<void> {
    await em.update(
      UserToken,
      { userId, purpose: TokenPurpose.ACTIVATION, usedAt: IsNull() },
      { usedAt: this.clock.now() },
    );
  }

  /** Ends every unused link of an invitation, e.g. when it is revoked. */
  async voidInvitation(em: EntityManager, invitationId: string): Promise<void> {
    await em.update(UserToken, { invitationId, usedAt: IsNull() }, { usedAt: this.clock.now() });
  }
}
