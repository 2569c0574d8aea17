import { Webhook } from "standardwebhooks";
import type { Clock } from "../common/clock.js";
import { SYSTEM_ACTOR } from "../common/context.js";
import type { Logger } from "../common/logger.js";
import type { WebhookConfig } from "../config/config.js";
import type { ServiceContext, UnitOfWork } from "../db/unit-of-work.js";
import type { DomainEvent } from "../events/domain-events.js";
import type { EventSubscriber } from "../events/event-bus.js";
import type { JobQueue } from "../jobs/job-queue.js";
import type { AddressPolicy } from "./webhook-address.js";
import { postWebhook, type SendOutcome, succeeded } from "./webhook-sender.js";
import type { WebhookSubjects } from "./webhook-subjects.js";

/**
 * The body every delivery posts: the event's type and time, and the whole event as `data`, with
 * its subject as the API returns it (`object`) and the event's own facts (`payload`).
 */
export interface WebhookMessage {
  type: string;
  timestamp: string;
  data: {
    id: string;
    type: string;
    version: number;
    occurredAt: string;
    accountId: string | null;
    actor: DomainEvent["actor"];
    subjectId: string;
    /** The subject as the API answered for it when the event was dispatched; null when gone. */
    object: unknown;
    payload: unknown;
  };
}

export function messageOf(event: DomainEvent, object: unknown): WebhookMessage {
  const occurredAt = new Date(event.occurredAt).toISOString();
  return {
    type: event.type,
    timestamp: occurredAt,
    data: {
      id: event.id,
      type: event.type,
      version: event.version,
      occurredAt,
      accountId: event.accountId,
      actor: event.actor,
      subjectId: event.subjectId,
      object,
      payload: event.payload,
    },
  };
}

/** A claimed delivery, with what it takes to sign and post it. */
interface Claimed {
  id: string;
  account_id: string;
  endpoint_id: string;
  webhook_id: string;
  payload: WebhookMessage;
  attempts: number;
  retrying_since: Date;
  url: string;
  secret: string;
  previous_secret: string | null;
  previous_secret_expires_at: Date | null;
}

/** A claim may find the delivery done, its endpoint at its limit of deliveries in flight, or claim it. */
type Claim = { kind: "done" } | { kind: "busy"; endpointId: string } | { kind: "claimed"; delivery: Claimed };

/** How long a claimed delivery is held; longer than an attempt's 10 s, so only a dead worker's lapses. */
const LEASE_SECONDS = 30;
/** How long an attempt waits for a free slot at its endpoint before it is queued again. */
const SLOT_WAIT_MS = 5_000;

/**
 * Webhooks: the event subscriber that queues one delivery per matching endpoint (in the
 * transaction that marks the event handled), and the job that signs and posts each one, records
 * the attempt and queues the retry.
 */
export class WebhookDispatcher implements EventSubscriber {
  readonly name = "webhooks";

  constructor(
    private readonly work: UnitOfWork,
    private readonly jobs: JobQueue,
    private readonly clock: Clock,
    private readonly config: WebhookConfig,
    private readonly policy: AddressPolicy,
    private readonly subjects: WebhookSubjects,
    private readonly log: Logger,
  ) {}

  async handle(ctx: ServiceContext, event: DomainEvent): Promise<void> {
    if (!event.accountId) return;
    const endpoints: Array<{ id: string }> = await ctx.em.query(
      `SELECT id FROM webhook_endpoint
       WHERE account_id = $1 AND enabled AND (event_types = '{}' OR $2 = ANY (event_types))`,
      [event.accountId, event.type],
    );
    if (endpoints.length === 0) return;
    // Read once, for every endpoint, in this transaction: what the API says right after the commit.
    const message = messageOf(event, await this.subjects.read(ctx.em, event));
    const rows: Array<{ id: string }> = await ctx.em.query(
      `INSERT INTO webhook_delivery
         (endpoint_id, account_id, event_id, event_type, webhook_id, payload, status, attempts,
          next_attempt_at, retrying_since, created_at, updated_at)
       SELECT endpoint_id, $1, $3::uuid, $4, $3::text, $5, 'PENDING', 0, $6, $6, $6, $6
       FROM unnest($2::uuid[]) AS endpoint_id
       RETURNING id`,
      [
        event.accountId,
        endpoints.map((e) => e.id),
        event.id,
        event.type,
        JSON.stringify(message),
        this.clock.now(),
      ],
    );
    for (const { id } of rows) await this.jobs.enqueueWebhook(ctx.em, id, 0, id);
  }

