import { Column, Entity, JoinColumn, ManyToOne, type Relation } from "typeorm";
import { Account } from "../account/account.entity.js";
import { Row, TimestampColumn } from "../db/columns.js";

/** A customer account on a reseller's list, with what only that reseller knows about it. */
@Entity({ name: "customer_link" })
export class CustomerLink extends Row {
  @Column({ type: "uuid", name: "reseller_id" })
  resellerId: string;

  @Column({ type: "uuid", name: "customer_id" })
  customerId: string;

  @ManyToOne(() => Account)
  @JoinColumn({ name: "customer_id" })
  customer: Relation<Account>;

  @Column({ type: "text", name: "company_name" })
  companyName: string;

  /** Private to the reseller: never shown to the customer or to another reseller. */
  @Column({ type: "text" })
  comment: string;

  @TimestampColumn("added_at")
  addedAt: Date;

  @TimestampColumn("removed_at", { nullable: true })
  removedAt: Date | null;
}
