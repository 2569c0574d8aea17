import type { EntityManager, EntityMetadata, EntityTarget, ObjectLiteral } from "typeorm";

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
  /** A `jsonb` column, which rows bring as its JSON text for the entity to parse when read. */
  jsonText: boolean;
}

interface MappedEntity {
  metadata: EntityMetadata;
  columns: MappedColumn[];
}

// Looked up once per entity: a page maps hundreds of rows, and TypeORM finds metadata by search.
const mappedEntities = new Map<EntityTarget<ObjectLiteral>, MappedEntity>();

function mapped(em: EntityManager, entity: EntityTarget<ObjectLiteral>): MappedEntity {
  let found = mappedEntities.get(entity);
  if (!found) {
    const metadata = em.connection.getMetadata(entity);
    const columns = metadata.columns.map((c) => ({
      property: c.propertyName,
      column: c.databaseName,
      instant: c.type === "timestamptz",
      jsonText: c.type === "jsonb",
    }));
    found = { metadata, columns };
    mappedEntities.set(entity, found);
  }
  return found;
}

/** An instance of `entity`'s class (so its getters answer), each column's value from `read`. */
function entityOf<E extends ObjectLiteral>(
  em: EntityManager,
  entity: EntityTarget<E>,
  read: (column: MappedColumn) => unknown,
): E {
  const { metadata, columns } = mapped(em, entity);
  const instance = metadata.create() as Record<string, unknown>;
  for (const column of columns) instance[column.property] = read(column);
  return instance as E;
}

/**
 * The select list of every column of `entity`'s row `alias`. A `jsonb` column comes as its JSON
 * text, which the driver hands over as it is: the entity's property must be an accessor that
 * takes that text and parses it when first read (a page of rows rarely prints such a column).
 */
export function columnsOf(em: EntityManager, entity: EntityTarget<ObjectLiteral>, alias: string): string {
  const { metadata, columns } = mapped(em, entity);
  return columns
    .map((c) => {
      if (!c.jsonText) return `${alias}."${c.column}"`;
      const prototype = metadata.target instanceof Function ? metadata.target.prototype : null;
      if (!prototype || !Object.getOwnPropertyDescriptor(prototype, c.property)?.set) {
        throw new Error(`${metadata.name}.${c.property} must take its JSON text to be read by columnsOf`);
      }
      return `${alias}."${c.column}"::text AS "${c.column}"`;
    })
    .join(", ");
}

/** The entity a row of `columnsOf` holds. */
export function entityFromRow<E extends ObjectLiteral>(
  em: EntityManager,
  entity: EntityTarget<E>,
  row: Record<string, unknown>,
): E {
  return entityOf(em, entity, (c) => row[c.column]);
}

/** `json_build_object(…)` of every column of `entity`'s row `alias`, keyed by property name. */
export function jsonObjectOf(em: EntityManager, entity: EntityTarget<ObjectLiteral>, alias: string): string {
  const pairs = mapped(em, entity).columns.map((c) => `'${c.property}', ${alias}."${c.column}"`);
  return `json_build_object(${pairs.join(", ")})`;
}

/** The entity an object of `jsonObjectOf` describes, instants as `Date`s. */
export function entityFromJson<E extends ObjectLiteral>(
  em: EntityManager,
  entity: EntityTarget<E>,
  json: Record<string, unknown>,
): E {
  return entityOf(em, entity, (c) => {
    const value = json[c.property];
    return c.instant && typeof value === "string" ? new Date(value) : value;
  });
}
