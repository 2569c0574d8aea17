import fc from "fast-check";
import {
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
} from "graphql";

/**
 * Malformed GraphQL operations derived from the schema: for every Query and Mutation field, every
 * argument and every field of its input types gets values that are wrong for its type, its
 * documented range or its meaning, sent inline or as variables, next to valid-looking values.
 */

/** An argument or input field that is not sent at all. */
const OMIT: unique symbol = Symbol("omitted");
type Omitted = typeof OMIT;

/** An enum value: a bare name in the document, a string in the variables. */
class EnumName {
  constructor(readonly name: string) {}
}

/** Text written as is into the document and into the variables' JSON, e.g. `1e400`. */
class Verbatim {
  constructor(
    readonly document: string,
    readonly json: string,
  ) {}
}

type Value =
  | null
  | boolean
  | number
  | string
  | EnumName
  | Verbatim
  | Value[]
  | { [field: string]: Value | Omitted };

/**
 * "bad": the API must refuse it (every mutation carries at least one). "maybe": suspicious but
 * possibly acceptable, e.g. an empty optional text; it is only ever sent next to a bad one in
 * mutations.
 */
export type Certainty = "bad" | "maybe";

export interface Malformation {
  /** Where it is, e.g. `input.bands[0].percent`, or the operation itself. */
  path: string;
  label: string;
  certainty: Certainty;
}

export interface MalformedOperation {
  kind: "query" | "mutation";
  field: string;
  document: string;
  /** The variables as sent: JSON text, since some values (1e400) have no JavaScript form. */
  variables: string;
  malformations: Malformation[];
}

/** Real rows to make valid-looking values from, so that requests reach past "not found". */
export interface Pools {
  /** Ids of every table with a uuid `id`, by table name. */
  ids: Record<string, string[]>;
  productCodes: string[];
  tierCodes: string[];
  discountCodes: string[];
}

interface Slot {
  path: string;
  name: string;
  /** The root field the slot belongs to, e.g. customerInvite. */
  root: string;
  type: GraphQLInputType;
  description: string | undefined;
  hasDefault: boolean;
}

interface Sample {
  value: Value | Omitted;
  label: string;
  certainty: Certainty;
  /** Some malformations exist in one form only, e.g. an enum written as a string literal. */
  only?: "inline";
}

interface Candidate {
  certainty: Certainty;
  arbitrary: fc.Arbitrary<Sample>;
  /** Leaves the value out, so it has no place inside a list. */
  omits?: true;
}

/** A value with the malformations inside it. */
interface Part {
  value: Value | Omitted;
  malformations: Malformation[];
  only?: "inline";
}

const KB100 = 100_000;

const orNull = (value: Value | Omitted): Value => (value === OMIT ? null : value);

function isObjectValue(value: Value | Omitted): value is { [field: string]: Value | Omitted } {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof EnumName) &&
    !(value instanceof Verbatim)
  );
}

function itemSlot(list: Slot, type: GraphQLInputType): Slot {
  return { ...list, path: `${list.path}[0]`, type, hasDefault: false };
}

function fixed(label: string, value: Value | Omitted, certainty: Certainty, only?: "inline"): Candidate {
  return { certainty, arbitrary: fc.constant({ value, label, certainty, only }) };
}

function drawn(label: string, arbitrary: fc.Arbitrary<Value>, certainty: Certainty): Candidate {
  return { certainty, arbitrary: arbitrary.map((value) => ({ value, label, certainty })) };
}

/** Required: non-null and without a default, so leaving it out or sending null is wrong. */
function isRequired(slot: Slot): boolean {
  return isNonNullType(slot.type) && !slot.hasDefault;
}

const base64url = (text: string) => Buffer.from(text).toString("base64url");

/**
 * What the schema's descriptions say about a number ("1 to 100", "1 or more", "whole", "two
 * decimals at most"). Every number of this API counts or measures something, so none is negative;
 * licenses are whole.
 */
