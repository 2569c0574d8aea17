import { Field, ObjectType } from "type-graphql";
import { Column, Entity } from "typeorm";
import { ApiKeyScope } from "../common/auth.js";
import { ExposedRow, TimestampColumn } from "../db/columns.js";

@ObjectType({
  description: "An integrator's key. Its secret is shown once, at creation, and stored only hashed.",
})
@Entity({ name: "api_key" })
export class ApiKey extends ExposedRow {
  /**
   * The reseller's account. The column is null for product-ingestion keys, which belong to the
   * vendor and are read only by IngestionKeyService, never through the tenant's queries here.
   */
  @Column({ type: "uuid", name: "account_id", nullable: true })
  accountId: string;

  @Field()
  @Column({ type: "text" })
  name: string;

  @Field(() => ApiKeyScope)
  @Column({ type: "text" })
  scope: ApiKeyScope;

  /** Who made it: set for product-ingestion keys, which vendor staff make. */
  @Column({ type: "uuid", name: "created_by", nullable: true })
  createdBy: string | null;

  @Field({ description: "The key's public start, e.g. rh_3fa9c2d1, to tell keys apart." })
  @Column({ type: "text", unique: true })
  prefix: string;

  @Column({ type: "text", name: "secret_hash" })
  secretHash: string;

  @Field()
  @TimestampColumn("created_at")
  createdAt: Date;

  @Field(() => Date, {
    nullable: true,
    description: "When the key last authenticated a request (to the minute).",
  })
  @TimestampColumn("last_used_at", { nullable: true })
  lastUsedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @TimestampColumn("revoked_at", { nullable: true })
  revokedAt: Date | null;
}
