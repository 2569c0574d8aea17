import type { Clock } from "../common/clock.js";
import { SYSTEM_ACTOR } from "../common/context.js";
import type { Logger } from "../common/logger.js";
import type { ServiceContext, UnitOfWork } from "../db/unit-of-work.js";
import type { MailAttachment, MailTransport } from "./mail-transport.js";
import { attachedInvoiceOf, type MailData, type MailTemplate, renderMail } from "./templates.js";

/** An invoice as the PDF a mail attaches, rendered as it is at sending; null when there is none. */
export type InvoiceAttachment = (ctx: ServiceContext, invoiceId: string) => Promise<MailAttachment | null>;

interface OutboxRow {
  id: string;
  recipient: string;
  template: MailTemplate;
  /** Written by the notifications for this template. */
  data: MailData[MailTemplate];
  sent_at: Date | null;
}

/** The domain part of every Message-ID; with the outbox id it makes the dedup key. */
const MESSAGE_ID_DOMAIN = "reseller-hub";

/**
 * Entries sent at the same time by one worker: each holds a database connection (the pool has
 * 20) while its SMTP server answers, and matches one pooled SMTP connection.
 */
const PARALLEL_SENDS = 5;

export function messageIdOf(outboxId: string): string {
  return `<${outboxId}@${MESSAGE_ID_DOMAIN}>`;
}

/**
 * Turns outbox entries into mail. Each entry is sent under its row lock and marked sent in the
 * same transaction, so two workers never send it both, and an entry already sent is skipped.
 * A crash between the SMTP server's acceptance and the commit sends it again with the same
 * Message-ID, which is the dedup key receivers use.
 */
export class MailDeliveryService {
  constructor(
    private readonly work: UnitOfWork,
    private readonly transport: MailTransport,
    private readonly clock: Clock,
    private readonly log: Logger,
    private readonly invoiceAttachment: InvoiceAttachment,
  ) {}

  /**
   * Sends a batch, a few entries at a time: each in its own transaction under its own row lock,
   * over the transport's pooled SMTP connections.
   */
  async deliver(ids: string[]): Promise<{ failed: Array<{ id: string; error: string }> }> {
    const failed: Array<{ id: string; error: string }> = [];
    let next = 0;
    const sender = async () => {
      while (next < ids.length) {
        const id = ids[next++];
        const error = await this.deliverOne(id);
        if (error) failed.push({ id, error });
      }
    };
    await Promise.all(Array.from({ length: Math.min(PARALLEL_SENDS, ids.length) }, sender));
    return { failed };
  }

  /** Sends one entry unless it was sent already; returns why it failed, or null. */
  private deliverOne(id: string): Promise<string | null> {
    return this.work.run(SYSTEM_ACTOR, (ctx) => this.sendLocked(ctx, id), { capture: false });
  }

  private async sendLocked(ctx: ServiceContext, id: string): Promise<string | null> {
    const { em } = ctx;
    const [row]: OutboxRow[] = await em.query(
      "SELECT id, recipient, template, data, sent_at FROM outbox WHERE id = $1 FOR UPDATE",
      [id],
    );
    if (!row || row.sent_at) return null;
    const now = this.clock.now();
    try {
      const mail = renderMail(row.template, row.data);
      // The PDF is made from the invoice when the mail goes out, not stored with the entry.
      const invoiceId = attachedInvoiceOf(row.data);
      const invoice = invoiceId ? await this.invoiceAttachment(ctx, invoiceId) : null;
      await this.transport.send({
        to: row.recipient,
        messageId: messageIdOf(row.id),
        ...mail,
        ...(invoice ? { attachments: [invoice] } : {}),
      });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      await em.query(
        "UPDATE outbox SET attempts = attempts + 1, last_attempt_at = $2, last_error = $3 WHERE id = $1",
        [id, now, reason.slice(0, 500)],
      );
      this.log.warn(
        { outboxId: id, template: row.template, err: reason },
        "mail not delivered; it is retried",
      );
      return reason;
    }
    await em.query(
      "UPDATE outbox SET attempts = attempts + 1, last_attempt_at = $2, last_error = NULL, sent_at = $2 WHERE id = $1",
      [id, now],
    );
    this.log.info({ outboxId: id, template: row.template }, "mail delivered");
    return null;
  }

  /** Entries not sent a while after they were written, for the sweep that re-queues them. */
  async unsentBefore(before: Date, limit = 500): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.work
      .read(SYSTEM_ACTOR)
      .em.query("SELECT id FROM outbox WHERE sent_at IS NULL AND created_at < $1 ORDER BY seq LIMIT $2", [
        before,
        limit,
      ]);
    return rows.map((r) => r.id);
  }
}
