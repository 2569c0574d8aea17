import { Column, Entity } from "typeorm";
import { enumType } from "../common/enum-type.js";
import { Row, TimestampColumn } from "../db/columns.js";

export const TokenPurpose = enumType(
  "TokenPurpose",
  [
    /** A new account's owner sets a password. */
    "ACTIVATION",
    /** A person invited to a reselling team accepts and sets a password. */
    "INVITATION",
    /** A company that signed up confirms its owner's email; the password was chosen at sign-up. */
    "SIGN_UP",
  ],
  { description: "What a mailed link is for." },
);
export type TokenPurpose = (typeof TokenPurpose)[keyof typeof TokenPurpose];

/** A single-use link sent by mail. Only the hash of its secret is stored. */
@Entity({ name: "user_token" })
export class UserToken extends Row {
  @Column({ type: "text", name: "token_hash", unique: true })
  tokenHash: string;

  @Column({ type: "uuid", name: "user_id" })
  userId: string;

  @Column({ type: "text" })
  purpose: TokenPurpose;

  @Column({ type: "uuid", name: "invitation_id", nullable: true })
  invitationId: string | null;

  /** The account whose mail carried the link; null when the vendor sent it. */
  @Column({ type: "uuid", name: "issued_by_account_id", nullable: true })
  issuedByAccountId: string | null;

  @TimestampColumn("created_at")
  createdAt: Date;

  @TimestampColumn("expires_at")
  expiresAt: Date;

  /** Set when the link was used, or when a newer link replaced it. */
  @TimestampColumn("used_at", { nullable: true })
  usedAt: Date | null;
}
