import { Field, Int, ObjectType } from "type-graphql";
import { Column, Entity, JoinColumn, ManyToOne, type Relation } from "typeorm";
import { User } from "../account/user.entity.js";
import { ExposedRow, TimestampColumn } from "../db/columns.js";
import { annexHtml } from "./annex-markdown.js";

/** One published text of the reselling annex; the latest whose date has come is in force. */
@ObjectType({ description: "A version of the reselling annex to the customer agreement." })
@Entity({ name: "annex_version" })
export class AnnexVersion extends ExposedRow {
  @Field(() => Int, { description: "1 for the first version, then one more for each." })
  @Column({ type: "int" })
  version: number;

  @Field()
  @Column({ type: "text" })
  title: string;

  @Field({ description: "The text, as Markdown." })
  @Column({ type: "text" })
  body: string;

  @Field({ description: "From when it is in force, replacing the one before." })
  @TimestampColumn("effective_at")
  effectiveAt: Date;

  @Field()
  @TimestampColumn("published_at")
  publishedAt: Date;

  @Column({ type: "uuid", name: "published_by", nullable: true })
  publishedBy: string | null;

  @Field({ description: "The text as HTML, safe to show: raw HTML in the Markdown is escaped." })
  get bodyHtml(): string {
    return annexHtml(this.body);
  }
}

/** A reseller's acceptance of one annex version: who, when, from where. */
@ObjectType({ description: "A reseller's acceptance of one version of the annex." })
@Entity({ name: "annex_acceptance" })
export class AnnexAcceptance extends ExposedRow {
  @Column({ type: "uuid", name: "account_id" })
  accountId: string;

  @Column({ type: "uuid", name: "annex_version_id" })
  annexVersionId: string;

  @Field(() => AnnexVersion)
  @ManyToOne(() => AnnexVersion)
  @JoinColumn({ name: "annex_version_id" })
  annexVersion: Relation<AnnexVersion>;

  @Column({ type: "uuid", name: "accepted_by" })
  acceptedById: string;

  @Field(() => User, { description: "The owner who accepted it." })
  @ManyToOne(() => User)
  @JoinColumn({ name: "accepted_by" })
  acceptedBy: Relation<User>;

  @Field()
  @TimestampColumn("accepted_at")
  acceptedAt: Date;

  @Field({ description: "The client address it was accepted from." })
  @Column({ type: "text" })
  ip: string;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", name: "user_agent", nullable: true })
  userAgent: string | null;

  @Field({ description: "The acceptance record with the annex text, as a PDF." })
  get pdfUrl(): string {
    return `/annex-acceptances/${this.id}.pdf`;
  }
}