function numberRule(slot: Slot, isInt: boolean) {
  const text = slot.description ?? "";
  const number = String.raw`(\d[\d,]*(?:\.\d+)?)`;
  const parse = (n: string) => Number(n.replace(/,/g, ""));
  const range = new RegExp(`${number} to ${number}`).exec(text);
  const atLeast = new RegExp(`${number} or more`).exec(text);
  const quantity = /quantity$/i.test(slot.name);
  return {
    min: range ? parse(range[1]) : atLeast ? parse(atLeast[1]) : quantity ? 1 : 0,
    max: range ? parse(range[2]) : undefined,
    whole: isInt || quantity || /whole/i.test(text),
    twoDecimals: /two decimals/i.test(text),
  };
}

function numberCandidates(slot: Slot, scalar: "Int" | "SafeInt" | "Float"): Candidate[] {
  const rule = numberRule(slot, scalar !== "Float");
  const maxBelow = (n: number) => (rule.max !== undefined && rule.max < n ? "bad" : "maybe");
  // Int cannot hold 2^31; for counts and percentages stored as Float it is as far out of range.
  const huge = scalar === "SafeInt" ? maxBelow(2 ** 31) : "bad";
  const out = [
    fixed("-1", -1, "bad"),
    fixed("0", 0, rule.min > 0 ? "bad" : "maybe"),
    fixed("10000", 10_000, maxBelow(10_000)),
    fixed("2^31", 2 ** 31, huge),
    fixed("-2^31 - 1", -(2 ** 31) - 1, "bad"),
    fixed("2^53", 2 ** 53, "bad"),
    fixed("1e308", 1e308, "bad"),
    fixed("-1e308", -1e308, "bad"),
    fixed("1e400 (infinite)", new Verbatim("1e400", "1e400"), "bad"),
    fixed("a fraction", 1.5, rule.whole ? "bad" : "maybe"),
    fixed("2^53 + 2 (not a safe integer)", 2 ** 53 + 2, "bad"),
    fixed("three decimals", 0.001, rule.whole || rule.twoDecimals ? "bad" : "maybe"),
    drawn("a string for a number", fc.constantFrom("1", "25", " 5", "1e3", "0x10"), "bad"),
    drawn("a NaN-ish string", fc.constantFrom("NaN", "Infinity", "-Infinity", "", "null"), "bad"),
    fixed("a boolean for a number", true, "bad"),
    fixed("an object for a scalar", {}, "bad"),
    fixed("a list for a non-list", [1], "bad"),
    drawn("any double", fc.double({ noNaN: true, noDefaultInfinity: true }), "maybe"),
    drawn("any 32-bit integer", fc.integer(), "maybe"),
  ];
  if (rule.max !== undefined) out.push(fixed("one over the documented maximum", rule.max + 1, "bad"));
  if (rule.min > 1) out.push(fixed("one under the documented minimum", rule.min - 1, "bad"));
  return out;
}

/** Forged `after` cursors: not base64, base64 of anything, base64 of JSON of the wrong shape. */
function cursorCandidates(): Candidate[] {
  const json = (label: string, key: unknown) => fixed(label, base64url(JSON.stringify(key)), "bad");
  return [
    drawn(
      "a cursor of random bytes",
      fc.uint8Array({ minLength: 1, maxLength: 48 }).map((b) => Buffer.from(b).toString("base64url")),
      "bad",
    ),
    drawn(
      "a cursor of random JSON",
      fc.jsonValue({ maxDepth: 3 }).map((v) => base64url(JSON.stringify(v))),
      "bad",
    ),
    drawn(
      "a cursor of a random JSON array",
      fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 4 }).map((v) => base64url(JSON.stringify(v))),
      "bad",
    ),
    json('a cursor of ["not-a-date","x"]', ["not-a-date", "x"]),
    json("a cursor of [1e308]", [1e308]),
    json("a cursor of []", []),
    json("a cursor of [{}]", [{}]),
    json("a cursor of [[1,2],[3]]", [[1, 2], [3]]),
    json("a cursor of {}", { after: "x" }),
    json("a cursor of [null,null]", [null, null]),
    json('a cursor of a date and "not-a-uuid"', ["2026-11-22T12:00:00.000Z", "not-a-uuid"]),
    json("a cursor of a number and a uuid", [1, "00000000-0000-0000-0000-000000000000"]),
    json("a cursor of [true,false,true]", [true, false, true]),
    json("a cursor with a NUL byte", ["a\u0000b", "b\u0000c"]),
    json("a cursor of 10 KB", ["x".repeat(10_000), "y"]),
    fixed("a cursor that is not base64", "%%%not*base64!!", "bad"),
    fixed("a cursor in padded standard base64", Buffer.from('["x"]').toString("base64"), "bad"),
  ];
}

