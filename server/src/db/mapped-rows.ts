import type { EntityManager, EntityTarget, ObjectLiteral } from "typeorm";

/**
 * Entities read by hand-written SQL, for reads of many rows with their relations, mapped from
 * the entities' own column metadata (so a new column travels without being listed) and without
 * the ORM's hydration: plain rows for the many, and JSON built by PostgreSQL for their relations,
 * so one statement answers both.
 */

interface MappedColumn {
  property: string;
  column: string;
  instant: boolean;
}

const columnsByEntity = new Map<EntityTarget<ObjectLiteral>, MappedColumn[]>();

function mappedColumns(em: EntityManager, entity: EntityTarget<ObjectLiteral>): MappedColumn[] {
  let columns = columnsByEntity.get(entity);
  if (!columns) {
    columns = em.connection.getMetadata(entity).columns.map((c) => ({
      property: c.propertyName,
      column: c.databaseName,
      instant: c.type === "timestamptz",
    }));
    columnsByEntity.set(entity, columns);
  }
  return columns;
}

/** The select list of every column of `entity`'s row `alias`. */
export function columnsOf(em: EntityManager, entity: EntityTarget<ObjectLiteral>, alias: string): string {
  return mappedColumns(em, entity)
    .map((c) => `${alias}."${c.column}"`)
    .join(", ");
}

/** The entity a row of `columnsOf` holds, as an instance of its class (so its getters answer). */
export function entityFromRow<E extends ObjectLiteral>(
  em: EntityManager,
  entity: EntityTarget<E>,
  row: Record<string, unknown>,
): E {
  const instance = em.connection.getMetadata(entity).create() as Record<string, unknown>;
  for (const { property, column } of mappedColumns(em, entity)) instance[property] = row[column];
  return instance as E;
}

/** `json_build_object(…)` of every column of `entity`'s row `alias`, keyed by property name. */
export function jsonObjectOf(em: EntityManager, entity: EntityTarget<ObjectLiteral>, alias: string): string {
  const pairs = mappedColumns(em, entity).map((c) => `'${c.property}', ${alias}."${c.column}"`);
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
  for (const { property, instant } of mappedColumns(em, entity)) {
    const value = json[property];
    instance[property] = instant && typeof value === "string" ? new Date(value) : value;
  }
  return instance as E;
}
