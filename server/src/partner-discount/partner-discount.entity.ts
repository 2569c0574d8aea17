import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

/** A partner discount code vendor staff issued to a reseller; it unlocks the tier's percentage. */
@Entity({ name: "partner_discount_code" })
export class PartnerDiscountCode {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ type: "uuid", name: "account_id" })
  accountId: string;

  @Column({ type: "text" })
  code: string;

  @Column({ type: "uuid", name: "issued_by", nullable: true })
  issuedBy: string | null;

  @Column({ type: "timestamptz", name: "issued_at" })
  issuedAt: Date;

  @Column({ type: "timestamptz", name: "revoked_at", nullable: true })
  revokedAt: Date | null;
}

/** A reseller asking vendor staff for a code; closed when a code is issued. */
@Entity({ name: "partner_discount_code_request" })
export class PartnerDiscountCodeRequest {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ type: "uuid", name: "account_id" })
  accountId: string;

  @Column({ type: "uuid", name: "requested_by", nullable: true })
  requestedBy: string | null;

  @Column({ type: "text" })
  note: string;

  @Column({ type: "timestamptz", name: "requested_at" })
  requestedAt: Date;

  @Column({ type: "timestamptz", name: "closed_at", nullable: true })
  closedAt: Date | null;
}
