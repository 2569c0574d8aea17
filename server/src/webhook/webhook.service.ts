import { randomBytes, randomUUID } from "node:crypto";
import type { Clock } from "../common/clock.js";
import { fail, UserErrorCode, UserErrorsException, userError } from "../common/errors.js";
import { isUuid } from "../common/ids.js";
import {
  countOfQuery,
  type KeysetOrder,
  keysetPage,
  type Page,
  type PageArgs,
} from "../common/pagination.js";
import { owned, tenantOf } from "../db/tenant.js";
import type { ServiceContext } from "../db/unit-of-work.js";
import type { JobQueue } from "../jobs/job-queue.js";
import {
  WebhookAttempt,
  WebhookDelivery,
  type WebhookDeliveryStatus,
  WebhookEndpoint,
} from "./webhook.entity.js";
import { type AddressPolicy, urlRefusal } from "./webhook-address.js";
import type { WebhookMessage } from "./webhook-dispatcher.js";
import { isWebhookEventType, TEST_EVENT_TYPE } from "./webhook-event-types.js";

/** After a rotation the previous secret keeps signing this long, so receivers can switch over. */
export const ROTATION_OVERLAP_MS = 24 * 60 * 60 * 1000;

/** A Standard Webhooks secret: `whsec_` and 24 random bytes in base64. */
function newSecret(): string {
  return `whsec_${randomBytes(24).toString("base64")}`;
}

const NEWEST_FIRST: KeysetOrder<WebhookDelivery> = {
  key: "d.created_at",
  id: "d.id",
  part: "timestamp",
  descending: true,
  cursor: (d) => [d.createdAt.toISOString(), d.id],
};

export interface DeliveryFilter {
  endpointId?: string | null;
  eventType?: string | null;
  status?: WebhookDeliveryStatus | null;
}

/** A reseller's webhook endpoints and their delivery log. */
export class WebhookService {
  constructor(
    private readonly clock: Clock,
    private readonly jobs: JobQueue,
    private readonly policy: AddressPolicy,
  ) {}

  list(ctx: ServiceContext): Promise<WebhookEndpoint[]> {
    return owned(ctx, WebhookEndpoint).find({ order: { createdAt: "DESC", id: "ASC" } });
  }

  /** Refuses a URL that is not https (outside development) or, in production, not public; and unknown types. */
  private async check(input: { url?: string | null; eventTypes?: string[] | null }): Promise<void> {
    const errors = [];
    if (input.url != null) {
      const refusal = await urlRefusal(this.policy, input.url.trim());
      if (refusal) errors.push(userError(UserErrorCode.URL_NOT_ALLOWED, "input.url", refusal));
    }
    const unknown = (input.eventTypes ?? []).filter((type) => !isWebhookEventType(type));
    if (unknown.length > 0) {
      errors.push(
        userError(
          UserErrorCode.UNKNOWN_EVENT_TYPE,
          "input.eventTypes",
          `Unknown event type${unknown.length > 1 ? "s" : ""}: ${unknown.slice(0, 5).join(", ")}.`,
        ),
      );
    }
    if (errors.length > 0) throw new UserErrorsException(errors);
  }

  async create(
    ctx: ServiceContext,
    input: { url: string; description?: string | null; eventTypes?: string[] | null },
  ): Promise<{ endpoint: WebhookEndpoint; secret: string }> {
    await this.check(input);
    const secret = newSecret();
    const endpoint = await owned(ctx, WebhookEndpoint).create({
      url: input.url.trim(),
      description: input.description?.trim() ?? "",
      eventTypes: [...new Set(input.eventTypes ?? [])],
      enabled: true,
      secret,
      previousSecret: null,
      previousSecretExpiresAt: null,
      failingSince: null,
      disabledReason: null,
      createdAt: this.clock.now(),
    });
    await ctx.publish("webhook_endpoint.created", endpoint.id, {
      endpoint: { id: endpoint.id, url: endpoint.url, eventTypes: endpoint.eventTypes },
    });
    return { endpoint, secret };
  }

  private async locked(ctx: ServiceContext, id: string): Promise<WebhookEndpoint> {
    const endpoint = isUuid(id) ? await owned(ctx, WebhookEndpoint).lock({ id }) : null;
    if (!endpoint) return fail(UserErrorCode.NOT_FOUND, "id", "Webhook endpoint not found.");
    return endpoint;
  }

  async update(
    ctx: ServiceContext,
    input: {
      id: string;
      url?: string | null;
      description?: string | null;
      eventTypes?: string[] | null;
      enabled?: boolean | null;
    },
  ): Promise<WebhookEndpoint> {
    const endpoint = await this.locked(ctx, input.id);
    await this.check(input);
    if (input.url != null) endpoint.url = input.url.trim();
    if (input.description != null) endpoint.description = input.description.trim();
    if (input.eventTypes != null) endpoint.eventTypes = [...new Set(input.eventTypes)];
    if (input.enabled != null && input.enabled !== endpoint.enabled) {
      endpoint.enabled = input.enabled;
      // Enabled again: its failures so far no longer count towards disabling it.
      endpoint.failingSince = null;
      endpoint.disabledReason = null;
    }
    const saved = await ctx.em.save(endpoint);
    await ctx.publish("webhook_endpoint.updated", endpoint.id, {
      endpoint: { id: saved.id, url: saved.url, eventTypes: saved.eventTypes, enabled: saved.enabled },
    });
    return saved;
  }

