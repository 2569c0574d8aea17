// The product's GraphQL peer: PostGraphile 4 in library mode over the same tables, on a plain
// Node HTTP server, without watch mode or GraphiQL. It answers any query on the public schema
// as the database user of DATABASE_URL.
//
//   DATABASE_URL=… PORT=… node test/bench/postgraphile-server.mjs     prints "listening <port>"

import { createServer } from "node:http";
import pg from "pg";
import { postgraphile } from "postgraphile";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const handler = postgraphile(pool, "public", {
  watchPg: false,
  graphiql: false,
  disableQueryLog: true,
  dynamicJson: true,
  setofFunctionsContainNulls: false,
  ignoreRBAC: true,
  retryOnInitFail: false,
});

const server = createServer(handler);
server.listen(Number(process.env.PORT ?? 0), "127.0.0.1", () => {
  process.stdout.write(`listening ${server.address().port}\n`);
});
process.on("SIGTERM", () => process.exit(0));
