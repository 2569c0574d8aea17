import { type EntityManager, IsNull } from "typeorm";
import type { Clock } from "../common/clock.js";
import { randomToken, sha256 } from "../common/crypto.js";
import { TokenPurpose, UserToken } from "./user-token.entity.js";

export const TOKEN_LIFETIME_MS = 72 * 60 * 60 * 1000;

export class TokenService {
  constructor(private readonly clock: Clock) {}

  /**
   * Makes a new single-use link secret for a person; earlier unused links for the same purpose
   * (and invitation) stop working, so only the latest mail counts.
   */
  async issue(
    em: EntityManager,
    userId: string,
    purpose: TokenPurpose,
    invitationId: string | null = null,
  ): Promise<{ token: string; expiresAt: Date }> {
    const now = this.clock.now();
    await em.update(
      UserToken,
      { userId, purpose, usedAt: IsNull(), ...(invitationId ? { invitationId } : {}) },
      { usedAt: now },
    );
    const token = randomToken();
    const expiresAt = new Date(now.getTime() + TOKEN_LIFETIME_MS);
    await em.insert(UserToken, {
      tokenHash: sha256(token),
      userId,
      purpose,
      invitationId,
      createdAt: now,
      expiresAt,
    });
    return { token, expiresAt };
  }

  /** Ends every unused link of an invitation, e.g. when it is revoked. */
  async voidInvitation(em: EntityManager, invitationId: string): Promise<void> {
    await em.update(UserToken, { invitationId, usedAt: IsNull() }, { usedAt: this.clock.now() });
  }
}
