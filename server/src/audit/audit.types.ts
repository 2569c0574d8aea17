import { ArgsType, Field, ID, InputType, ObjectType } from "type-graphql";
import { enumType } from "../common/enum-type.js";
import { connectionType, PageArgs } from "../common/pagination.js";

export const AuditActorKind = enumType(
  "AuditActorKind",
  ["USER", "API_KEY", "STAFF", "SYSTEM", "ANONYMOUS"],
  {
    description:
      "Who did it: a person, an API key, vendor staff, the product's scheduled work, or someone not signed in.",
  },
);
export type AuditActorKind = (typeof AuditActorKind)[keyof typeof AuditActorKind];

export const AuditOutcome = enumType("AuditOutcome", ["SUCCEEDED", "REFUSED"], {
  description: "Whether the operation did what it was asked, or refused (nothing of it was written).",
});
export type AuditOutcome = (typeof AuditOutcome)[keyof typeof AuditOutcome];

@ObjectType({ description: 'One field an operation changed. Values are JSON; secrets read "[redacted]".' })
export class AuditFieldChange {
  @Field()
  field: string;

  @Field(() => String, {
    nullable: true,
    description: "The value before, as JSON; null when the row was new.",
  })
  before: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The value after, as JSON; null when the row was removed.",
  })
  after: string | null;
}

@ObjectType({
  description:
    "One entry of an account's audit log. Entries are never changed or removed, but for the retention purge.",
})
export class AuditLogEntry {
  @Field(() => ID)
  id: string;

  @Field(() => Date)
  occurredAt: Date;

  @Field(() => ID, { nullable: true, description: "The account the entry belongs to." })
  accountId: string | null;

  @Field(() => AuditActorKind)
  actorKind: AuditActorKind;

  @Field(() => ID, { nullable: true, description: "The user's or the API key's id." })
  actorId: string | null;

  @Field(() => String, { nullable: true, description: "The user's email, or the API key's prefix." })
  actorLabel: string | null;

  @Field(() => String, { nullable: true, description: "The client's address." })
  ip: string | null;

  @Field(() => String, { nullable: true })
  userAgent: string | null;

  @Field({
    description: "The mutation's name, or signIn, signInFailed, signOut, apiKeyUsed, auditLogPurged.",
  })
  operation: string;

  @Field(() => AuditOutcome)
  outcome: AuditOutcome;

  @Field(() => [String], { description: "The codes a refusal answered with; empty on success." })
  refusalCodes: string[];

  @Field(() => String, { nullable: true, description: "What kind of thing it acted on, such as customer." })
  subjectType: string | null;

  @Field(() => String, { nullable: true })
  subjectId: string | null;

  @Field(() => [AuditFieldChange])
  changes: AuditFieldChange[];
}

export const AuditLogConnection = connectionType(AuditLogEntry, "AuditLog");

@InputType({ description: "Narrows the audit log; every field given must match." })
export class AuditLogFilter {
  @Field(() => String, {
    nullable: true,
    description: "The actor's email, key prefix or id (part of the email or prefix matches).",
  })
  actor?: string | null;

  @Field(() => String, { nullable: true, description: "The operation's exact name, such as customerUpdate." })
  operation?: string | null;

  @Field(() => String, { nullable: true, description: "The subject's id." })
  subjectId?: string | null;

  @Field(() => Date, { nullable: true, description: "Entries at or after this instant." })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: "Entries before this instant." })
  to?: Date | null;
}

@ArgsType()
export class AuditLogArgs extends PageArgs {
  @Field(() => AuditLogFilter, { nullable: true })
  filter?: AuditLogFilter | null;

  @Field(() => ID, {
    nullable: true,
    description:
      "Whose log: required for vendor staff; owners read their own account's and may leave it out.",
  })
  accountId?: string | null;
}
