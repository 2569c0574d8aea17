import type { DataSource } from "typeorm";
import { Account } from "../account/account.entity.js";
import { User } from "../account/user.entity.js";
import { ApiKey } from "../api-key/api-key.entity.js";
import type { Actor } from "../common/context.js";
import type { AuthService } from "./auth.service.js";
import type { Viewer } from "./auth.types.js";

/** Describes the caller for the `viewer` query and sign-in answers. */
export class ViewerService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly auth: AuthService,
  ) {}

  async describe(actor: Actor): Promise<Viewer> {
    const [user, account, apiKey] = await Promise.all([
      actor.userId ? this.dataSource.getRepository(User).findOneBy({ id: actor.userId }) : null,
      actor.accountId
        ? this.dataSource
            .getRepository(Account)
            .findOne({ where: { id: actor.accountId }, relations: { tier: true } })
        : null,
      actor.apiKeyId ? this.dataSource.getRepository(ApiKey).findOneBy({ id: actor.apiKeyId }) : null,
    ]);
    return { user, account, apiKey, role: actor.role, permissions: [...actor.permissions].sort() };
  }

  /** The viewer a person becomes right after signing in. */
  async describeUser(userId: string): Promise<Viewer> {
    return this.describe(await this.auth.actorForUser(userId));
  }
}