  /** One attempt at each delivery, side by side; names those the database kept from finishing. */
  async deliver(ids: string[]): Promise<{ failed: Array<{ id: string; error: string }> }> {
    const failed: Array<{ id: string; error: string }> = [];
    await Promise.all(
      ids.map((id) =>
        this.attempt(id).catch((error: unknown) => {
          const reason = error instanceof Error ? error.message : String(error);
          this.log.warn({ deliveryId: id, err: reason }, "webhook attempt not recorded; it is retried");
          failed.push({ id, error: reason });
        }),
      ),
    );
    return { failed };
  }

  private async attempt(id: string): Promise<void> {
    const waitUntil = Date.now() + SLOT_WAIT_MS;
    let claim = await this.claim(id);
    while (claim.kind === "busy" && Date.now() < waitUntil) {
      // Woken when this process finishes an attempt at the endpoint; another server's is polled for.
      await this.slotFreed(claim.endpointId, 50 + Math.random() * 100);
      claim = await this.claim(id);
    }
    if (claim.kind === "done") return;
    if (claim.kind === "busy") {
      await this.work.run(SYSTEM_ACTOR, ({ em }) => this.jobs.enqueueWebhook(em, id, 1), { capture: false });
      return;
    }
    const delivery = claim.delivery;
    try {
      const startedAt = this.clock.now();
      const outcome = await postWebhook(
        this.policy,
        delivery.url,
        this.headers(delivery),
        JSON.stringify(delivery.payload),
      );
      await this.record(delivery, startedAt, outcome);
    } finally {
      this.waiters.get(delivery.endpoint_id)?.shift()?.();
    }
  }

  /** Attempts of this process waiting for a free slot at an endpoint. */
  private readonly waiters = new Map<string, Array<() => void>>();

