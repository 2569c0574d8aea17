import { Column, Entity } from "typeorm";
import { Row, TimestampColumn } from "../db/columns.js";

/** A signed-in browser. The cookie holds a random token; only its hash is stored. */
@Entity({ name: "session" })
export class Session extends Row {
  @Column({ type: "text", name: "token_hash", unique: true })
  tokenHash: string;

  @Column({ type: "uuid", name: "user_id" })
  userId: string;

  @TimestampColumn("created_at")
  createdAt: Date;

  @TimestampColumn("expires_at")
  expiresAt: Date;

  @TimestampColumn("last_seen_at")
  lastSeenAt: Date;
}
