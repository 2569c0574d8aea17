import { randomBytes } from "node:crypto";
import type { DataSource } from "typeorm";
import type { ApiKeyScope } from "../common/auth.js";
import type { Clock } from "../common/clock.js";
import { type Actor, accountOf } from "../common/context.js";
import { randomToken, sha256 } from "../common/crypto.js";
import { fail, UserErrorCode } from "../common/errors.js";
import { isUuid } from "../common/ids.js";
import { ApiKey } from "./api-key.entity.js";

export class ApiKeyService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  list(actor: Actor): Promise<ApiKey[]> {
    return this.dataSource.getRepository(ApiKey).find({
      where: { accountId: accountOf(actor) },
      order: { createdAt: "DESC", id: "ASC" },
    });
  }

  /** Makes a key `rh_<12 hex>_<secret>`; the whole key is returned this once and stored only hashed. */
  async create(
    actor: Actor,
    input: { name: string; scope: ApiKeyScope },
  ): Promise<{ apiKey: ApiKey; secret: string }> {
    const prefix = `rh_${randomBytes(6).toString("hex")}`;
    const secret = randomToken();
    const apiKey = await this.dataSource.getRepository(ApiKey).save({
      accountId: accountOf(actor),
      name: input.name.trim(),
      scope: input.scope,
      prefix,
      secretHash: sha256(secret),
      createdAt: this.clock.now(),
      lastUsedAt: null,
      revokedAt: null,
    });
    return { apiKey, secret: `${prefix}_${secret}` };
  }

  revoke(actor: Actor, id: string): Promise<ApiKey> {
    return this.dataSource.transaction(async (em) => {
      const key = isUuid(id)
        ? await em.findOne(ApiKey, {
            where: { id, accountId: accountOf(actor) },
            lock: { mode: "pessimistic_write" },
          })
        : null;
      if (!key) return fail(UserErrorCode.NOT_FOUND, "id", "API key not found.");
      if (key.revokedAt) fail(UserErrorCode.ALREADY_REVOKED, "id", "This key is already revoked.");
      key.revokedAt = this.clock.now();
      return em.save(key);
    });
  }
}
