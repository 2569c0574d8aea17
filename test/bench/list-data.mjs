// The list benchmark's data, written straight into the tables with INSERT … SELECT over
// generate_series, row for row as the services write it: a customer is an INVITED (or ACTIVE)
// owner user, a CUSTOMER account, its OWNER membership and a list entry of the reseller; a
// subscription carries the price snapshot of its period with the product's volume bands and the
// reseller's partner percentage. Bench customers are numbered, so a data set can be topped up.

import pg from "pg";

const NORTHWIND = "Northwind IT";

/** Company names mix these words, so a search term matches a known share of them. */
const FIRST_WORDS = [
  "Blue",
  "Harbor",
  "Summit",
  "Cedar",
  "Granite",
  "Silver",
  "Maple",
  "Pioneer",
  "Atlas",
  "Nova",
];
const SECOND_WORDS = ["Logistics", "Dental", "Studios", "Foods", "Legal", "Systems", "Clinic", "Traders"];

/** How many bench customers and subscriptions each data set holds, and who holds them. */
export const DATA_SETS = {
  "1k": { northwindCustomers: 1_000, northwindSubscriptions: 10_000, otherResellers: 0 },
  // 100,000 customers on Northwind's list; 1,000,000 subscriptions in all, 600,000 of them
  // Northwind's and the rest spread over 199 more resellers, each with 500 customers of the
  // same 100,000 (a customer can be on several lists).
  "100k": {
    northwindCustomers: 100_000,
    northwindSubscriptions: 600_000,
    otherResellers: 199,
    customersPerOtherReseller: 500,
    subscriptionsPerOtherReseller: 2_010,
  },
};

/** The search term the benchmark uses: one company in ten carries it. */
export const SEARCH_TERM = "harbor";

async function withClient(url, work) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Adds bench customers numbered from `from` (1-based) to `to` to Northwind's list. */
async function addCustomers(client, northwindId, from, to) {
  if (to < from) return;
  // A password hash like the ones sign-up writes, so activated customers look real.
  const [{ hash }] = (
    await client.query("SELECT password_hash AS hash FROM app_user WHERE email = 'owner@northwind.example'")
  ).rows;
  const words = (list) => `(ARRAY[${list.map((w) => `'${w}'`).join(",")}])`;
  await client.query(
    `CREATE TEMPORARY TABLE bench_customer ON COMMIT DROP AS
     SELECT n, gen_random_uuid() AS user_id, gen_random_uuid() AS account_id,
            ${words(FIRST_WORDS)}[1 + n % ${FIRST_WORDS.length}] || ' ' ||
            ${words(SECOND_WORDS)}[1 + (n / ${FIRST_WORDS.length}) % ${SECOND_WORDS.length}] || ' ' ||
            lpad(n::text, 6, '0') AS company,
            'customer' || n || '@bench-customers.example' AS email,
            now() - (n % 700) * interval '1 day' - (n % 86400) * interval '1 second' AS added_at
     FROM generate_series($1::int, $2::int) AS n`,
    [from, to],
  );
  // One customer in three has activated its account.
  await client.query(
    `INSERT INTO app_user (id, email, name, password_hash, status, created_at)
     SELECT user_id, email, company, CASE WHEN n % 3 = 0 THEN $1 END,
            CASE WHEN n % 3 = 0 THEN 'ACTIVE' ELSE 'INVITED' END, added_at
     FROM bench_customer`,
    [hash],
  );
  await client.query(
    `INSERT INTO account (id, kind, name, created_at)
     SELECT account_id, 'CUSTOMER', company, added_at FROM bench_customer`,
  );
  await client.query(
    `INSERT INTO membership (account_id, user_id, role, created_at)
     SELECT account_id, user_id, 'OWNER', added_at FROM bench_customer`,
  );
  await client.query(
    `INSERT INTO customer_link (reseller_id, customer_id, company_name, comment, added_at)
     SELECT $1, account_id, company, CASE WHEN n % 4 = 0 THEN 'Renewal talks in spring' ELSE '' END, added_at
     FROM bench_customer`,
    [northwindId],
  );
}

/**
 * Adds `count` subscriptions of `resellerId`, assigned round robin to the customers on its list
 * (the list entries are numbered by `added_at, id`), numbered from `offset` for variety.
 */
