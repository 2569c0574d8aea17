import { randomBytes } from "node:crypto";
import { INGESTION_SCOPE } from "../common/auth.js";
import type { Clock } from "../common/clock.js";
import { randomToken, sha256 } from "../common/crypto.js";
import { fail, UserErrorCode } from "../common/errors.js";
import { isUuid } from "../common/ids.js";
import type { ServiceContext } from "../db/unit-of-work.js";
import type { IngestionKey } from "./usage.types.js";

interface KeyRow {
  id: string;
  name: string;
  prefix: string;
  created_at: Date;
  created_by: string | null;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

const COLUMNS = `k.id, k.name, k.prefix, k.created_at, u.email AS created_by, k.last_used_at, k.revoked_at`;

function toKey(row: KeyRow): IngestionKey {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.created_at,
    createdBy: row.created_by,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  };
}

/**
 * Product-ingestion keys, which vendor staff make for the vendor's product to report usage with.
 * They are API keys of their own scope that belong to no account: they authenticate like any key
 * (`Authorization: Bearer rh_…`) and may do nothing but report usage.
 */
export class IngestionKeyService {
  constructor(private readonly clock: Clock) {}

  async list(ctx: ServiceContext): Promise<IngestionKey[]> {
    const rows: KeyRow[] = await ctx.em.query(
      `SELECT ${COLUMNS} FROM api_key k LEFT JOIN app_user u ON u.id = k.created_by
        WHERE k.scope = $1 ORDER BY k.created_at DESC, k.id`,
      [INGESTION_SCOPE],
    );
    return rows.map(toKey);
  }

  /** Makes a key `rh_<12 hex>_<secret>`; the whole key is returned this once and stored only hashed. */
  async create(ctx: ServiceContext, name: string): Promise<{ ingestionKey: IngestionKey; secret: string }> {
    const prefix = `rh_${randomBytes(6).toString("hex")}`;
    const secret = randomToken();
    const [{ id }]: Array<{ id: string }> = await ctx.em.query(
      `INSERT INTO api_key (account_id, name, scope, prefix, secret_hash, created_at, created_by)
       VALUES (NULL, $1, $2, $3, $4, $5, $6) RETURNING id`,
      [name.trim(), INGESTION_SCOPE, prefix, sha256(secret), this.clock.now(), ctx.actor.userId],
    );
    const ingestionKey = await this.get(ctx, id);
    await ctx.publish("ingestion_key.created", id, { ingestionKey: { id, name: ingestionKey.name, prefix } });
    return { ingestionKey, secret: `${prefix}_${secret}` };
  }

  async revoke(ctx: ServiceContext, id: string): Promise<IngestionKey> {
    const [key]: Array<{ revoked_at: Date | null }> = isUuid(id)
      ? await ctx.em.query("SELECT revoked_at FROM api_key WHERE id = $1 AND scope = $2 FOR UPDATE", [
          id,
          INGESTION_SCOPE,
        ])
      : [];
    if (!key) return fail(UserErrorCode.NOT_FOUND, "id", "Ingestion key not found.");
    if (key.revoked_at) fail(UserErrorCode.ALREADY_REVOKED, "id", "This key is already revoked.");
    await ctx.em.query("UPDATE api_key SET revoked_at = $2 WHERE id = $1", [id, this.clock.now()]);
    const revoked = await this.get(ctx, id);
    await ctx.publish("ingestion_key.revoked", id, {
      ingestionKey: { id, name: revoked.name, prefix: revoked.prefix },
    });
    return revoked;
  }

  private async get(ctx: ServiceContext, id: string): Promise<IngestionKey> {
    const [row]: KeyRow[] = await ctx.em.query(
      `SELECT ${COLUMNS} FROM api_key k LEFT JOIN app_user u ON u.id = k.created_by WHERE k.id = $1`,
      [id],
    );
    return toKey(row);
  }
}
