import { In } from "typeorm";
import { Product } from "../catalog/product.entity.js";
import type { CustomerService } from "../customer/customer.service.js";
import { tenantQuery } from "../db/tenant.js";
import type { ServiceContext } from "../db/unit-of-work.js";
import { SavedPaymentMethod } from "../payment/saved-payment-method.entity.js";
import { type PriceSnapshot, Subscription } from "./subscription.entity.js";

interface SubscriptionRow {
  id: string;
  reseller_id: string;
  product_id: string;
  period: Subscription["period"];
  quantity: number;
  next_quantity: number | null;
  status: Subscription["status"];
  renew: boolean;
  current_period_start: Date;
  current_period_end: Date;
  price_snapshot: PriceSnapshot;
  payment_method: Subscription["paymentMethod"];
  saved_payment_method_id: string | null;
  customer_id: string | null;
  assigned_at: Date | null;
  created_at: Date;
  ended_at: Date | null;
}

const COLUMNS = `s.id, s.reseller_id, s.product_id, s.period, s.quantity, s.next_quantity, s.status, s.renew,
  s.current_period_start, s.current_period_end, s.price_snapshot, s.payment_method,
  s.saved_payment_method_id, s.customer_id, s.assigned_at, s.created_at, s.ended_at`;

function subscriptionOf(row: SubscriptionRow): Subscription {
  return Object.assign(new Subscription(), {
    id: row.id,
    resellerId: row.reseller_id,
    productId: row.product_id,
    period: row.period,
    quantity: row.quantity,
    nextQuantity: row.next_quantity,
    status: row.status,
    renew: row.renew,
    currentPeriodStart: row.current_period_start,
    currentPeriodEnd: row.current_period_end,
    priceSnapshot: row.price_snapshot,
    paymentMethod: row.payment_method,
    savedPaymentMethodId: row.saved_payment_method_id,
    customerId: row.customer_id,
    assignedAt: row.assigned_at,
    createdAt: row.created_at,
    endedAt: row.ended_at,
  });
}

/**
 * The context's subscriptions matching `where` (over `s`, with the reseller bound as `$1` and
 * `params` from `$2`), each with its product, saved payment method and customer entry, in a
 * fixed number of statements whatever their number. Rows are mapped by hand: a page of customers
 * with their subscriptions is thousands of rows, and entity hydration of their joins cost more
 * than the rest of the request.
 */
export async function readSubscriptions(
  ctx: ServiceContext,
  customers: CustomerService,
  where: string,
  params: unknown[],
  orderBy = "s.created_at DESC, s.id DESC",
): Promise<Subscription[]> {
  const rows = await tenantQuery<SubscriptionRow>(
    ctx,
    `SELECT ${COLUMNS} FROM subscription s WHERE s.reseller_id = $1 AND (${where}) ORDER BY ${orderBy}`,
    params,
  );
  if (rows.length === 0) return [];
  const distinct = (ids: Array<string | null>) => [...new Set(ids.filter((id): id is string => id !== null))];
  // The saved methods are asked for even when no row names one, so the statements of a page do
  // not depend on what its rows hold.
  const [products, methods, entries] = await Promise.all([
    ctx.em.find(Product, {
      where: { id: In(distinct(rows.map((r) => r.product_id))) },
      relations: { bands: true },
    }),
    ctx.em
      .getRepository(SavedPaymentMethod)
      .createQueryBuilder("m")
      .where("m.id = ANY(:ids)", { ids: distinct(rows.map((r) => r.saved_payment_method_id)) })
      .getMany(),
    customers.entriesFor(ctx, distinct(rows.map((r) => r.customer_id))),
  ]);
  for (const product of products) product.bands.sort((a, b) => a.minQuantity - b.minQuantity);
  const productById = new Map(products.map((p) => [p.id, p]));
  const methodById = new Map(methods.map((m) => [m.id, m]));
  return rows.map((row) => {
    const subscription = subscriptionOf(row);
    subscription.product = productById.get(row.product_id) as Product;
    subscription.savedPaymentMethod = row.saved_payment_method_id
      ? (methodById.get(row.saved_payment_method_id) ?? null)
      : null;
    subscription.customer = row.customer_id ? (entries.get(row.customer_id) ?? null) : null;
    return subscription;
  });
}