async function addSubscriptions(client, resellerId, count, offset) {
  await client.query(
    `WITH reseller AS (
       SELECT a.id, t.reselling_bp,
              (SELECT id FROM saved_payment_method WHERE account_id = a.id AND kind = 'CARD' LIMIT 1) AS card,
              (SELECT id FROM saved_payment_method WHERE account_id = a.id AND kind = 'PAYPAL' LIMIT 1) AS paypal
       FROM account a JOIN tier t ON t.id = a.tier_id WHERE a.id = $1),
     products AS (
       SELECT p.id, p.yearly_price, p.monthly_price, p.currency,
              row_number() OVER (ORDER BY p.code) - 1 AS i,
              coalesce((SELECT jsonb_agg(jsonb_build_object('minQuantity', b.min_quantity, 'percentBp', b.percent_bp)
                                         ORDER BY b.min_quantity)
                        FROM volume_band b WHERE b.product_id = p.id), '[]') AS bands
       FROM product p WHERE p.active),
     customers AS (
       SELECT customer_id, added_at, row_number() OVER (ORDER BY added_at, id) - 1 AS i
       FROM customer_link WHERE reseller_id = $1 AND removed_at IS NULL),
     series AS (
       SELECT n,
              CASE WHEN n % 5 = 0 THEN 'MONTHLY' ELSE 'YEARLY' END AS period,
              -- Wire transfers need 100 licenses, monthly ones 20.
              CASE WHEN n % 10 = 3 THEN 100 + n % 400
                   WHEN n % 5 = 0 THEN 20 + n % 80
                   ELSE 1 + n % 60 END AS quantity,
              -- Wire transfers wait for staff, so the ones still pending were bought lately.
              now() - CASE WHEN n % 10 = 3 THEN n % 30 ELSE n % 700 END * interval '1 day'
                    - (n % 3600) * interval '1 second' AS bought_at
       FROM generate_series($2::int, $2::int + $3::int - 1) AS n),
     -- A live subscription is in its current period: renewals have moved it along since the purchase.
     periods AS (
       SELECT s.*, greatest(s.bought_at, now() - CASE s.period WHEN 'MONTHLY' THEN (s.n % 28) * interval '1 day'
                                                          ELSE (s.n % 360) * interval '1 day' END) AS start_at
       FROM series s)
     INSERT INTO subscription
       (reseller_id, product_id, period, quantity, next_quantity, status, renew, current_period_start,
        current_period_end, price_snapshot, payment_method, saved_payment_method_id, customer_id,
        assigned_at, created_at)
     SELECT r.id, p.id, s.period, s.quantity,
            CASE WHEN s.n % 17 = 0 AND s.quantity > 20 THEN s.quantity - 1 END,
            CASE WHEN s.n % 10 = 3 THEN 'PENDING_PAYMENT' WHEN s.n % 23 = 0 THEN 'PAST_DUE' ELSE 'ACTIVE' END,
            s.n % 7 <> 0,
            s.start_at,
            s.start_at + CASE s.period WHEN 'MONTHLY' THEN interval '1 month' ELSE interval '1 year' END,
            jsonb_build_object(
              'unitPrice', CASE s.period WHEN 'MONTHLY' THEN p.monthly_price ELSE p.yearly_price END,
              'currency', p.currency, 'bands', p.bands,
              -- Two in three were bought with the partner discount code.
              'partnerPercentBp', CASE WHEN s.n % 3 = 0 THEN 0 ELSE r.reselling_bp END),
            CASE WHEN s.n % 10 = 3 THEN 'WIRE_TRANSFER' WHEN s.n % 4 = 1 AND r.paypal IS NOT NULL THEN 'PAYPAL' ELSE 'CARD' END,
            CASE WHEN s.n % 10 = 3 THEN NULL WHEN s.n % 4 = 1 AND r.paypal IS NOT NULL THEN r.paypal ELSE r.card END,
            c.customer_id, least(now(), greatest(s.bought_at + interval '1 hour', c.added_at)), s.bought_at
     FROM periods s
     CROSS JOIN reseller r
     JOIN products p ON p.i = s.n % (SELECT count(*) FROM products)
     JOIN customers c ON c.i = s.n % (SELECT count(*) FROM customers)`,
    [resellerId, offset, count],
  );
}