function idCandidates(): Candidate[] {
  const uuid = fc.uuid({ version: 4 });
  return [
    fixed("an empty id", "", "bad"),
    fixed("a blank id", "   ", "bad"),
    fixed("an id that is not a UUID", "not-a-uuid", "bad"),
    fixed("a numeric id", "1", "bad"),
    fixed("a number for an ID", 1, "bad"),
    fixed("the nil UUID", "00000000-0000-0000-0000-000000000000", "bad"),
    drawn("a UUID that does not exist", uuid, "bad"),
    drawn(
      "an upper-case UUID that does not exist",
      uuid.map((u) => u.toUpperCase()),
      "bad",
    ),
    drawn(
      "a UUID with junk after it",
      uuid.map((u) => `${u}x`),
      "bad",
    ),
    drawn(
      "a UUID with a NUL byte",
      uuid.map((u) => `${u.slice(0, 8)}\u0000${u.slice(9)}`),
      "bad",
    ),
    fixed("a quote in an id", "' OR '1'='1", "bad"),
    fixed("a 100 KB id", "a".repeat(KB100), "bad"),
    fixed("an invalid surrogate in an id", "\ud800", "bad"),
    fixed("a boolean for an ID", true, "bad"),
    fixed("an object for a scalar", {}, "bad"),
    drawn(
      "a list for a non-list",
      uuid.map((u) => [u]),
      "bad",
    ),
  ];
}

function textCandidates(slot: Slot): Candidate[] {
  const blank = isRequired(slot) ? "bad" : "maybe";
  const out: Candidate[] = [
    fixed("a number for a string", 1, "bad"),
    fixed("a boolean for a string", true, "bad"),
    fixed("an object for a scalar", { text: "x" }, "bad"),
    fixed("a list for a non-list", ["x"], "bad"),
    fixed("an empty string", "", blank),
    fixed("a whitespace-only string", "   ", blank),
    fixed("tabs and newlines only", "\t\n\r ", blank),
    fixed("a NUL byte inside", "a\u0000b", "bad"),
    fixed("a NUL byte only", "\u0000", "bad"),
    fixed("a raw NUL byte in the document", new Verbatim('"a\u0000b"', '"a\\u0000b"'), "bad", "inline"),
    fixed("100 KB", "x".repeat(KB100), "bad"),
    fixed("100 KB of multi-byte text", "€".repeat(KB100 / 3), "bad"),
    drawn(
      "a control character",
      fc.constantFrom("a\u0001b", "\u001b[31mred\u001b[0m", "bell\u0007", "back\bspace", "\u001f"),
      "bad",
    ),
    drawn("an invalid surrogate", fc.constantFrom("\ud800", "x\udc00y", "\udfff\ud800", "end\ud83d"), "bad"),
    fixed("a newline inside", "first\nsecond", "maybe"),
    fixed("a line separator inside", "a\u2028b", "maybe"),
    fixed("a zero-width space only", "\u200b", "maybe"),
    fixed("DEL", "\u007f", "maybe"),
    drawn("any code points", fc.string({ unit: "binary", minLength: 1, maxLength: 24 }), "maybe"),
  ];
  if (/email/i.test(slot.name)) {
    out.push(
      drawn(
        "not an email address",
        fc.constantFrom("not-an-email", "a@", "@example.com", "a b@example.com", "a@b@example.com"),
        "bad",
      ),
    );
  }
  if (slot.name === "after") out.push(...cursorCandidates());
  return out;
}

