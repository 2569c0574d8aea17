import { Account } from "../account/account.entity.js";
import { User } from "../account/user.entity.js";
import { ApiKey } from "../api-key/api-key.entity.js";
import type { Actor } from "../common/context.js";
import type { ServiceContext } from "../db/unit-of-work.js";
import type { AuthService } from "./auth.service.js";
import type { Viewer } from "./auth.types.js";

/** Describes the caller for the `viewer` query and sign-in answers. */
export class ViewerService {
  constructor(private readonly auth: AuthService) {}

  /** The context's actor. */
  describe(ctx: ServiceContext): Promise<Viewer> {
    return this.describeActor(ctx, ctx.actor);
  }

  /** The viewer a person becomes right after signing in. */
  async describeUser(ctx: ServiceContext, userId: string): Promise<Viewer> {
    return this.describeActor(ctx, await this.auth.actorForUser(ctx, userId));
  }

  private async describeActor(ctx: ServiceContext, actor: Actor): Promise<Viewer> {
    const { em } = ctx;
    const [user, account, apiKey] = await Promise.all([
      actor.userId ? em.findOneBy(User, { id: actor.userId }) : null,
      actor.accountId
        ? em.findOne(Account, { where: { id: actor.accountId }, relations: { tier: true } })
        : null,
      actor.apiKeyId ? em.findOneBy(ApiKey, { id: actor.apiKeyId }) : null,
    ]);
    return { user, account, apiKey, role: actor.role, permissions: [...actor.permissions].sort() };
  }
}