  async delete(ctx: ServiceContext, id: string): Promise<string> {
    const endpoint = await this.locked(ctx, id);
    await owned(ctx, WebhookEndpoint).delete({ id: endpoint.id });
    await ctx.publish("webhook_endpoint.deleted", endpoint.id, {
      endpoint: { id: endpoint.id, url: endpoint.url },
    });
    return endpoint.id;
  }

  /** A new secret; the one it replaces signs too for 24 h. */
  async rotateSecret(
    ctx: ServiceContext,
    id: string,
  ): Promise<{ endpoint: WebhookEndpoint; secret: string }> {
    const endpoint = await this.locked(ctx, id);
    const secret = newSecret();
    endpoint.previousSecret = endpoint.secret;
    endpoint.previousSecretExpiresAt = new Date(this.clock.now().getTime() + ROTATION_OVERLAP_MS);
    endpoint.secret = secret;
    const saved = await ctx.em.save(endpoint);
    await ctx.publish("webhook_endpoint.secret_rotated", endpoint.id, {
      endpoint: { id: endpoint.id, url: endpoint.url },
      previousSecretExpiresAt: endpoint.previousSecretExpiresAt.toISOString(),
    });
    return { endpoint: saved, secret };
  }

  private async queue(
    ctx: ServiceContext,
    endpoint: WebhookEndpoint,
    values: { eventId: string | null; eventType: string; webhookId: string; payload: object },
  ): Promise<WebhookDelivery> {
    const now = this.clock.now();
    const delivery = await owned(ctx, WebhookDelivery).create({
      endpointId: endpoint.id,
      ...values,
      status: "PENDING",
      attempts: 0,
      nextAttemptAt: now,
      retryingSince: now,
      leasedUntil: null,
      lastResponseStatus: null,
      durationMs: null,
      responseBody: null,
      error: null,
      createdAt: now,
      updatedAt: now,
    });
    await this.jobs.enqueueWebhook(ctx.em, delivery.id, 0, delivery.id);
    return delivery;
  }

  /** Posts a `webhook.test` event to the endpoint, enabled or not, logged like any delivery. */
  async sendTest(ctx: ServiceContext, id: string): Promise<WebhookDelivery> {
    const endpoint = await this.locked(ctx, id);
    if (!endpoint.enabled)
      fail(UserErrorCode.ALREADY_DISABLED, "id", "Enable the endpoint to send it a test event.");
    const eventId = randomUUID();
    const now = this.clock.now().toISOString();
    const message: WebhookMessage = {
      type: TEST_EVENT_TYPE,
      timestamp: now,
      data: {
        id: eventId,
        type: TEST_EVENT_TYPE,
        version: 1,
        occurredAt: now,
        accountId: endpoint.accountId,
        actor:
          ctx.actor.kind === "USER" ? { kind: "USER", id: ctx.actor.userId } : { kind: "SYSTEM", id: null },
        subjectId: endpoint.id,
        object: null,
        payload: { message: "A test event from Reseller Hub." },
      },
    };
    return this.queue(ctx, endpoint, {
      eventId: null,
      eventType: TEST_EVENT_TYPE,
      webhookId: eventId,
      payload: message,
    });
  }

  /**
   * Delivers a logged event again with the same `webhook-id`, so a receiver that has it skips it:
   * the delivery starts a fresh round of retries.
   */
  async redeliver(ctx: ServiceContext, deliveryId: string): Promise<WebhookDelivery> {
    const delivery = isUuid(deliveryId) ? await owned(ctx, WebhookDelivery).lock({ id: deliveryId }) : null;
    if (!delivery) return fail(UserErrorCode.NOT_FOUND, "id", "Delivery not found.");
    const endpoint = await this.locked(ctx, delivery.endpointId);
    if (!endpoint.enabled) {
      fail(UserErrorCode.ALREADY_DISABLED, "id", "Enable the endpoint to redeliver to it.");
    }
    const now = this.clock.now();
    delivery.status = "PENDING";
    delivery.nextAttemptAt = now;
    delivery.retryingSince = now;
    delivery.updatedAt = now;
    const saved = await ctx.em.save(delivery);
    await this.jobs.enqueueWebhook(ctx.em, delivery.id);
    return saved;
  }

  /** The delivery log, newest first, filtered. */
  async deliveries(ctx: ServiceContext, args: PageArgs & DeliveryFilter): Promise<Page<WebhookDelivery>> {
    const page = keysetPage(args, NEWEST_FIRST);
    const base = () => {
      const qb = ctx.em
        .getRepository(WebhookDelivery)
        .createQueryBuilder("d")
        .where("d.account_id = :account", { account: tenantOf(ctx) });
      if (args.endpointId) {
        if (!isUuid(args.endpointId)) qb.andWhere("false");
        else qb.andWhere("d.endpoint_id = :endpoint", { endpoint: args.endpointId });
      }
      if (args.eventType) qb.andWhere("d.event_type = :type", { type: args.eventType });
      if (args.status) qb.andWhere("d.status = :status", { status: args.status });
      return qb;
    };
    const rows = await page.query(base()).getMany();
    return page.of(rows, countOfQuery(ctx.em, base().select("d.id")));
  }

  attempts(ctx: ServiceContext, deliveryId: string): Promise<WebhookAttempt[]> {
    return owned(ctx, WebhookAttempt).find({ where: { deliveryId }, order: { number: "ASC" } });
  }
}
