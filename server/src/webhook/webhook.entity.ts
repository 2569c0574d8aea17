import { Field, Int, ObjectType } from "type-graphql";
import { Column, Entity } from "typeorm";
import { enumType } from "../common/enum-type.js";
import { ExposedRow, TimestampColumn } from "../db/columns.js";

@ObjectType({
  description:
    "Where a reseller's events are posted, signed per the Standard Webhooks specification. Its secret is shown once.",
})
@Entity({ name: "webhook_endpoint" })
export class WebhookEndpoint extends ExposedRow {
  @Column({ type: "uuid", name: "account_id" })
  accountId: string;

  @Field()
  @Column({ type: "text" })
  url: string;

  @Field()
  @Column({ type: "text" })
  description: string;

  @Field(() => [String], { description: "The event types it receives; empty for all of them." })
  @Column({ type: "text", array: true, name: "event_types" })
  eventTypes: string[];

  @Field()
  @Column({ type: "boolean" })
  enabled: boolean;

  @Column({ type: "text" })
  secret: string;

  @Column({ type: "text", name: "previous_secret", nullable: true })
  previousSecret: string | null;

  @Field(() => Date, {
    nullable: true,
    description: "Until when the secret before the last rotation still signs too; null when none does.",
  })
  @TimestampColumn("previous_secret_expires_at", { nullable: true })
  previousSecretExpiresAt: Date | null;

  @Field(() => Date, {
    nullable: true,
    description:
      "Since when every delivery has failed; null while the endpoint answers. After 3 days it is disabled.",
  })
  @TimestampColumn("failing_since", { nullable: true })
  failingSince: Date | null;

  @Field(() => String, { nullable: true, description: "Why the product disabled it, if it did." })
  @Column({ type: "text", name: "disabled_reason", nullable: true })
  disabledReason: string | null;

  @Field()
  @TimestampColumn("created_at")
  createdAt: Date;
}

export const WebhookDeliveryStatus = enumType("WebhookDeliveryStatus", ["PENDING", "SUCCEEDED", "FAILED"], {
  description: "Where a delivery stands: still trying, received (a 2xx answer), or given up.",
});
export type WebhookDeliveryStatus = (typeof WebhookDeliveryStatus)[keyof typeof WebhookDeliveryStatus];

@ObjectType({ description: "One try at posting a delivery." })
@Entity({ name: "webhook_attempt" })
export class WebhookAttempt extends ExposedRow {
  @Column({ type: "uuid", name: "delivery_id" })
  deliveryId: string;

  @Column({ type: "uuid", name: "account_id" })
  accountId: string;

  @Field(() => Int)
  @Column({ type: "int" })
  number: number;

  @Field()
  @TimestampColumn("started_at")
  startedAt: Date;

  @Field(() => Int, { nullable: true, description: "The HTTP status answered; null when none came." })
  @Column({ type: "int", name: "response_status", nullable: true })
  responseStatus: number | null;

  @Field(() => Int)
  @Column({ type: "int", name: "duration_ms" })
  durationMs: number;

  @Field(() => String, { nullable: true, description: "The answer's body, its first 4 KiB." })
  @Column({ type: "text", name: "response_body", nullable: true })
  responseBody: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Why it failed without an answer, or why the answer counts as a failure.",
  })
  @Column({ type: "text", nullable: true })
  error: string | null;
}

@ObjectType({ description: "One event posted (or being posted) to one endpoint." })
@Entity({ name: "webhook_delivery" })
export class WebhookDelivery extends ExposedRow {
  @Field(() => String)
  @Column({ type: "uuid", name: "endpoint_id" })
  endpointId: string;

  @Column({ type: "uuid", name: "account_id" })
  accountId: string;

  @Field(() => String, { nullable: true, description: "The domain event's id; null for a test event." })
  @Column({ type: "uuid", name: "event_id", nullable: true })
  eventId: string | null;

  @Field()
  @Column({ type: "text", name: "event_type" })
  eventType: string;

  @Field({
    description: "The `webhook-id` header: the same on every retry and redelivery, the receiver's dedup key.",
  })
  @Column({ type: "text", name: "webhook_id" })
  webhookId: string;

  @Column({ type: "jsonb" })
  payload: object;

  @Field(() => WebhookDeliveryStatus)
  @Column({ type: "text" })
  status: WebhookDeliveryStatus;

  @Field(() => Int)
  @Column({ type: "int" })
  attempts: number;

  @Field(() => Date, { nullable: true })
  @TimestampColumn("next_attempt_at", { nullable: true })
  nextAttemptAt: Date | null;

  @Field({
    description:
      "Since when it has been tried: its creation, or the last redelivery. Retries stop 3 days later.",
  })
  @TimestampColumn("retrying_since")
  retryingSince: Date;

  @TimestampColumn("leased_until", { nullable: true })
  leasedUntil: Date | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: "int", name: "last_response_status", nullable: true })
  lastResponseStatus: number | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: "int", name: "duration_ms", nullable: true })
  durationMs: number | null;

  @Field(() => String, { nullable: true, description: "The last answer's body, its first 4 KiB." })
  @Column({ type: "text", name: "response_body", nullable: true })
  responseBody: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  error: string | null;

  @Field()
  @TimestampColumn("created_at")
  createdAt: Date;

  @Field()
  @TimestampColumn("updated_at")
  updatedAt: Date;
}
