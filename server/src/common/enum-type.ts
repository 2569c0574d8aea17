import { registerEnumType } from "type-graphql";

/** What the schema says about one value of an enum. */
export interface EnumValueOptions {
  description?: string;
  deprecationReason?: string;
}

export interface EnumTypeOptions<Member extends string> {
  description?: string;
  values?: Partial<Record<Member, EnumValueOptions>>;
}

/**
 * A GraphQL enum whose values are their own names, as a frozen object (`X.MEMBER === "MEMBER"`).
 * Pair it with `type X = (typeof X)[keyof typeof X]` so that `X` also names the union of its values.
 * Introspection lists the values in the order given.
 */
export function enumType<const Member extends string>(
  name: string,
  members: readonly Member[],
  options: EnumTypeOptions<Member> = {},
): { readonly [M in Member]: M } {
  const values = Object.freeze(Object.fromEntries(members.map((member) => [member, member]))) as {
    readonly [M in Member]: M;
  };
  registerEnumType(values, { name, description: options.description, valuesConfig: options.values });
  return values;
}
