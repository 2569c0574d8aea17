import { Column, Entity } from "typeorm";
import { Row, TimestampColumn } from "../db/columns.js";

/**
 * Mail to send, written in the same transaction as the change it is about, so a message
 * exists exactly when its cause was committed. A worker delivers it.
 */
@Entity({ name: "outbox" })
export class OutboxMessage extends Row {
  @Column({ type: "text" })
  recipient: string;

  @Column({ type: "text" })
  template: string;

  @Column({ type: "jsonb" })
  data: Record<string, unknown>;

  @TimestampColumn("created_at")
  createdAt: Date;

  @TimestampColumn("sent_at", { nullable: true })
  sentAt: Date | null;

  @Column({ type: "int", default: 0 })
  attempts: number;

  @TimestampColumn("last_attempt_at", { nullable: true })
  lastAttemptAt: Date | null;

  @Column({ type: "text", name: "last_error", nullable: true })
  lastError: string | null;
}
