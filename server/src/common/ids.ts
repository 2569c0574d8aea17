const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs; anything else names nothing, so it is "not found" rather than a database error. */
export function isUuid(id: string): boolean {
  return UUID.test(id);
}
