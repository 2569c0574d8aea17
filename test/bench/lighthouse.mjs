// Lighthouse on the built SPA (issue #17): the desktop preset, on the sign-in page and on
// /customers signed in as the demo owner, against a production server with the demo data.
// Prints the median Performance and Accessibility scores of RUNS cold loads (empty cache), and the
// bytes on the wire cold and warm (the same page loaded again with the browser's cache kept).
//
//   pnpm bench            (builds first)      node test/bench/lighthouse.mjs   (already built)
//
// LIGHTHOUSE_RUNS (5) per page. Uses a new database on DATABASE_URL's server, else an embedded
// PostgreSQL in a scratch folder. Chromium: CHROMIUM_PATH, else Debian's /usr/bin/chromium.

import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { freePort, scratchDatabase, signIn, startServer } from "./bench-server.mjs";

const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 5);
const OWNER = { email: "owner@northwind.example", password: "demo-owner-2026" };

/** Debian's Chromium with the flags of test/support/browser.ts and a DevTools port for Lighthouse. */
async function startChromium() {
  const port = await freePort();
  const profile = await mkdtemp(join(tmpdir(), "lighthouse-chromium-"));
  const child = spawn(
    process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      `--remote-debugging-port=${port}`,
      `--user-data-dir=${profile}`,
      "about:blank",
    ],
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  await new Promise((ready, fail) => {
    let output = "";
    child.stderr.on("data", (chunk) => {
      output += chunk;
      if (output.includes("DevTools listening on")) ready();
    });
    child.once("exit", (code) => fail(new Error(`Chromium exited with ${code}:\n${output}`)));
  });
  return {
    port,
    async stop() {
      const exited = new Promise((done) => child.once("exit", done));
      child.kill("SIGTERM");
      await exited;
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** One Lighthouse load of `url`; `warm` keeps the cache of the load before it. */
async function audit(port, url, { cookie, warm = false }) {
  const result = await lighthouse(
    url,
    {
      port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility"],
      // The session rides on a header, since Lighthouse clears cookies with the rest of the storage.
      extraHeaders: cookie ? { Cookie: cookie } : undefined,
      disableStorageReset: warm,
    },
    desktopConfig,
  );
  const { categories, audits } = result.lhr;
  if (result.lhr.runtimeError) throw new Error(`${url}: ${result.lhr.runtimeError.message}`);
  return {
    performance: Math.round(categories.performance.score * 100),
    accessibility: Math.round(categories.accessibility.score * 100),
    bytes: audits["total-byte-weight"].numericValue,
    fcpMs: audits["first-contentful-paint"].numericValue,
    lcpMs: audits["largest-contentful-paint"].numericValue,
    tbtMs: audits["total-blocking-time"].numericValue,
    cls: audits["cumulative-layout-shift"].numericValue,
    requests: audits["network-requests"].details.items.length,
  };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

async function measure(port, label, url, cookie) {
  const cold = [];
  for (let run = 1; run <= RUNS; run += 1) {
    cold.push(await audit(port, url, { cookie }));
    process.stderr.write(`${label}: cold run ${run}/${RUNS}\n`);
  }
  // The cache the last cold load filled serves the next one.
  const warm = await audit(port, url, { cookie, warm: true });
  return {
    page: label,
    performance: median(cold.map((run) => run.performance)),
    accessibility: median(cold.map((run) => run.accessibility)),
    fcpMs: Math.round(median(cold.map((run) => run.fcpMs))),
    lcpMs: Math.round(median(cold.map((run) => run.lcpMs))),
    tbtMs: Math.round(median(cold.map((run) => run.tbtMs))),
    cls: round(median(cold.map((run) => run.cls)) * 100) / 100,
    coldKiB: round(median(cold.map((run) => run.bytes)) / 1024),
    warmKiB: round(warm.bytes / 1024),
    requests: median(cold.map((run) => run.requests)),
  };
}

const round = (value) => Math.round(value * 10) / 10;

const database = await scratchDatabase();
const server = await startServer({
  ...database.env,
  NODE_ENV: "production",
  SEED_DEMO: "true",
  JOB_WORKERS: "false",
  RATE_LIMIT_POINTS: "1000000000",
  RATE_LIMIT_REFUSED_PER_MINUTE: "1000000",
  MAIL_SINK_SMTP_PORT: String(await freePort()),
  MAIL_INBOX_PORT: String(await freePort()),
});
const chromium = await startChromium();
try {
  const cookie = await signIn(server.url, OWNER.email, OWNER.password);
  const rows = [
    await measure(chromium.port, "/sign-in", `${server.url}/sign-in`),
    await measure(chromium.port, "/customers (owner)", `${server.url}/customers`, cookie),
  ];
  console.log(
    `\nLighthouse ${RUNS} runs per page, desktop preset, median; bytes transferred, cold and warm cache`,
  );
  console.table(
    rows.map((row) => ({
      page: row.page,
      Performance: row.performance,
      Accessibility: row.accessibility,
      "FCP ms": row.fcpMs,
      "LCP ms": row.lcpMs,
      "TBT ms": row.tbtMs,
      CLS: row.cls,
      "cold KiB": row.coldKiB,
      "warm KiB": row.warmKiB,
      requests: row.requests,
    })),
  );
} finally {
  await chromium.stop();
  await server.stop();
  await database.remove();
}