/** Adds resellers numbered `from` to `to` (Gold, Silver, Bronze in turn), each with an owner and a card. */
async function addResellers(client, from, to, customersEach) {
  if (to < from) return;
  await client.query(
    `CREATE TEMPORARY TABLE bench_reseller ON COMMIT DROP AS
     SELECT n, gen_random_uuid() AS user_id, gen_random_uuid() AS account_id,
            'Bench Reseller ' || lpad(n::text, 3, '0') AS name,
            (SELECT id FROM tier ORDER BY reselling_bp OFFSET n % 3 LIMIT 1) AS tier_id
     FROM generate_series($1::int, $2::int) AS n`,
    [from, to],
  );
  await client.query(
    `INSERT INTO app_user (id, email, name, password_hash, status, created_at)
     SELECT user_id, 'owner' || n || '@bench-resellers.example', name,
            (SELECT password_hash FROM app_user WHERE email = 'owner@northwind.example'), 'ACTIVE', now()
     FROM bench_reseller`,
  );
  await client.query(
    `INSERT INTO account (id, kind, name, tier_id, created_at)
     SELECT account_id, 'RESELLER', name, tier_id, now() FROM bench_reseller`,
  );
  await client.query(
    `INSERT INTO membership (account_id, user_id, role, created_at)
     SELECT account_id, user_id, 'OWNER', now() FROM bench_reseller`,
  );
  await client.query(
    `INSERT INTO saved_payment_method
       (account_id, kind, provider_token, card_brand, last_four, expiry_month, expiry_year, is_default, created_at)
     SELECT account_id, 'CARD', 'tok_visa', 'Visa', '4242', 12, 2034, true, now() FROM bench_reseller`,
  );
  // Each one's customers are a stretch of the bench customers, overlapping the next one's.
  await client.query(
    `INSERT INTO customer_link (reseller_id, customer_id, company_name, comment, added_at)
     SELECT r.account_id, c.customer_id, c.company_name, '', c.added_at
     FROM bench_reseller r
     CROSS JOIN LATERAL (
       SELECT customer_id, company_name, added_at FROM customer_link
       WHERE reseller_id = (SELECT id FROM account WHERE name = $1 AND kind = 'RESELLER')
       ORDER BY added_at, id OFFSET (r.n * 397) % 90000 LIMIT $2) c`,
    [NORTHWIND, customersEach],
  );
}

async function counts(client, northwindId) {
  const { rows } = await client.query(
    `SELECT (SELECT count(*)::int FROM customer_link WHERE reseller_id = $1 AND removed_at IS NULL) AS "northwindCustomers",
            (SELECT count(*)::int FROM subscription WHERE reseller_id = $1) AS "northwindSubscriptions",
            (SELECT count(*)::int FROM account WHERE kind = 'CUSTOMER') AS customers,
            (SELECT count(*)::int FROM account WHERE kind = 'RESELLER') AS resellers,
            (SELECT count(*)::int FROM customer_link) AS "customerLinks",
            (SELECT count(*)::int FROM subscription) AS subscriptions`,
    [northwindId],
  );
  return rows[0];
}

/**
 * Brings the database at `url` (with the demo data loaded) up to the data set `name`, on top of
 * what is there already, and analyzes it. Resolves with the row counts and the seconds it took.
 */
export async function loadDataSet(url, name) {
  const set = DATA_SETS[name];
  const started = performance.now();
  const result = await withClient(url, async (client) => {
    const [{ id: northwindId }] = (
      await client.query("SELECT id FROM account WHERE name = $1 AND kind = 'RESELLER'", [NORTHWIND])
    ).rows;
    const { rows } = await client.query(
      `SELECT (SELECT count(*)::int FROM app_user WHERE email LIKE '%@bench-customers.example') AS customers,
              (SELECT count(*)::int FROM subscription WHERE reseller_id = $1) AS subscriptions,
              (SELECT count(*)::int FROM account WHERE name LIKE 'Bench Reseller %') AS resellers`,
      [northwindId],
    );
    const have = rows[0];
    await client.query("BEGIN");
    // A bulk load, not a change people made: the audit and foreign-key triggers stay quiet, as
    // they do in a restore. Every row still passes the tables' checks and unique indexes.
    await client.query("SET LOCAL session_replication_role = replica");
    await addCustomers(client, northwindId, have.customers + 1, set.northwindCustomers);
    await addSubscriptions(
      client,
      northwindId,
      set.northwindSubscriptions - have.subscriptions,
      have.subscriptions,
    );
    await addResellers(client, have.resellers + 1, set.otherResellers, set.customersPerOtherReseller);
    if (set.otherResellers > have.resellers) {
      const { rows: others } = await client.query(
        "SELECT id FROM account WHERE name LIKE 'Bench Reseller %' ORDER BY name OFFSET $1",
        [have.resellers],
      );
      for (const [i, other] of others.entries()) {
        await addSubscriptions(client, other.id, set.subscriptionsPerOtherReseller, i * 1_000);
      }
    }
    // With the triggers quiet, the search's pieces of company names are written here, as the
    // customer list's trigger writes them for every other insert.
    await client.query(
      `INSERT INTO customer_name_gram (reseller_id, gram, name_key, link_id)
       SELECT l.reseller_id, p.gram, lower(l.company_name), l.id
       FROM customer_link l, unnest(customer_name_grams(l.company_name)) AS p (gram)
       WHERE l.removed_at IS NULL
         AND NOT EXISTS (SELECT 1 FROM customer_name_gram g WHERE g.link_id = l.id)`,
    );
    await client.query("COMMIT");
    // What autovacuum does to freshly loaded tables before long: statistics for the planner, the
    // visibility map for index-only scans, and trigram indexes' pending entries merged.
    await client.query("VACUUM ANALYZE");
    return counts(client, northwindId);
  });
  return { ...result, seconds: Number(((performance.now() - started) / 1000).toFixed(1)) };
}