  /** Resolves when an attempt of this process at the endpoint ends, or after `ms`. */
  private slotFreed(endpointId: string, ms: number): Promise<void> {
    return new Promise((resolve) => {
      const queue = this.waiters.get(endpointId) ?? [];
      this.waiters.set(endpointId, queue);
      const wake = () => {
        clearTimeout(timer);
        const at = queue.indexOf(wake);
        if (at >= 0) queue.splice(at, 1);
        if (queue.length === 0 && this.waiters.get(endpointId) === queue) this.waiters.delete(endpointId);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      queue.push(wake);
    });
  }

  /**
   * Claims a pending delivery for one attempt, unless another worker holds it or its endpoint has
   * as many in flight as it may (counted under a lock on the endpoint, across every server).
   */
  private claim(id: string): Promise<Claim> {
    return this.work.run(
      SYSTEM_ACTOR,
      async ({ em }): Promise<Claim> => {
        const [row]: Array<Claimed & { enabled: boolean; status: string; leased: boolean }> = await em.query(
          `SELECT d.id, d.account_id, d.endpoint_id, d.webhook_id, d.payload, d.attempts, d.retrying_since, d.status,
                d.leased_until > now() AS leased, e.url, e.secret, e.previous_secret,
                e.previous_secret_expires_at, e.enabled
         FROM webhook_delivery d JOIN webhook_endpoint e ON e.id = d.endpoint_id
         WHERE d.id = $1 FOR UPDATE OF d SKIP LOCKED`,
          [id],
        );
        if (row?.status !== "PENDING" || row.leased) return { kind: "done" };
        if (!row.enabled) {
          await em.query(
            `UPDATE webhook_delivery SET status = 'FAILED', error = 'The endpoint is disabled.',
             next_attempt_at = NULL, updated_at = $2 WHERE id = $1`,
            [id, this.clock.now()],
          );
          return { kind: "done" };
        }
        await em.query("SELECT pg_advisory_xact_lock(hashtext('webhook_endpoint'), hashtext($1))", [
          row.endpoint_id,
        ]);
        const [{ inflight }]: Array<{ inflight: number }> = await em.query(
          "SELECT count(*)::int AS inflight FROM webhook_delivery WHERE endpoint_id = $1 AND leased_until > now()",
          [row.endpoint_id],
        );
        if (inflight >= this.config.concurrencyPerEndpoint)
          return { kind: "busy", endpointId: row.endpoint_id };
        await em.query(
          `UPDATE webhook_delivery SET leased_until = now() + interval '${LEASE_SECONDS} seconds',
           attempts = attempts + 1 WHERE id = $1`,
          [id],
        );
        return { kind: "claimed", delivery: { ...row, attempts: row.attempts + 1 } };
      },
      { capture: false },
    );
  }

  /**
   * The Standard Webhooks headers. The timestamp is the wall-clock time of sending, as receivers
   * check it against theirs; within 24 h of a rotation the previous secret signs too.
   */
  private headers(delivery: Claimed): Record<string, string> {
    const timestamp = new Date();
    const body = JSON.stringify(delivery.payload);
    const secrets = [delivery.secret];
    if (
      delivery.previous_secret &&
      delivery.previous_secret_expires_at &&
      delivery.previous_secret_expires_at > this.clock.now()
    ) {
      secrets.push(delivery.previous_secret);
    }
    return {
      "webhook-id": delivery.webhook_id,
      "webhook-timestamp": String(Math.floor(timestamp.getTime() / 1000)),
      "webhook-signature": secrets
        .map((secret) => new Webhook(secret).sign(delivery.webhook_id, timestamp, body))
        .join(" "),
    };
  }

  /** The wait before retry `attempt` + 1: the configured delay with ±20 % jitter. */
  private retryDelay(attempt: number): number {
    const delays = this.config.retryDelaysSeconds;
    const base = delays[Math.min(attempt - 1, delays.length - 1)];
    return base * (0.8 + Math.random() * 0.4);
  }

  /**
   * Records the attempt and what follows: done on a 2xx; otherwise a retry after a backoff,
   * until the delivery has been retried for the give-up time. An endpoint that has failed that
   * long is disabled and its owner told.
   */
  private async record(delivery: Claimed, startedAt: Date, outcome: SendOutcome): Promise<void> {
    const ok = succeeded(outcome);
    await this.work.run(
      SYSTEM_ACTOR,
      async (ctx) => {
        const { em } = ctx;
        const now = this.clock.now();
        await em.query(
          `INSERT INTO webhook_attempt
             (delivery_id, account_id, number, started_at, response_status, duration_ms, response_body, error)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
          [
            delivery.id,
            delivery.account_id,
            delivery.attempts,
            startedAt,
            outcome.status,
            outcome.durationMs,
            outcome.body,
            outcome.error,
          ],
        );
        const result = [delivery.id, outcome.status, outcome.durationMs, outcome.body, outcome.error, now];
        const outcomeColumns =
          "last_response_status = $2, duration_ms = $3, response_body = $4, error = $5, updated_at = $6, leased_until = NULL";
        if (ok) {
          await em.query(
            `UPDATE webhook_delivery SET status = 'SUCCEEDED', next_attempt_at = NULL, ${outcomeColumns} WHERE id = $1`,
            result,
          );
          // Only when it was failing: a write on every success would queue all deliveries on the row.
          await em.query(
            "UPDATE webhook_endpoint SET failing_since = NULL WHERE id = $1 AND failing_since IS NOT NULL",
            [delivery.endpoint_id],
          );
          return;
        }
        await em.query(
          "UPDATE webhook_endpoint SET failing_since = coalesce(failing_since, $2) WHERE id = $1",
          [delivery.endpoint_id, now],
        );
        const [endpoint]: Array<{ failing_since: Date; enabled: boolean; url: string }> = await em.query(
          "SELECT failing_since, enabled, url FROM webhook_endpoint WHERE id = $1",
          [delivery.endpoint_id],
        );
        const giveUpMs = this.config.giveUpSeconds * 1000;
        if (endpoint?.enabled && now.getTime() - endpoint.failing_since.getTime() >= giveUpMs) {
          const reason = "Every delivery failed for 3 days.";
          await em.query("UPDATE webhook_endpoint SET enabled = false, disabled_reason = $2 WHERE id = $1", [
            delivery.endpoint_id,
            reason,
          ]);
          await ctx.publish("webhook_endpoint.disabled", delivery.endpoint_id, {
            endpoint: { id: delivery.endpoint_id, url: endpoint.url },
            failingSince: endpoint.failing_since.toISOString(),
            reason,
          });
        }
        const retrying = now.getTime() - new Date(delivery.retrying_since).getTime();
        if (
          !endpoint?.enabled ||
          retrying >= giveUpMs ||
          now.getTime() - endpoint.failing_since.getTime() >= giveUpMs
        ) {
          await em.query(
            `UPDATE webhook_delivery SET status = 'FAILED', next_attempt_at = NULL, ${outcomeColumns} WHERE id = $1`,
            result,
          );
          return;
        }
        const delay = this.retryDelay(delivery.attempts);
        await em.query(`UPDATE webhook_delivery SET next_attempt_at = $7, ${outcomeColumns} WHERE id = $1`, [
          ...result,
          new Date(now.getTime() + delay * 1000),
        ]);
        await this.jobs.enqueueWebhook(em, delivery.id, delay);
      },
      // Only a failed attempt may disable the endpoint, a change the audit log lists with its fields.
      { accountId: delivery.account_id, capture: !ok },
    );
  }
}
