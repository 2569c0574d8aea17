import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

/** A signed-in browser. The cookie holds a random token; only its hash is stored. */
@Entity({ name: "session" })
export class Session {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ type: "text", name: "token_hash", unique: true })
  tokenHash: string;

  @Column({ type: "uuid", name: "user_id" })
  userId: string;

  @Column({ type: "timestamptz", name: "created_at" })
  createdAt: Date;

  @Column({ type: "timestamptz", name: "expires_at" })
  expiresAt: Date;

  @Column({ type: "timestamptz", name: "last_seen_at" })
  lastSeenAt: Date;
}
