import type {
  DeepPartial,
  EntityTarget,
  FindManyOptions,
  FindOptionsWhere,
  ObjectLiteral,
  QueryDeepPartialEntity,
} from "typeorm";
import { SYSTEM_ACTOR } from "../common/context.js";
import { preparedQuery } from "./prepared.js";
import type { ServiceContext, UnitOfWork } from "./unit-of-work.js";

/** The account a context acts for; a tenant query without one is a programming error. */
export function tenantOf(ctx: ServiceContext): string {
  if (!ctx.accountId) throw new Error("this operation needs an account");
  return ctx.accountId;
}

/**
 * A table whose rows belong to one account: a reseller's business rows through `reseller_id`,
 * an account's own settings (team, keys, contacts, codes) through `account_id`.
 */
type TenantOwned = { resellerId: string } | { accountId: string };

/** The property that names a row's owning account; every tenant-owned entity has one of the two. */
function ownerKey(ctx: ServiceContext, entity: EntityTarget<ObjectLiteral>): "resellerId" | "accountId" {
  const metadata = ctx.em.connection.getMetadata(entity);
  if (metadata.findColumnWithPropertyName("resellerId")) return "resellerId";
  if (metadata.findColumnWithPropertyName("accountId")) return "accountId";
  throw new Error(`${metadata.name} has no owning account`);
}

/**
 * A tenant-owned table as the context's account sees it: every statement adds
 * `reseller_id = ctx.accountId` (or `account_id`), so another account's rows do not exist for it.
 */
export function owned<E extends ObjectLiteral & TenantOwned>(ctx: ServiceContext, entity: EntityTarget<E>) {
  const owner = { [ownerKey(ctx, entity)]: tenantOf(ctx) };
  const scoped = (where: FindOptionsWhere<E> = {}): FindOptionsWhere<E> =>
    ({ ...where, ...owner }) as FindOptionsWhere<E>;
  const repository = ctx.em.getRepository(entity);
  return {
    findOne: (where: FindOptionsWhere<E>, relations?: FindManyOptions<E>["relations"]) =>
      repository.findOne({ where: scoped(where), relations }),
    find: (options: Omit<FindManyOptions<E>, "where"> & { where?: FindOptionsWhere<E> } = {}) =>
      repository.find({ ...options, where: scoped(options.where) }),
    exists: (where: FindOptionsWhere<E>) => repository.existsBy(scoped(where)),
    count: (where: FindOptionsWhere<E> = {}) => repository.countBy(scoped(where)),
    update: (where: FindOptionsWhere<E>, patch: QueryDeepPartialEntity<E>) =>
      repository.update(scoped(where), patch),
    delete: (where: FindOptionsWhere<E>) => repository.delete(scoped(where)),
    /**
     * Locks one row for update (or share) in the context's transaction, with the relations asked
     * for (which are read, not locked); null when it is not the tenant's.
     */
    lock: (
      where: FindOptionsWhere<E>,
      mode: "pessimistic_write" | "pessimistic_read" = "pessimistic_write",
      relations?: FindManyOptions<E>["relations"],
    ) =>
      repository.findOne({
        where: scoped(where),
        relations,
        lock: { mode, tables: [repository.metadata.tableName] },
      }),
    /** Inserts a row of the context's account and returns it. */
    create: (values: Omit<DeepPartial<E>, "resellerId" | "accountId">) =>
      repository.save(repository.create({ ...values, ...owner } as DeepPartial<E>)),
  };
}

/**
 * Set-based SQL over tenant tables, with the context's account bound as `$1`: the statement
 * names `reseller_id = $1` and its own parameters start at `$2`.
 */
export function tenantQuery<R>(ctx: ServiceContext, sql: string, params: unknown[] = []): Promise<R[]> {
  return ctx.em.query(sql, [tenantOf(ctx), ...params]);
}

/** `tenantQuery` for a read on a hot path, as a prepared statement (see `preparedQuery`). */
export function preparedTenantQuery<R>(
  ctx: ServiceContext,
  sql: string,
  params: unknown[] = [],
): Promise<R[]> {
  return preparedQuery(ctx.em, sql, [tenantOf(ctx), ...params]);
}

/** A row of some reseller, as scheduled work finds it in a scan across every reseller. */
export interface ResellerRow {
  id: string;
  reseller_id: string;
}

/**
 * Handles scanned rows one after the other, each in a transaction of its own reseller, acting as
 * the system; the outcomes in the rows' order.
 */
export async function eachInItsReseller<T>(
  work: UnitOfWork,
  rows: readonly ResellerRow[],
  handle: (ctx: ServiceContext, id: string) => Promise<T>,
): Promise<T[]> {
  const outcomes: T[] = [];
  for (const { id, reseller_id: accountId } of rows) {
    outcomes.push(await work.run(SYSTEM_ACTOR, (ctx) => handle(ctx, id), { accountId }));
  }
  return outcomes;
}
