import { Field, ObjectType } from "type-graphql";
import { Column, Entity } from "typeorm";
import { enumType } from "../common/enum-type.js";
import { ExposedRow, TimestampColumn } from "../db/columns.js";

export const UserStatus = enumType("UserStatus", ["INVITED", "ACTIVE", "DISABLED"], {
  description: "INVITED until the person sets a password through their link; DISABLED may not sign in.",
});
export type UserStatus = (typeof UserStatus)[keyof typeof UserStatus];

@ObjectType({ description: "A person who signs in." })
@Entity({ name: "app_user" })
export class User extends ExposedRow {
  @Field({ description: "Unique, compared without regard to case; stored lower-case." })
  @Column({ type: "text" })
  email: string;

  @Field()
  @Column({ type: "text" })
  name: string;

  @Column({ type: "text", name: "password_hash", nullable: true })
  passwordHash: string | null;

  @Field(() => UserStatus)
  @Column({ type: "text" })
  status: UserStatus;

  @Field({ description: "Vendor staff run the partner programme: resellers, tiers, catalog, payments." })
  @Column({ type: "boolean", name: "is_vendor_staff", default: false })
  isVendorStaff: boolean;

  @Field()
  @TimestampColumn("created_at")
  createdAt: Date;
}
