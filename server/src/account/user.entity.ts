import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { enumType } from "../common/enum-type.js";

export const UserStatus = enumType("UserStatus", ["INVITED", "ACTIVE", "DISABLED"], {
  description: "INVITED until the person sets a password through their link; DISABLED may not sign in.",
});
export type UserStatus = (typeof UserStatus)[keyof typeof UserStatus];

@ObjectType({ description: "A person who signs in." })
@Entity({ name: "app_user" })
export class User {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

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
  @Column({ type: "timestamptz", name: "created_at" })
  createdAt: Date;
}
