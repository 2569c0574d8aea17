import {
  type EntityMetadata,
  type EntitySubscriberInterface,
  EventSubscriber,
  type InsertEvent,
  type ObjectLiteral,
  type RemoveEvent,
  type UpdateEvent,
} from "typeorm";
import { captureChange } from "./audit-scope.js";

/** A row's own columns by property name, without the related rows an entity may carry. */
function columnsOf(metadata: EntityMetadata, entity: ObjectLiteral): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const column of metadata.columns) {
    if (column.relationMetadata) continue;
    const value = column.getEntityValue(entity);
    if (value !== undefined) values[column.propertyName] = value;
  }
  return values;
}

function idOf(metadata: EntityMetadata, entity: ObjectLiteral): string {
  return String(metadata.getEntityIdMap(entity)?.id ?? "");
}

/**
 * Hands the audit log the rows a transaction saves or removes through TypeORM entities, with their
 * values before (as TypeORM loaded them) and after. Set-based `update`/`delete` through
 * `owned(...)` are captured there; plain SQL is not seen here.
 */
@EventSubscriber()
export class AuditChangeSubscriber implements EntitySubscriberInterface {
  afterInsert(event: InsertEvent<ObjectLiteral>): void {
    if (!event.entity) return;
    captureChange(
      event.manager,
      event.metadata.tableName,
      idOf(event.metadata, event.entity),
      null,
      columnsOf(event.metadata, event.entity),
    );
  }

  afterUpdate(event: UpdateEvent<ObjectLiteral>): void {
    // A set-based update has no row loaded before it; `owned(...).update` captures those.
    if (!event.entity || !event.databaseEntity) return;
    captureChange(
      event.manager,
      event.metadata.tableName,
      idOf(event.metadata, event.databaseEntity),
      columnsOf(event.metadata, event.databaseEntity),
      columnsOf(event.metadata, event.entity as ObjectLiteral),
    );
  }

  afterRemove(event: RemoveEvent<ObjectLiteral>): void {
    if (!event.databaseEntity) return;
    captureChange(
      event.manager,
      event.metadata.tableName,
      idOf(event.metadata, event.databaseEntity),
      columnsOf(event.metadata, event.databaseEntity),
      null,
    );
  }
}