function booleanCandidates(): Candidate[] {
  return [
    fixed('the string "true"', "true", "bad"),
    fixed("1 for a boolean", 1, "bad"),
    fixed("0 for a boolean", 0, "bad"),
    fixed('"yes" for a boolean', "yes", "bad"),
    fixed("an object for a scalar", {}, "bad"),
    fixed("a list for a non-list", [true], "bad"),
  ];
}

function enumCandidates(values: string[]): Candidate[] {
  const value = fc.constantFrom(...values);
  return [
    drawn(
      "a lower-case enum value",
      value.map((v) => new EnumName(v.toLowerCase())),
      "bad",
    ),
    fixed("an unknown enum value", new EnumName("NOT_A_VALUE"), "bad"),
    {
      // Variables carry enums as strings, so only the document can get this one wrong.
      certainty: "bad",
      arbitrary: value.map((v) => ({
        value: v,
        label: "an enum value as a string literal",
        certainty: "bad" as const,
        only: "inline" as const,
      })),
    },
    fixed("an empty string for an enum", "", "bad"),
    drawn(
      "an enum value with spaces",
      value.map((v) => ` ${v} `),
      "bad",
    ),
    fixed("a number for an enum", 1, "bad"),
    fixed("an object for an enum", {}, "bad"),
  ];
}

/** Everything that can be wrong with a value of this slot's type. */
function candidatesOf(slot: Slot, pools: Pools): Candidate[] {
  const out: Candidate[] = [];
  if (isNonNullType(slot.type)) out.push(fixed("null for a non-null", null, "bad"));
  if (isRequired(slot)) out.push({ ...fixed("missing while required", OMIT, "bad"), omits: true });
  const inner = getNullableType(slot.type);
  if (isListType(inner)) {
    const item = itemSlot(slot, inner.ofType);
    if (isNonNullType(inner.ofType)) out.push(fixed("a null item", [null], "bad"));
    out.push(
      {
        certainty: "bad",
        arbitrary: validArb(item, pools).map((v) => ({
          value: [[orNull(v)]],
          label: "a list of lists",
          certainty: "bad" as const,
        })),
      },
      {
        certainty: "maybe",
        arbitrary: fc.array(validArb(item, pools), { minLength: 1000, maxLength: 1000 }).map((items) => ({
          value: items.map(orNull),
          label: "1,000 items",
          certainty: "maybe" as const,
        })),
      },
    );
    // A single value is coerced to a list of one, so a list's wrong types are its items' ones.
    for (const c of candidatesOf(item, pools).filter((c) => !c.omits)) {
      out.push({
        certainty: c.certainty,
        arbitrary: c.arbitrary.map((s) => ({ ...s, value: [orNull(s.value)], label: `[${s.label}]` })),
      });
    }
    return out;
  }
  if (isInputObjectType(inner)) {
    const fields = Object.values(inner.getFields());
    const hasRequired = fields.some((f) => isNonNullType(f.type) && f.defaultValue === undefined);
    out.push(
      fixed("a string for an input object", "x", "bad"),
      fixed("a number for an input object", 1, "bad"),
      {
        certainty: "bad",
        arbitrary: validArb(slot, pools).map((v) => ({
          value: [orNull(v)],
          label: "a list for a non-list",
          certainty: "bad" as const,
        })),
      },
      {
        certainty: "bad",
        arbitrary: validArb(slot, pools).map((v) => ({
          value: { ...(isObjectValue(v) ? v : {}), notAField: 1 },
          label: "an unknown field",
          certainty: "bad" as const,
        })),
      },
    );
    if (hasRequired) out.push(fixed("an empty object", {}, "bad"));
    return out;
  }
  if (isEnumType(inner)) return [...out, ...enumCandidates(inner.getValues().map((v) => v.name))];
  switch (getNamedType(inner).name) {
    case "Int":
    case "SafeInt":
    case "Float":
      return [...out, ...numberCandidates(slot, getNamedType(inner).name as "Int" | "SafeInt" | "Float")];
    case "Boolean":
      return [...out, ...booleanCandidates()];
    case "ID":
      return [...out, ...idCandidates()];
    case "String":
      return [...out, ...textCandidates(slot)];
    default:
      // Other scalars (dates): text that is no such value, and the wrong shapes.
      return [
        ...out,
        fixed("a string that is not the scalar", "not-a-value", "bad"),
        fixed("an empty string", "", "bad"),
        fixed("a huge number", 1e308, "bad"),
        fixed("an object for a scalar", {}, "bad"),
      ];
  }
}

