import type { EntityManager, EntityTarget, ObjectLiteral } from "typeorm";

/**
 * Rows that PostgreSQL hands over as JSON, for reads of many rows with their relations: one
 * statement answers them all, the driver parses one JSON text natively instead of every column
 * of every row through its type parsers, and no entity is hydrated by the ORM. The mapping
 * comes from the entities' own column metadata, so a new column travels without being listed.
 */

interface JsonColumn {
  property: string;
  column: string;
  instant: boolean;
}

const columnsOf = new Map<EntityTarget<ObjectLiteral>, JsonColumn[]>();

function jsonColumns(em: EntityManager, entity: EntityTarget<ObjectLiteral>): JsonColumn[] {
  let columns = columnsOf.get(entity);
  if (!columns) {
    columns = em.connection.getMetadata(entity).columns.map((c) => ({
      property: c.propertyName,
      column: c.databaseName,
      instant: c.type === "timestamptz",
    }));
    columnsOf.set(entity, columns);
  }
  return columns;
}

/** `json_build_object(…)` of every column of `entity`'s row `alias`, keyed by property name. */
export function jsonObjectOf(em: EntityManager, entity: EntityTarget<ObjectLiteral>, alias: string): string {
  const pairs = jsonColumns(em, entity).map((c) => `'${c.property}', ${alias}."${c.column}"`);
  return `json_build_object(${pairs.join(", ")})`;
}

/**
 * The entity an object of `jsonObjectOf` describes: an instance of its class (so its getters
 * answer), instants as `Date`s.
 */
export function entityFromJson<E extends ObjectLiteral>(
  em: EntityManager,
  entity: EntityTarget<E>,
  json: Record<string, unknown>,
): E {
  const instance = em.connection.getMetadata(entity).create() as Record<string, unknown>;
  for (const { property, instant } of jsonColumns(em, entity)) {
    const value = json[property];
    instance[property] = instant && typeof value === "string" ? new Date(value) : value;
  }
  return instance as E;
}
