import { Column, Entity } from "typeorm";
import { Row, TimestampColumn } from "../db/columns.js";

/** A partner discount code vendor staff issued to a reseller; it unlocks the tier's percentage. */
@Entity({ name: "partner_discount_code" })
export class PartnerDiscountCode extends Row {
  @Column({ type: "uuid", name: "account_id" })
  accountId: string;

  @Column({ type: "text" })
  code: string;

  @Column({ type: "uuid", name: "issued_by", nullable: true })
  issuedBy: string | null;

  @TimestampColumn("issued_at")
  issuedAt: Date;

  @TimestampColumn("revoked_at", { nullable: true })
  revokedAt: Date | null;
}

/** A reseller asking vendor staff for a code; closed when a code is issued. */
@Entity({ name: "partner_discount_code_request" })
export class PartnerDiscountCodeRequest extends Row {
  @Column({ type: "uuid", name: "account_id" })
  accountId: string;

  @Column({ type: "uuid", name: "requested_by", nullable: true })
  requestedBy: string | null;

  @Column({ type: "text" })
  note: string;

  @TimestampColumn("requested_at")
  requestedAt: Date;

  @TimestampColumn("closed_at", { nullable: true })
  closedAt: Date | null;
}