function snakeTokens(name: string): string[] {
  return name
    .replace(/Id$/, "")
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .toLowerCase()
    .split("_");
}

const TABLE_ALIASES: Record<string, string> = { reseller: "account" };

/** The table an id argument most likely points into, from its name or its field's name. */
function idsFor(slot: Slot, pools: Pools): string[] {
  const tokens = snakeTokens(slot.name === "id" ? slot.root : slot.name);
  const tables = Object.keys(pools.ids);
  for (let k = tokens.length; k > 0; k -= 1) {
    const key = tokens.slice(0, k).join("_");
    const table =
      TABLE_ALIASES[key] ??
      tables.find((t) => t === key) ??
      tables.find((t) => t.startsWith(key)) ??
      tables.find((t) => t.endsWith(`_${key}`));
    if (table && pools.ids[table]?.length) return pools.ids[table];
  }
  return Object.values(pools.ids).flat();
}

function validText(slot: Slot, pools: Pools): fc.Arbitrary<string> {
  const name = slot.name;
  const from = (values: string[], fallback: string) =>
    fc.constantFrom(...(values.length ? values : [fallback]));
  if (/email/i.test(name)) return fc.nat({ max: 1_000_000 }).map((n) => `malformed-${n}@example.com`);
  if (name === "password") return fc.constant("long-enough-password");
  if (name === "token") return fc.constant("a-link-token-never-issued");
  if (name === "currency") return fc.constant("EUR");
  if (name === "newCardToken") return fc.constant("tok_visa");
  if (name === "discountCode") return from(pools.discountCodes, "PD-NONE");
  if (name === "productCode") return from(pools.productCodes, "PRO");
  if (name === "tierCode") return from(pools.tierCodes, "SILVER");
  if (name === "code") return from([...pools.productCodes, ...pools.tierCodes, "MALFORMED_NEW"], "PRO");
  if (name === "search") return fc.constantFrom("contoso", "north");
  if (name === "idempotencyKey") return fc.uuid({ version: 4 });
  return fc.constantFrom("Malformed Ltd", "Kept as is");
}

function validNumber(slot: Slot, isInt: boolean): fc.Arbitrary<number> {
  const rule = numberRule(slot, isInt);
  if (/quantity$/i.test(slot.name)) return fc.integer({ min: 20, max: 60 });
  const low = Math.max(rule.min, 1);
  const high = rule.max !== undefined ? Math.min(rule.max, low + 20) : low + 50;
  return fc.integer({ min: low, max: high });
}

