import { ArrayMaxSize, IsOptional, MaxLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { connectionType } from "../common/pagination.js";
import { payloadType } from "../common/payload.js";
import { IsNotBlank } from "../common/validation.js";
import { WebhookDelivery, WebhookDeliveryStatus, WebhookEndpoint } from "./webhook.entity.js";

export const URL_MAX_LENGTH = 2048;
export const DESCRIPTION_MAX_LENGTH = 200;

@InputType()
export class WebhookEndpointCreateInput {
  @Field({ description: "Where events are posted: https (plain http only in development)." })
  @IsNotBlank("Enter the URL events are posted to")
  @MaxLength(URL_MAX_LENGTH)
  url: string;

  @Field(() => String, { nullable: true, description: "What the endpoint is for." })
  @IsOptional()
  @MaxLength(DESCRIPTION_MAX_LENGTH)
  description?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: "The event types to receive (see `webhookEventTypes`); empty or absent for all.",
  })
  @IsOptional()
  @ArrayMaxSize(100)
  eventTypes?: string[] | null;
}

@InputType()
export class WebhookEndpointUpdateInput {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsNotBlank("Enter the URL events are posted to")
  @MaxLength(URL_MAX_LENGTH)
  url?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(DESCRIPTION_MAX_LENGTH)
  description?: string | null;

  @Field(() => [String], { nullable: true, description: "Empty for all event types." })
  @IsOptional()
  @ArrayMaxSize(100)
  eventTypes?: string[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Enabling an endpoint the product disabled starts its deliveries afresh.",
  })
  @IsOptional()
  enabled?: boolean | null;
}

@InputType()
export class WebhookDeliveryFilter {
  @Field(() => ID, { nullable: true })
  endpointId?: string | null;

  @Field(() => String, { nullable: true })
  eventType?: string | null;

  @Field(() => WebhookDeliveryStatus, { nullable: true })
  status?: WebhookDeliveryStatus | null;
}

export const WebhookDeliveryConnection = connectionType(WebhookDelivery, "WebhookDelivery");

export const WebhookEndpointPayload = payloadType<{ endpoint: WebhookEndpoint | null }>(
  "WebhookEndpointPayload",
  { endpoint: { type: () => WebhookEndpoint } },
);

export const WebhookEndpointSecretPayload = payloadType<{
  endpoint: WebhookEndpoint | null;
  secret: string | null;
}>("WebhookEndpointSecretPayload", {
  endpoint: { type: () => WebhookEndpoint },
  secret: {
    type: () => String,
    description:
      "The signing secret, `whsec_` and base64, for the receiver to verify with. Shown only in this answer.",
  },
});

export const WebhookEndpointDeletePayload = payloadType<{ deletedId: string | null }>(
  "WebhookEndpointDeletePayload",
  { deletedId: { type: () => ID } },
);

export const WebhookDeliveryPayload = payloadType<{ delivery: WebhookDelivery | null }>(
  "WebhookDeliveryPayload",
  { delivery: { type: () => WebhookDelivery } },
);
