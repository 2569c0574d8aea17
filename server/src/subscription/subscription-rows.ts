import { Product, VolumeBand } from "../catalog/product.entity.js";
import type { CustomerService } from "../customer/customer.service.js";
import { entityFromJson, jsonObjectOf } from "../db/json-rows.js";
import { tenantQuery } from "../db/tenant.js";
import type { ServiceContext } from "../db/unit-of-work.js";
import { SavedPaymentMethod } from "../payment/saved-payment-method.entity.js";
import { Subscription } from "./subscription.entity.js";

type Json = Record<string, unknown>;

interface SubscriptionsAsJson {
  subscriptions: Json[] | null;
  products: Json[] | null;
  bands: Json[] | null;
  methods: Json[] | null;
  customers: Parameters<CustomerService["entriesFromJson"]>[0];
}

/**
 * The context's subscriptions matching `where` (over `s`, with the reseller bound as `$1` and
 * `params` from `$2`), each with its product and volume bands, saved payment method and customer
 * entry, in ONE statement whatever their number. PostgreSQL answers them as JSON: a page of
 * customers with their subscriptions is thousands of rows, and parsing them column by column,
 * then hydrating their relations, cost more than the rest of the request.
 */
export async function readSubscriptions(
  ctx: ServiceContext,
  customers: CustomerService,
  where: string,
  params: unknown[],
  orderBy = "s.created_at DESC, s.id DESC",
): Promise<Subscription[]> {
  const { em } = ctx;
  const [found] = await tenantQuery<SubscriptionsAsJson>(
    ctx,
    `WITH s AS (SELECT s.* FROM subscription s WHERE s.reseller_id = $1 AND (${where}))
     SELECT
       (SELECT json_agg(${jsonObjectOf(em, Subscription, "s")} ORDER BY ${orderBy}) FROM s) AS subscriptions,
       (SELECT json_agg(${jsonObjectOf(em, Product, "p")}) FROM product p
        WHERE p.id IN (SELECT product_id FROM s)) AS products,
       (SELECT json_agg(${jsonObjectOf(em, VolumeBand, "b")} ORDER BY b.min_quantity) FROM volume_band b
        WHERE b.product_id IN (SELECT product_id FROM s)) AS bands,
       (SELECT json_agg(${jsonObjectOf(em, SavedPaymentMethod, "m")}) FROM saved_payment_method m
        WHERE m.id IN (SELECT saved_payment_method_id FROM s)) AS methods,
       ${customers.entriesAsJson("SELECT customer_id FROM s")} AS customers`,
    params,
  );
  if (!found.subscriptions) return [];
  const productById = new Map<string, Product>();
  for (const json of found.products ?? []) {
    const product = entityFromJson(em, Product, json);
    product.bands = [];
    productById.set(product.id, product);
  }
  // Smallest quantity first, as the statement orders them.
  for (const json of found.bands ?? []) {
    const band = entityFromJson(em, VolumeBand, json);
    productById.get(band.productId)?.bands.push(band);
  }
  const methodById = new Map(
    (found.methods ?? []).map((json) => [json.id as string, entityFromJson(em, SavedPaymentMethod, json)]),
  );
  const entries = customers.entriesFromJson(found.customers);
  return found.subscriptions.map((json) => {
    const subscription = entityFromJson(em, Subscription, json);
    subscription.product = productById.get(subscription.productId) as Product;
    subscription.savedPaymentMethod = subscription.savedPaymentMethodId
      ? (methodById.get(subscription.savedPaymentMethodId) ?? null)
      : null;
    subscription.customer = subscription.customerId ? (entries.get(subscription.customerId) ?? null) : null;
    return subscription;
  });
}
