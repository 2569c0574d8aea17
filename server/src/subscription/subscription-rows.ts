import { Product, VolumeBand } from "../catalog/product.entity.js";
import type { CustomerService } from "../customer/customer.service.js";
import type { Customer } from "../customer/customer.types.js";
import { columnsOf, entityFromJson, entityFromRow, jsonObjectOf } from "../db/mapped-rows.js";
import { preparedTenantQuery } from "../db/tenant.js";
import type { ServiceContext } from "../db/unit-of-work.js";
import { SavedPaymentMethod } from "../payment/saved-payment-method.entity.js";
import { Subscription } from "./subscription.entity.js";

type Json = Record<string, unknown>;

/** What a subscription's relations are, as the first row of `readSubscriptions` carries them. */
interface Relations {
  products: Json[];
  bands: Json[] | null;
  methods: Json[] | null;
  customers?: Parameters<CustomerService["entriesFromJson"]>[0];
}

/**
 * The context's subscriptions matching `where` (over `s`, with the reseller bound as `$1` and
 * `params` from `$2`), each with its product and volume bands, saved payment method and customer
 * entry, in ONE statement whatever their number. The subscriptions come as plain rows, the
 * cheapest PostgreSQL can write; their relations, as JSON on the first row only. A page of
 * customers with their subscriptions is thousands of rows, and fetching the relations in
 * statements of their own, then hydrating them through the ORM, cost more than the rest of the
 * request. A caller that already holds the customer entries passes them as `known` (by account
 * id), and they are not read again.
 */
export async function readSubscriptions(
  ctx: ServiceContext,
  customers: CustomerService,
  where: string,
  params: unknown[],
  known?: ReadonlyMap<string, Customer>,
): Promise<Subscription[]> {
  const { em } = ctx;
  const orderBy = "s.created_at DESC, s.id DESC";
  const entries = known
    ? ""
    : `,
         'customers', ${customers.entriesAsJson("SELECT customer_id FROM s")}`;
  const rows = await preparedTenantQuery<Json & { relations: Relations | null }>(
    ctx,
    `WITH s AS (SELECT s.* FROM subscription s WHERE s.reseller_id = $1 AND (${where}))
     SELECT ${columnsOf(em, Subscription, "s")},
       CASE WHEN row_number() OVER (ORDER BY ${orderBy}) = 1 THEN json_build_object(
         'products', (SELECT json_agg(${jsonObjectOf(em, Product, "p")}) FROM product p
                      WHERE p.id IN (SELECT product_id FROM s)),
         'bands', (SELECT json_agg(${jsonObjectOf(em, VolumeBand, "b")} ORDER BY b.min_quantity)
                   FROM volume_band b WHERE b.product_id IN (SELECT product_id FROM s)),
         'methods', (SELECT json_agg(${jsonObjectOf(em, SavedPaymentMethod, "m")}) FROM saved_payment_method m
                     WHERE m.id IN (SELECT saved_payment_method_id FROM s))${entries})
       END AS relations
     FROM s ORDER BY ${orderBy}`,
    params,
  );
  const relations = rows[0]?.relations;
  if (!relations) return [];
  const productById = new Map<string, Product>();
  for (const json of relations.products) {
    const product = entityFromJson(em, Product, json);
    product.bands = [];
    productById.set(product.id, product);
  }
  // Smallest quantity first, as the statement orders them.
  for (const json of relations.bands ?? []) {
    const band = entityFromJson(em, VolumeBand, json);
    productById.get(band.productId)?.bands.push(band);
  }
  const methodById = new Map(
    (relations.methods ?? []).map((json) => [
      json.id as string,
      entityFromJson(em, SavedPaymentMethod, json),
    ]),
  );
  const entryOf = known ?? customers.entriesFromJson(relations.customers ?? null);
  return rows.map((row) => {
    const subscription = entityFromRow(em, Subscription, row);
    subscription.product = productById.get(subscription.productId) as Product;
    subscription.savedPaymentMethod = subscription.savedPaymentMethodId
      ? (methodById.get(subscription.savedPaymentMethodId) ?? null)
      : null;
    subscription.customer = subscription.customerId ? (entryOf.get(subscription.customerId) ?? null) : null;
    return subscription;
  });
}
