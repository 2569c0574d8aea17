// The floor the product is measured against: a plain Node HTTP server that answers the customers
// page with subscriptions (the first 50 customers of one reseller by company name, each with its
// assigned subscriptions and their product) in the product's exact JSON, built by PostgreSQL in
// ONE statement. It reads no request: it knows one reseller and one page, nothing else.
//
//   DATABASE_URL=… RESELLER_ID=… PORT=… node test/bench/raw-server.mjs     prints "listening <port>"

import { createServer } from "node:http";
import pg from "pg";

const iso = (column) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

// The cursor is the product's: base64url of the JSON array [lower(company name), id].
const PAGE = `
  WITH page AS (
    SELECT l.id, l.customer_id, l.company_name, l.comment, l.added_at, u.email, u.status
    FROM customer_link l
    JOIN membership m ON m.account_id = l.customer_id AND m.role = 'OWNER'
    JOIN app_user u ON u.id = m.user_id
    WHERE l.reseller_id = $1 AND l.removed_at IS NULL
    ORDER BY lower(l.company_name), l.id
    LIMIT $2 + 1),
  edges AS (
    SELECT p.*, row_number() OVER (ORDER BY lower(p.company_name), p.id) AS position,
           translate(encode(convert_to('[' || to_json(lower(p.company_name))::text || ',' || to_json(p.id)::text || ']',
                                       'UTF8'), 'base64'), E'+/=\\n', '-_') AS cursor
    FROM page p)
  SELECT json_build_object('data', json_build_object('customers', json_build_object(
    'totalCount', (SELECT count(*)::int FROM customer_link l
                   JOIN membership m ON m.account_id = l.customer_id AND m.role = 'OWNER'
                   WHERE l.reseller_id = $1 AND l.removed_at IS NULL),
    'edges', coalesce((
      SELECT json_agg(json_build_object('cursor', e.cursor, 'node', json_build_object(
        'id', e.id, 'email', e.email, 'companyName', e.company_name, 'status', e.status,
        'addedAt', ${iso("e.added_at")}, 'comment', e.comment,
        'subscriptions', coalesce((
          SELECT json_agg(json_build_object(
            'id', s.id, 'period', s.period, 'quantity', s.quantity, 'nextQuantity', s.next_quantity,
            'nextQuantityFrom', CASE WHEN s.next_quantity IS NOT NULL THEN ${iso("s.current_period_end")} END,
            'status', s.status, 'renew', s.renew, 'currentPeriodEnd', ${iso("s.current_period_end")},
            'assignedAt', ${iso("s.assigned_at")},
            'product', json_build_object('id', pr.id, 'code', pr.code, 'name', pr.name))
            ORDER BY s.created_at DESC, s.id DESC)
          FROM subscription s JOIN product pr ON pr.id = s.product_id
          WHERE s.reseller_id = $1 AND s.customer_id = e.customer_id), '[]'::json)))
        ORDER BY e.position)
      FROM edges e WHERE e.position <= $2), '[]'::json),
    'pageInfo', json_build_object(
      'endCursor', (SELECT cursor FROM edges WHERE position = least($2, (SELECT count(*) FROM edges))),
      'hasNextPage', (SELECT count(*) > $2 FROM edges))))) AS answer`;

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
// The JSON arrives as text and leaves as text: nothing is parsed on the way.
pg.types.setTypeParser(pg.types.builtins.JSON, (text) => text);
const resellerId = process.env.RESELLER_ID;
const pageSize = Number(process.env.PAGE_SIZE ?? 50);

const server = createServer((request, response) => {
  request.resume();
  request.on("end", async () => {
    try {
      const { rows } = await pool.query({ name: "page", text: PAGE, values: [resellerId, pageSize] });
      response.writeHead(200, { "content-type": "application/json" });
      response.end(rows[0].answer);
    } catch {
      response.writeHead(500, { "content-type": "application/json" });
      response.end('{"errors":[{"message":"Unexpected error."}]}');
    }
  });
});
server.listen(Number(process.env.PORT ?? 0), "127.0.0.1", () => {
  process.stdout.write(`listening ${server.address().port}\n`);
});
process.on("SIGTERM", () => process.exit(0));
