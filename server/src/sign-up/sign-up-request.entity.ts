import { Column, Entity } from "typeorm";
import { Row, TimestampColumn } from "../db/columns.js";

/**
 * What a company typed to sign up, waiting for the mailed link to confirm the email. Only the
 * hashes of the link's secret and of the password are stored.
 */
@Entity({ name: "sign_up_request" })
export class SignUpRequest extends Row {
  /** Set when the link is mailed; a newer mail of the same request replaces it. */
  @Column({ type: "text", name: "token_hash", unique: true, nullable: true })
  tokenHash: string | null;

  @Column({ type: "text" })
  email: string;

  @Column({ type: "text", name: "password_hash" })
  passwordHash: string;

  @Column({ type: "text", name: "company_name" })
  companyName: string;

  @Column({ type: "text" })
  country: string;

  @TimestampColumn("created_at")
  createdAt: Date;

  @TimestampColumn("expires_at")
  expiresAt: Date;

  /** Set when the link was used, or when another request of the same email was confirmed. */
  @TimestampColumn("used_at", { nullable: true })
  usedAt: Date | null;
}
