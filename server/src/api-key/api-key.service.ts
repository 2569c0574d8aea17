import { randomBytes } from "node:crypto";
import type { ApiKeyScope } from "../common/auth.js";
import type { Clock } from "../common/clock.js";
import { randomToken, sha256 } from "../common/crypto.js";
import { fail, UserErrorCode } from "../common/errors.js";
import { isUuid } from "../common/ids.js";
import { owned } from "../db/tenant.js";
import type { ServiceContext } from "../db/unit-of-work.js";
import { ApiKey } from "./api-key.entity.js";

/** An account's integrator keys. */
export class ApiKeyService {
  constructor(private readonly clock: Clock) {}

  list(ctx: ServiceContext): Promise<ApiKey[]> {
    return owned(ctx, ApiKey).find({ order: { createdAt: "DESC", id: "ASC" } });
  }

  /** Makes a key `rh_<12 hex>_<secret>`; the whole key is returned this once and stored only hashed. */
  async create(
    ctx: ServiceContext,
    input: { name: string; scope: ApiKeyScope },
  ): Promise<{ apiKey: ApiKey; secret: string }> {
    const prefix = `rh_${randomBytes(6).toString("hex")}`;
    const secret = randomToken();
    const apiKey = await owned(ctx, ApiKey).create({
      name: input.name.trim(),
      scope: input.scope,
      prefix,
      secretHash: sha256(secret),
      createdAt: this.clock.now(),
      lastUsedAt: null,
      revokedAt: null,
    });
    await ctx.publish("api_key.created", apiKey.id, {
      apiKey: { id: apiKey.id, name: apiKey.name, scope: apiKey.scope, prefix },
    });
    return { apiKey, secret: `${prefix}_${secret}` };
  }

  async revoke(ctx: ServiceContext, id: string): Promise<ApiKey> {
    const key = isUuid(id) ? await owned(ctx, ApiKey).lock({ id }) : null;
    if (!key) return fail(UserErrorCode.NOT_FOUND, "id", "API key not found.");
    if (key.revokedAt) fail(UserErrorCode.ALREADY_REVOKED, "id", "This key is already revoked.");
    key.revokedAt = this.clock.now();
    const revoked = await ctx.em.save(key);
    await ctx.publish("api_key.revoked", key.id, {
      apiKey: { id: key.id, name: key.name, prefix: key.prefix },
    });
    return revoked;
  }
}