/** A valid-looking value: of the right type, in range, pointing at real rows where it can. */
function validArb(slot: Slot, pools: Pools): fc.Arbitrary<Value | Omitted> {
  const inner = getNullableType(slot.type);
  let value: fc.Arbitrary<Value>;
  if (slot.name === "after") value = fc.constant(null);
  else if (isListType(inner)) {
    value = fc
      .array(validArb(itemSlot(slot, inner.ofType), pools), { maxLength: 2 })
      .map((items) => items.map(orNull));
  } else if (isInputObjectType(inner)) {
    const fields = Object.values(inner.getFields());
    value = fc
      .tuple(...fields.map((f) => validArb(fieldSlot(slot, f), pools)))
      .map((values) =>
        Object.fromEntries(fields.map((f, i) => [f.name, values[i]]).filter(([, v]) => v !== OMIT)),
      );
  } else if (isEnumType(inner)) {
    value = fc.constantFrom(...inner.getValues().map((v) => new EnumName(v.name)));
  } else {
    switch (getNamedType(inner).name) {
      case "Int":
      case "SafeInt":
        value = validNumber(slot, true);
        break;
      case "Float":
        value = validNumber(slot, false);
        break;
      case "Boolean":
        value = fc.boolean();
        break;
      case "ID": {
        const ids = idsFor(slot, pools);
        value = ids.length ? fc.constantFrom(...ids) : fc.uuid({ version: 4 });
        break;
      }
      default:
        value = validText(slot, pools);
    }
  }
  if (isRequired(slot)) return value;
  return fc.oneof(value, fc.constant(OMIT));
}

function fieldSlot(
  parent: Slot,
  field: { name: string; type: GraphQLInputType; description?: string | null; defaultValue?: unknown },
): Slot {
  return {
    path: `${parent.path}.${field.name}`,
    name: field.name,
    root: parent.root,
    type: field.type,
    description: field.description ?? undefined,
    hasDefault: field.defaultValue !== undefined,
  };
}

/** The slot and every input field inside it, lists entered at their first item. */
function slotsWithin(slot: Slot, depth = 0): Slot[] {
  const inner = getNullableType(slot.type);
  if (depth > 4) return [slot];
  if (isListType(inner)) {
    const item = itemSlot(slot, inner.ofType);
    return [slot, ...slotsWithin(item, depth + 1).filter((s) => s.path !== item.path)];
  }
  if (isInputObjectType(inner)) {
    return [
      slot,
      ...Object.values(inner.getFields()).flatMap((f) => slotsWithin(fieldSlot(slot, f), depth + 1)),
    ];
  }
  return [slot];
}

/**
 * A value for `slot`: the target sample when `target` points here, valid-looking values around
 * it, and, in noisy operations, an occasional other malformation.
 */
function partArb(
  slot: Slot,
  pools: Pools,
  target: { path: string; sample: fc.Arbitrary<Sample> } | null,
  noisy: boolean,
): fc.Arbitrary<Part> {
  if (target && target.path === slot.path) {
    return target.sample.map((s) => ({
      value: s.value,
      only: s.only,
      malformations: [{ path: slot.path, label: s.label, certainty: s.certainty }],
    }));
  }
  const inner = getNullableType(slot.type);
  const leadsInside =
    target !== null && (target.path.startsWith(`${slot.path}.`) || target.path.startsWith(`${slot.path}[`));
  if (leadsInside && isInputObjectType(inner)) {
    const fields = Object.values(inner.getFields());
    return fc.tuple(...fields.map((f) => partArb(fieldSlot(slot, f), pools, target, noisy))).map((parts) => ({
      value: Object.fromEntries(
        fields.map((f, i) => [f.name, parts[i].value]).filter(([, v]) => v !== OMIT),
      ) as Value,
      malformations: parts.flatMap((p) => p.malformations),
      only: parts.some((p) => p.only) ? "inline" : undefined,
    }));
  }
  if (leadsInside && isListType(inner)) {
    return partArb(itemSlot(slot, inner.ofType), pools, target, noisy).map((p) => ({
      ...p,
      value: [orNull(p.value)],
    }));
  }
  const valid = validArb(slot, pools).map((value): Part => ({ value, malformations: [] }));
  if (!noisy) return valid;
  const noise = fc.oneof(...candidatesOf(slot, pools).map((c) => c.arbitrary)).map(
    (s): Part => ({
      value: s.value,
      only: s.only,
      malformations: [{ path: slot.path, label: s.label, certainty: s.certainty }],
    }),
  );
  return fc.oneof({ weight: 3, arbitrary: valid }, { weight: 1, arbitrary: noise });
}

