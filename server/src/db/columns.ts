import { Field, ID, ObjectType } from "type-graphql";
import { Column, PrimaryGeneratedColumn } from "typeorm";

/**
 * An instant: `timestamptz`, so that it names the same moment whatever zone the database or the
 * server runs in, read as a `Date`.
 */
export function TimestampColumn(name: string, options: { nullable?: boolean } = {}): PropertyDecorator {
  return Column({ type: "timestamptz", name, ...options });
}

/** A row keyed by a generated uuid. */
export abstract class Row {
  @PrimaryGeneratedColumn("uuid")
  id: string;
}

/**
 * A row the API shows, its key as the object's `id`. Object types inherit fields only from an
 * object type; nothing refers to this one, so the schema does not list it.
 */
@ObjectType()
export abstract class ExposedRow extends Row {
  @Field(() => ID)
  override id: string;
}
