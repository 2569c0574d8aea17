import type { EntityManager } from "typeorm";
import type { Clock } from "../common/clock.js";
import { OutboxMessage } from "./outbox.entity.js";

export type MailTemplate =
  | "reseller_activation"
  | "customer_activation"
  | "customer_added"
  | "team_invitation"
  | "discount_code_request"
  | "discount_code_issued"
  | "payment_failed"
  | "wire_payment_received"
  | "trial_started";

export class OutboxService {
  constructor(private readonly clock: Clock) {}

  /** Queues a mail inside the caller's transaction: it exists only if the transaction commits. */
  async enqueue(
    em: EntityManager,
    recipient: string,
    template: MailTemplate,
    data: Record<string, unknown>,
  ): Promise<void> {
    await em.save(em.create(OutboxMessage, { recipient, template, data, createdAt: this.clock.now() }));
  }
}