/** Fields of the answer to select: leaves, and objects down to `depth` more levels. */
function selectionOf(type: GraphQLOutputType, depth: number): string {
  const named = getNamedType(type);
  if (!isObjectType(named)) return "";
  const parts: string[] = [];
  for (const field of Object.values(named.getFields())) {
    if (field.args.some((a) => isNonNullType(a.type))) continue;
    if (isLeafType(getNamedType(field.type))) parts.push(field.name);
    else if (depth > 0) parts.push(`${field.name} ${selectionOf(field.type, depth - 1)}`);
  }
  return `{ ${parts.length ? parts.join(" ") : "__typename"} }`;
}

/** A value in GraphQL syntax. */
function literal(value: Value): string {
  if (value instanceof EnumName) return value.name;
  if (value instanceof Verbatim) return value.document;
  if (Array.isArray(value)) return `[${value.map(literal).join(", ")}]`;
  if (value !== null && typeof value === "object") {
    const fields = Object.entries(value).filter((e): e is [string, Value] => e[1] !== OMIT);
    return `{${fields.map(([k, v]) => `${k}: ${literal(v)}`).join(", ")}}`;
  }
  // JSON's string escapes are GraphQL's; a lone surrogate stays an escape GraphQL refuses.
  return JSON.stringify(value);
}

