import { type ClassType, Field, ObjectType } from "type-graphql";
import { UserError } from "./errors.js";

/** A field's GraphQL type, as type-graphql's `@Field` takes it. */
type FieldType = Extract<NonNullable<Parameters<typeof Field>[0]>, (...args: never[]) => unknown>;

/** One field of a payload: its GraphQL type, whether it may be null (yes by default), its words. */
export interface PayloadField {
  type: FieldType;
  nullable?: boolean;
  description?: string;
}

/** A payload's `userErrors`: empty when the mutation did what it was asked. */
export interface WithUserErrors {
  userErrors: UserError[];
}

/**
 * A mutation's payload type: the given fields, and then `userErrors`. Its fields are null when
 * the mutation refused; the mutation decorator fills `userErrors`, so a resolver returns only
 * what it made (`Success<typeof Payload>`).
 */
export function payloadType<Data extends object>(
  name: string,
  fields: { [K in keyof Data]: PayloadField },
  description?: string,
): ClassType<Data & WithUserErrors> {
  class Payload {}
  Object.defineProperty(Payload, "name", { value: name });
  for (const [key, field] of Object.entries(fields) as Array<[string, PayloadField]>) {
    Field(field.type, { nullable: field.nullable ?? true, description: field.description })(
      Payload.prototype,
      key,
    );
  }
  Field(() => [UserError], {
    description: "Why the mutation refused its input; empty when it succeeded.",
  })(Payload.prototype, "userErrors");
  ObjectType(name, { description })(Payload);
  return Payload as ClassType<Data & WithUserErrors>;
}

/** What a resolver returns for a payload type: everything but `userErrors`. */
export type Success<P extends ClassType> = Omit<InstanceType<P>, "userErrors">;
