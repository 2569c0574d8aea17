-- The 100k data set's shape for docs/scaling.md, loaded straight into a migrated scratch database
-- and counted per tenant: 200 resellers; one holds 100,000 customers and 500,000 subscriptions,
-- the 199 others 500 customers and 2,513 subscriptions each (about 1,000,000 subscriptions in all).
--   psql "$SCRATCH_DATABASE_URL" -f test/bench/tenant-rows.sql
-- Triggers and foreign-key checks are off while loading (session_replication_role = replica).
\timing on
SET session_replication_role = replica;

CREATE TEMPORARY TABLE bench_reseller AS
SELECT g AS n, gen_random_uuid() AS id,
       CASE WHEN g = 1 THEN 100000 ELSE 500 END AS customers,
       CASE WHEN g = 1 THEN 500000 ELSE 2513 END AS subscriptions
FROM generate_series(1, 200) g;

INSERT INTO account (id, kind, name, tier_id, created_at)
SELECT id, 'RESELLER', 'Scale reseller ' || n, (SELECT id FROM tier WHERE code = 'GOLD'), now()
FROM bench_reseller;

CREATE TEMPORARY TABLE bench_customer AS
SELECT r.id AS reseller_id, r.n, c AS k, gen_random_uuid() AS id
FROM bench_reseller r, generate_series(1, r.customers) c;

INSERT INTO account (id, kind, name, created_at)
SELECT id, 'CUSTOMER', 'Scale customer ' || n || '-' || k, now() FROM bench_customer;

INSERT INTO customer_link (reseller_id, customer_id, company_name, added_at)
SELECT reseller_id, id, 'Scale customer ' || n || '-' || k, now() - k * interval '1 minute'
FROM bench_customer;

-- Every second subscription is assigned to one of its reseller's customers.
INSERT INTO subscription (reseller_id, product_id, period, quantity, status, renew, current_period_start,
                          current_period_end, price_snapshot, payment_method, customer_id, assigned_at, created_at)
SELECT r.id, (SELECT id FROM product WHERE code = 'PRO'), 'YEARLY', 10, 'ACTIVE', true,
       now() - interval '1 month', now() + interval '11 months', '{}'::jsonb, 'CARD',
       CASE WHEN s % 2 = 0 THEN c.id END, CASE WHEN s % 2 = 0 THEN now() END, now() - s * interval '1 second'
FROM bench_reseller r
CROSS JOIN generate_series(1, r.subscriptions) s
LEFT JOIN bench_customer c ON c.reseller_id = r.id AND c.k = 1 + (s / 2) % r.customers;

ANALYZE account; ANALYZE customer_link; ANALYZE subscription;

-- Per tenant: rows, and the share of each table's bytes (heap and indexes) in proportion to them.
WITH per_tenant AS (
  SELECT r.n, r.id,
         (SELECT count(*) FROM customer_link l WHERE l.reseller_id = r.id) AS customer_links,
         (SELECT count(*) FROM subscription s WHERE s.reseller_id = r.id) AS subscriptions
  FROM bench_reseller r
), sizes AS (
  SELECT (SELECT count(*) FROM customer_link) AS links_total,
         (SELECT count(*) FROM subscription) AS subs_total,
         pg_total_relation_size('customer_link') AS links_bytes,
         pg_total_relation_size('subscription') AS subs_bytes
)
SELECT CASE WHEN n = 1 THEN 'largest (1)' ELSE 'each other (199)' END AS tenant,
       max(customer_links) AS customer_links, max(subscriptions) AS subscriptions,
       pg_size_pretty(max(customer_links * links_bytes / links_total + subscriptions * subs_bytes / subs_total)) AS bytes
FROM per_tenant, sizes GROUP BY n = 1 ORDER BY 1 DESC;

SELECT count(*) AS subscriptions, pg_size_pretty(pg_total_relation_size('subscription')) AS subscription_bytes,
       (SELECT count(*) FROM customer_link) AS customer_links,
       pg_size_pretty(pg_total_relation_size('customer_link')) AS customer_link_bytes,
       (SELECT count(*) FROM account WHERE kind = 'CUSTOMER') AS customer_accounts,
       pg_size_pretty(pg_total_relation_size('account')) AS account_bytes
FROM subscription;