/** A value in JSON, for the variables. */
function json(value: Value): string {
  if (value instanceof EnumName) return JSON.stringify(value.name);
  if (value instanceof Verbatim) return value.json;
  if (Array.isArray(value)) return `[${value.map(json).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const fields = Object.entries(value).filter((e): e is [string, Value] => e[1] !== OMIT);
    return `{${fields.map(([k, v]) => `${JSON.stringify(k)}:${json(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

type OperationLevel =
  | "an unknown argument"
  | "an argument given twice"
  | "a variable declared with another type"
  | "a variable declared but not given"
  | "an undeclared variable";

type Target = { kind: "slot"; slot: Slot } | { kind: "operation"; label: OperationLevel };

interface Plan {
  parts: Part[];
  /** Per argument: sent as a variable, else written inline. */
  asVariable: boolean[];
  target: Target;
}

type RootField = GraphQLField<unknown, unknown>;

function render(
  kind: "query" | "mutation",
  field: RootField,
  plan: Plan,
  selection: string,
): MalformedOperation {
  const declarations: string[] = [];
  const args: string[] = [];
  const variables: string[] = [];
  const level = plan.target.kind === "operation" ? plan.target.label : null;
  // Operation-level malformations other than an unknown argument take the first argument's place.
  const replacesFirst = level !== null && level !== "an unknown argument";
  const malformations = plan.parts.flatMap((p, i) => (replacesFirst && i === 0 ? [] : p.malformations));
  field.args.forEach((arg, i) => {
    const part = plan.parts[i];
    if (part.value === OMIT || (replacesFirst && i === 0)) return;
    if (plan.asVariable[i] && part.only !== "inline") {
      declarations.push(`$${arg.name}: ${String(arg.type)}`);
      args.push(`${arg.name}: $${arg.name}`);
      variables.push(`${JSON.stringify(arg.name)}:${json(part.value)}`);
    } else {
      args.push(`${arg.name}: ${literal(part.value)}`);
    }
  });
  if (level) {
    malformations.push({ path: field.name, label: level, certainty: "bad" });
    const first = field.args[0];
    const firstValue = plan.parts[0]?.value;
    const written = firstValue === undefined || firstValue === OMIT ? "null" : literal(firstValue);
    if (level === "an unknown argument" || !first) {
      args.push("notAnArgument: 1");
    } else if (level === "an argument given twice") {
      args.push(`${first.name}: ${written}`, `${first.name}: ${written}`);
    } else if (level === "an undeclared variable") {
      args.push(`${first.name}: $undeclared`);
    } else if (level === "a variable declared but not given") {
      declarations.push(`$notGiven: ${isNonNullType(first.type) ? String(first.type) : `${first.type}!`}`);
      args.push(`${first.name}: $notGiven`);
    } else {
      const isString = getNamedType(first.type).name === "String";
      declarations.push(`$otherType: ${isString ? "Boolean" : "String"}`);
      variables.push(`"otherType":${isString ? "true" : '"x"'}`);
      args.push(`${first.name}: $otherType`);
    }
  }
  const call = args.length ? `${field.name}(${args.join(", ")})` : field.name;
  const header = declarations.length ? `${kind}(${declarations.join(", ")})` : kind;
  return {
    kind,
    field: field.name,
    document: selection ? `${header} { ${call} ${selection} }` : `${header} { ${call} }`,
    variables: `{${variables.join(",")}}`,
    malformations,
  };
}

function operationsOf(kind: "query" | "mutation", field: RootField, pools: Pools) {
  const argSlots: Slot[] = field.args.map((arg) => ({
    path: arg.name,
    name: arg.name,
    root: field.name,
    type: arg.type,
    description: arg.description ?? undefined,
    hasDefault: arg.defaultValue !== undefined,
  }));
  const slotTargets: Target[] = argSlots
    .flatMap((s) => slotsWithin(s))
    .map((slot) => ({ kind: "slot", slot }));
  const operationTargets: Target[] = [{ kind: "operation", label: "an unknown argument" }];
  if (field.args.length > 0) {
    operationTargets.push(
      { kind: "operation", label: "an argument given twice" },
      { kind: "operation", label: "a variable declared with another type" },
      { kind: "operation", label: "an undeclared variable" },
      { kind: "operation", label: "a variable declared but not given" },
    );
  }
  // Mostly values: GraphQL's validation stops the operation-level ones before any resolver runs.
  const targets = slotTargets.length
    ? fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom(...slotTargets) },
        { weight: 1, arbitrary: fc.constantFrom(...operationTargets) },
      )
    : fc.constantFrom(...operationTargets);
  const selection = selectionOf(field.type, 2);
  // A mutation must never be able to succeed, so its target is always a value it must refuse.
  const allowed = (c: Candidate) => kind === "query" || c.certainty === "bad";
  return fc
    .record({
      target: targets,
      // One operation in four carries more malformations than its target.
      noisy: fc.nat({ max: 3 }).map((n) => n === 0),
      asVariable: fc.array(fc.boolean(), { minLength: field.args.length, maxLength: field.args.length }),
      mode: fc.constantFrom("variables", "inline", "mixed"),
    })
    .chain(({ target, noisy, asVariable, mode }) => {
      const focus =
        target.kind === "slot"
          ? {
              path: target.slot.path,
              sample: fc.oneof(
                ...candidatesOf(target.slot, pools)
                  .filter(allowed)
                  .map((c) => c.arbitrary),
              ),
            }
          : null;
      const parts = argSlots.map((slot) => partArb(slot, pools, focus, noisy));
      const plan = (p: Part[]): Plan => ({
        parts: p,
        asVariable: asVariable.map((b) => (mode === "mixed" ? b : mode === "variables")),
        target,
      });
      return (parts.length ? fc.tuple(...parts) : fc.constant<Part[]>([])).map((p) =>
        render(kind, field, plan(p), selection),
      );
    });
}

/**
 * Malformed operations of every Query and Mutation field of the schema. Every mutation carries at
 * least one value the API must refuse; every query at least one suspicious value.
 */
export function malformedOperations(schema: GraphQLSchema, pools: Pools): fc.Arbitrary<MalformedOperation> {
  const queries = Object.values(schema.getQueryType()?.getFields() ?? {});
  const mutations = Object.values(schema.getMutationType()?.getFields() ?? {});
  return fc.oneof(
    ...queries.map((f) => operationsOf("query", f, pools)),
    ...mutations.map((f) => operationsOf("mutation", f, pools)),
  );
}
