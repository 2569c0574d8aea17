import type { EntityManager } from "typeorm";
import { sha256 } from "./crypto.js";
import { fail, UserErrorCode } from "./errors.js";

const MAX_KEY_LENGTH = 200;

/** JSON with keys in a fixed order, so equal requests hash alike. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  if (value && typeof value === "object" && !(value instanceof Date)) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * Claims an idempotency key inside the caller's transaction. The first request with a key
 * inserts it and goes on (answer null); a concurrent one with the same key waits on the
 * primary key until the first commits, then gets the first one's result to answer with. The
 * same key with a different request is refused. A rolled-back first request frees the key.
 */
export async function claimIdempotencyKey<T>(
  em: EntityManager,
  accountId: string,
  key: string,
  operation: string,
  request: unknown,
  field: string,
  now: Date,
): Promise<T | null> {
  if (key.length < 1 || key.length > MAX_KEY_LENGTH) {
    fail(UserErrorCode.INVALID_INPUT, field, `An idempotency key has 1 to ${MAX_KEY_LENGTH} characters.`);
  }
  const hash = sha256(stableJson(request));
  const claimed: unknown[] = await em.query(
    `INSERT INTO idempotency_key (account_id, key, operation, request_hash, result, created_at)
     VALUES ($1, $2, $3, $4, 'null'::jsonb, $5) ON CONFLICT DO NOTHING RETURNING key`,
    [accountId, key, operation, hash, now],
  );
  if (claimed.length > 0) return null;
  const [earlier]: Array<{ operation: string; request_hash: string; result: T }> = await em.query(
    "SELECT operation, request_hash, result FROM idempotency_key WHERE account_id = $1 AND key = $2",
    [accountId, key],
  );
  if (earlier.operation !== operation || earlier.request_hash !== hash) {
    fail(
      UserErrorCode.IDEMPOTENCY_KEY_REUSED,
      field,
      "This idempotency key was used for a different request; use a new key for a new request.",
    );
  }
  return earlier.result;
}

export async function saveIdempotentResult(
  em: EntityManager,
  accountId: string,
  key: string,
  result: unknown,
): Promise<void> {
  await em.query("UPDATE idempotency_key SET result = $3 WHERE account_id = $1 AND key = $2", [
    accountId,
    key,
    JSON.stringify(result),
  ]);
}
