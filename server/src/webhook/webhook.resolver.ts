import { Arg, Args, Ctx, FieldResolver, ID, Resolver, Root } from "type-graphql";
import { Permission } from "../common/auth.js";
import type { RequestContext } from "../common/context.js";
import { UserErrorCode } from "../common/errors.js";
import { DomainMutation, DomainQuery } from "../common/operations.js";
import { type Page, PageArgs } from "../common/pagination.js";
import type { Success } from "../common/payload.js";
import { validationCodes } from "../common/validation.js";
import { UnitOfWork } from "../db/unit-of-work.js";
import { WebhookAttempt, WebhookDelivery, WebhookEndpoint } from "./webhook.entity.js";
import { WebhookService } from "./webhook.service.js";
import {
  WebhookDeliveryConnection,
  WebhookDeliveryFilter,
  WebhookDeliveryPayload,
  WebhookEndpointCreateInput,
  WebhookEndpointDeletePayload,
  WebhookEndpointPayload,
  WebhookEndpointSecretPayload,
  WebhookEndpointUpdateInput,
} from "./webhook.types.js";
import { WEBHOOK_EVENT_TYPES } from "./webhook-event-types.js";

const URL_REFUSALS = [UserErrorCode.URL_NOT_ALLOWED, UserErrorCode.UNKNOWN_EVENT_TYPE];

@Resolver()
export class WebhookResolver {
  constructor(
    private readonly webhooks: WebhookService,
    private readonly work: UnitOfWork,
  ) {}

  @DomainQuery(() => [WebhookEndpoint], {
    access: Permission.WEBHOOKS_MANAGE,
    description: "The account's webhook endpoints, newest first.",
  })
  webhookEndpoints(@Ctx() ctx: RequestContext): Promise<WebhookEndpoint[]> {
    return this.webhooks.list(this.work.read(ctx));
  }

  @DomainQuery(() => [String], {
    access: Permission.WEBHOOKS_MANAGE,
    description: "Every event type an endpoint may subscribe to.",
  })
  webhookEventTypes(): string[] {
    return [...WEBHOOK_EVENT_TYPES];
  }

  @DomainQuery(() => WebhookDeliveryConnection, {
    access: Permission.WEBHOOKS_MANAGE,
    description: "The delivery log: each event posted to each endpoint, newest first.",
  })
  webhookDeliveries(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg("filter", () => WebhookDeliveryFilter, { nullable: true }) filter: WebhookDeliveryFilter | null,
  ): Promise<Page<WebhookDelivery>> {
    return this.webhooks.deliveries(this.work.read(ctx), { ...page, ...filter });
  }

  @DomainMutation(() => WebhookEndpointSecretPayload, {
    access: Permission.WEBHOOKS_MANAGE,
    refuses: [...validationCodes(WebhookEndpointCreateInput), ...URL_REFUSALS],
    description: "Adds an endpoint; its signing secret is in this answer only.",
  })
  webhookEndpointCreate(
    @Arg("input") input: WebhookEndpointCreateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Success<typeof WebhookEndpointSecretPayload>> {
    return this.work.run(ctx, (sc) => this.webhooks.create(sc, input));
  }

  @DomainMutation(() => WebhookEndpointPayload, {
    access: Permission.WEBHOOKS_MANAGE,
    refuses: [...validationCodes(WebhookEndpointUpdateInput), ...URL_REFUSALS, UserErrorCode.NOT_FOUND],
    description: "Changes an endpoint's URL, description, event types or whether it is enabled.",
  })
  async webhookEndpointUpdate(
    @Arg("input") input: WebhookEndpointUpdateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Success<typeof WebhookEndpointPayload>> {
    return { endpoint: await this.work.run(ctx, (sc) => this.webhooks.update(sc, input)) };
  }

  @DomainMutation(() => WebhookEndpointDeletePayload, {
    access: Permission.WEBHOOKS_MANAGE,
    refuses: [UserErrorCode.NOT_FOUND],
    description: "Deletes an endpoint with its delivery log.",
  })
  async webhookEndpointDelete(
    @Arg("id", () => ID) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Success<typeof WebhookEndpointDeletePayload>> {
    return { deletedId: await this.work.run(ctx, (sc) => this.webhooks.delete(sc, id)) };
  }

  @DomainMutation(() => WebhookEndpointSecretPayload, {
    access: Permission.WEBHOOKS_MANAGE,
    refuses: [UserErrorCode.NOT_FOUND],
    description:
      "Gives the endpoint a new signing secret, in this answer only; the old one also signs for 24 hours.",
  })
  webhookEndpointRotateSecret(
    @Arg("id", () => ID) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Success<typeof WebhookEndpointSecretPayload>> {
    return this.work.run(ctx, (sc) => this.webhooks.rotateSecret(sc, id));
  }

  @DomainMutation(() => WebhookDeliveryPayload, {
    access: Permission.WEBHOOKS_MANAGE,
    refuses: [UserErrorCode.NOT_FOUND, UserErrorCode.ALREADY_DISABLED],
    description: "Posts a `webhook.test` event to the endpoint; it shows in the delivery log.",
  })
  async webhookEndpointSendTest(
    @Arg("id", () => ID) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Success<typeof WebhookDeliveryPayload>> {
    return { delivery: await this.work.run(ctx, (sc) => this.webhooks.sendTest(sc, id)) };
  }

  @DomainMutation(() => WebhookDeliveryPayload, {
    access: Permission.WEBHOOKS_MANAGE,
    refuses: [UserErrorCode.NOT_FOUND, UserErrorCode.ALREADY_DISABLED],
    description:
      "Posts a logged event again, with the same `webhook-id`, and retries it as a new delivery would be.",
  })
  async webhookDeliveryRedeliver(
    @Arg("id", () => ID) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Success<typeof WebhookDeliveryPayload>> {
    return { delivery: await this.work.run(ctx, (sc) => this.webhooks.redeliver(sc, id)) };
  }
}

@Resolver(() => WebhookDelivery)
export class WebhookDeliveryResolver {
  constructor(
    private readonly webhooks: WebhookService,
    private readonly work: UnitOfWork,
  ) {}

  @FieldResolver(() => [WebhookAttempt], { description: "Each attempt, first to last." })
  attemptLog(@Root() delivery: WebhookDelivery, @Ctx() ctx: RequestContext): Promise<WebhookAttempt[]> {
    return this.webhooks.attempts(this.work.read(ctx), delivery.id);
  }
}
